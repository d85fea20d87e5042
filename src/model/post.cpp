#include "seolint/post.hpp"

#include <algorithm>

#include "seolint/text/html.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
using json::Value;

// schema.org types of a page (DESIGN: "the page's own schema node").
constexpr std::string_view kPageTypes[] = {
    "WebPage",     "ItemPage",    "CollectionPage",    "ProfilePage",       "FAQPage",
    "QAPage",      "AboutPage",   "ContactPage",       "SearchResultsPage", "MedicalWebPage",
    "RealEstateListing", "CheckoutPage"};
constexpr std::string_view kArticleTypes[] = {"Article", "NewsArticle", "BlogPosting", "TechArticle", "Report",
                                              "ScholarlyArticle", "MedicalScholarlyArticle"};

bool same_url(std::string_view a, std::string_view b) {
  return text::compare_urls(text::without_fragment(a), text::without_fragment(b)).diff == text::UrlDiff::Same;
}

template <std::size_t N>
bool any_type(const SchemaNode& n, const std::string_view (&types)[N]) {
  return std::any_of(std::begin(types), std::end(types), [&](std::string_view t) { return n.has_type(t); });
}

/// The @id a property references ({"@id": …}, or a string).
std::string ref_id(const Value* v) {
  if (!v) return "";
  if (v->is_string()) return v->text;
  if (v->is_object())
    if (const Value* id = v->find_string("@id")) return id->text;
  return "";
}
}  // namespace

bool SchemaNode::has_type(std::string_view t) const {
  const Value* type = value->find("@type");
  if (!type) return false;
  if (type->is_string()) return type->text == t;
  if (type->is_array())
    for (const auto& item : type->items)
      if (item.is_string() && item.text == t) return true;
  return false;
}

Loc JsonLd::loc(const json::Value& v, const std::string& p) const {
  Loc l{map->to_source(v.begin), map->to_source(v.end), pointer, element};
  // Inside HTML the JSON pointer follows the script element as a fragment: script[…]#/@graph/0/@id.
  if (element.empty()) l.pointer += p;
  else l.element += "#" + p;
  return l;
}

Text JsonLd::text(const json::Value& v, const std::string& p) const {
  return {text::collapse_space(text::decode_entities(v.text)), v.text, loc(v, p)};
}

std::vector<std::pair<const json::Value*, std::string>> JsonLd::nodes() const {
  std::vector<std::pair<const Value*, std::string>> out;
  if (!parsed || !root) return out;
  auto add_items = [&](const Value& arr, const std::string& base) {
    for (std::size_t i = 0; i < arr.items.size(); ++i)
      if (arr.items[i].is_object()) out.emplace_back(&arr.items[i], base + "/" + std::to_string(i));
  };
  if (root->is_array()) add_items(*root, "");
  else if (const Value* g = root->find("@graph"); g && g->is_array()) add_items(*g, "/@graph");
  else if (root->is_object()) out.emplace_back(root, "");
  return out;
}

const Text* Head::meta(std::string_view key) const {
  for (const auto& m : metas)
    if (m.key == key) return &m.content;
  return nullptr;
}

std::optional<Text> Post::head_json_text(std::string_view key) const {
  if (!head_json) return std::nullopt;
  for (const auto& [k, t] : head_json_texts_)  // rules ask for the same few keys again and again
    if (k == key) return t;
  const Value* v = head_json->find_string(key);
  std::optional<Text> t;
  if (v)
    t = Text{text::collapse_space(text::decode_entities(v->text)), v->text,
             Loc{v->begin, v->end, "/yoast_head_json/" + std::string(key), ""}};
  head_json_texts_.emplace_back(std::string(key), t);
  return t;
}

std::optional<Text> Post::seo_title() const {
  if (auto t = head_json_text("title")) return t;
  return head.title;
}

std::optional<Text> Post::meta_description() const {
  if (auto d = head_json_text("description"); d && !d->value.empty()) return d;
  if (const Text* m = head.meta("description")) return *m;
  return std::nullopt;
}

bool Post::canonical_conflict() const {
  for (const auto& c : head.canonicals)
    if (!same_url(c.value, head.canonicals.front().value)) return true;
  return false;
}

std::optional<Text> Post::canonical() const {
  if (auto c = head_json_text("canonical")) return c;
  if (!head.canonicals.empty()) return canonical_conflict() ? std::nullopt : std::optional(head.canonicals.front());
  if (yoast.canonical && !yoast.canonical->value.empty()) return yoast.canonical;
  if (canonical_is_link) return link;
  return std::nullopt;
}

std::vector<const JsonLd*> Post::schema_docs() const {
  std::vector<const JsonLd*> out;
  if (head_json_schema) return {&*head_json_schema};
  for (const auto& d : head.jsonld) out.push_back(&d);
  return out;
}

std::vector<const JsonLd*> Post::schema_copies() const {
  std::vector<const JsonLd*> out;
  if (!head_json_schema) return out;
  for (const auto& d : head.jsonld) out.push_back(&d);
  return out;
}

std::optional<SchemaNode> Post::page_node() const {
  if (!page_node_.node) page_node_.node = find_page_node();  // several rules ask
  return *page_node_.node;
}

std::optional<SchemaNode> Post::find_page_node() const {
  std::vector<SchemaNode> pages, articles;
  for (const JsonLd* doc : schema_docs())
    for (auto& [v, p] : doc->nodes()) {
      SchemaNode n{v, doc, p};
      if (any_type(n, kPageTypes)) pages.push_back(n);
      else if (any_type(n, kArticleTypes)) articles.push_back(n);
    }
  if (pages.size() <= 1) return pages.empty() ? std::nullopt : std::optional(pages[0]);
  std::vector<std::string> own;
  if (auto c = canonical()) own.push_back(c->value);
  if (auto u = head_json_text("og_url")) own.push_back(u->value);
  if (const Text* u = head.meta("og:url")) own.push_back(u->value);
  for (const auto& n : pages)
    for (const auto& key : {"url", "@id"})
      if (const Value* v = n.value->find_string(key))
        for (const auto& u : own)
          if (same_url(v->text, u)) return n;
  for (const auto& a : articles)
    for (const auto& key : {"mainEntityOfPage", "isPartOf"}) {
      std::string id = ref_id(a.value->find(key));
      for (const auto& n : pages)
        if (const Value* v = n.value->find_string("@id"); v && !id.empty() && v->text == id) return n;
    }
  return std::nullopt;  // several candidates and nothing says which: stay quiet rather than guess
}

std::vector<std::string> Post::site_names() const {
  std::vector<std::string> names;
  if (const Text* s = head.meta("og:site_name")) names.push_back(s->value);
  if (auto s = head_json_text("og_site_name")) names.push_back(s->value);
  auto docs = schema_docs();
  auto copies = schema_copies();
  docs.insert(docs.end(), copies.begin(), copies.end());
  for (const JsonLd* doc : docs)
    for (auto& [v, p] : doc->nodes())
      if (SchemaNode{v, doc, p}.has_type("WebSite"))
        if (const Value* name = v->find_string("name")) names.push_back(doc->text(*name, p + "/name").value);
  std::erase_if(names, [](const std::string& n) { return n.empty(); });
  return names;
}

const std::vector<LangSignal>& Post::declared_languages() const {
  if (declared_) return *declared_;
  std::vector<LangSignal>& out = declared_.emplace();
  auto add = [&](std::string source, const Text& t) {
    std::string lang = text::language_of(t.value);
    if (!lang.empty()) out.push_back({std::move(source), t.value, lang, t.loc});
  };
  if (auto t = head_json_text("og_locale")) add("yoast_head_json og_locale", *t);
  if (const Text* t = head.meta("og:locale")) add("og:locale", *t);
  if (head.html_lang) add("<html lang>", *head.html_lang);
  if (auto page = page_node())
    if (const Value* v = page->value->find_string("inLanguage")) add("schema inLanguage", page->text(*v, "/inLanguage"));
  if (wpml_locale) add("WPML wpml_current_locale", *wpml_locale);
  if (polylang_lang) add("Polylang lang", *polylang_lang);
  std::string which;
  if (auto url = page_url(&which)) {
    std::string seg = text::url_language_segment(url->value);
    if (!seg.empty() && configured_prefix(seg))
      out.push_back({which + " URL prefix", seg, text::url_language_prefix(url->value), url->loc});
  }
  return out;
}

bool Post::same_site(const std::string& a, const std::string& b) const {
  auto bare = [](std::string_view h) { return h.starts_with("www.") ? h.substr(4) : h; };
  if (bare(a) == bare(b)) return true;
  if (!site) return false;
  auto listed = [&](const std::string& h) {
    return std::any_of(site->hosts.begin(), site->hosts.end(), [&](const std::string& s) { return bare(s) == bare(h); });
  };
  return listed(a) && listed(b);
}

bool Post::configured_prefix(const std::string& segment) const {
  if (!site || site->language_prefixes.empty()) return true;
  std::string code = text::lower_ascii(segment.substr(1, segment.size() - 2));
  return std::find(site->language_prefixes.begin(), site->language_prefixes.end(), code) !=
         site->language_prefixes.end();
}

std::string Post::declared_language() const {
  const auto& signals = declared_languages();
  if (signals.empty()) return site ? text::language_of(site->language) : "";  // the site's default
  return signals.front().lang;
}

std::optional<Text> Post::page_url(std::string* which) const {
  auto say = [&](const char* w) { if (which) *which = w; };
  if (link) return say("link"), link;
  if (auto u = head_json_text("og_url")) return say("og:url"), u;
  if (const Text* u = head.meta("og:url")) return say("og:url"), *u;
  if (auto c = canonical()) return say("canonical"), c;
  return std::nullopt;
}

const std::string& Post::body_text() const {
  if (!body_text_) body_text_ = content_html ? text::html_text(content_html->value) : "";
  return *body_text_;
}

const WrittenLanguage& Post::written_language(std::size_t min_chars) const {
  if (written_ && written_min_chars_ == min_chars) return *written_;
  written_min_chars_ = min_chars;
  WrittenLanguage w;
  const std::string& body = body_text();
  w.chars = text::code_points(body);
  if (w.chars >= min_chars) {
    // The first 64 KiB decide: a language is clear long before, and a huge body must not stall the run.
    std::string_view sample(body);
    std::size_t cut = std::min<std::size_t>(sample.size(), 64 << 10);
    while (cut < sample.size() && (static_cast<unsigned char>(sample[cut]) & 0xC0) == 0x80) --cut;
    auto d = text::detect_language(sample.substr(0, cut), declared_language());
    if (d.reliable && d.percent >= 70) w.lang = d.lang, w.percent = d.percent;
  }
  written_ = w;
  return *written_;
}

std::string Post::label() const {
  if (kind == InputKind::Page) {
    auto url = page_url();
    return "page " + (url ? url->value : source->display());
  }
  std::string kind = type.empty() ? "post" : type;
  std::string out = kind;
  if (!id.empty()) out += " " + id;
  if (!slug.empty()) out += " " + slug;
  else if (link) out += " " + link->value;
  else if (id.empty()) out += " at " + std::to_string(source->position(begin).line);
  return out;
}

std::string Post::identity() const {
  std::string host = link ? text::url_host(link->value) : "";
  if (host.empty())
    if (auto c = canonical()) host = text::url_host(c->value);
  if (!id.empty()) return host + "/" + (type.empty() ? "" : type + "/") + id;
  if (auto c = canonical()) return c->value;
  if (link) return link->value;
  // No id, link or canonical: the file and the title, never the post's position in the file.
  return source->display() + "#" + (title_rendered ? title_rendered->value : head.title ? head.title->value : "");
}

}  // namespace seolint
