#include "seolint/post.hpp"

#include <algorithm>
#include <cstdlib>

#include "seolint/text/html.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
using json::Value;

// schema.org types of a page (DESIGN: "the page's own schema node").
constexpr std::string_view kPageTypes[] = {"WebPage",           "ItemPage",       "CollectionPage",    "ProfilePage",
                                           "FAQPage",           "QAPage",         "AboutPage",         "ContactPage",
                                           "SearchResultsPage", "MedicalWebPage", "RealEstateListing", "CheckoutPage"};
constexpr std::string_view kArticleTypes[] = {
    "Article", "NewsArticle", "BlogPosting", "TechArticle", "Report", "ScholarlyArticle", "MedicalScholarlyArticle"};

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
  if (!parsed || !top) return out;
  auto add_items = [&](const Value& arr, const std::string& base) {
    for (std::size_t i = 0; i < arr.items.size(); ++i)
      if (arr.items[i].is_object()) out.emplace_back(&arr.items[i], base + "/" + std::to_string(i));
  };
  if (top->is_array()) add_items(*top, "");
  else if (const Value* g = top->find("@graph"); g && g->is_array()) add_items(*g, "/@graph");
  else if (top->is_object()) out.emplace_back(top, "");
  return out;
}

const Text* Head::meta(std::string_view key) const {
  for (const auto& m : metas)
    if (m.key == key) return &m.content;
  return nullptr;
}

std::optional<SchemaNode> SchemaNode::member(std::string_view key) const {
  const Value* v = value && value->is_object() ? value->find(key) : nullptr;
  if (!v) return std::nullopt;
  return SchemaNode{v, doc, pointer + json::pointer_segment(key)};
}

std::optional<SchemaNode> SchemaNode::string_member(std::string_view key) const {
  auto m = member(key);
  return m && m->value->is_string() ? m : std::nullopt;
}

SchemaNode SchemaNode::item(std::size_t i) const { return {&value->items[i], doc, pointer + "/" + std::to_string(i)}; }

std::optional<SchemaNode> JsonLd::same_place(const SchemaNode& n) const {
  const Value* v = top ? top->at(n.pointer) : nullptr;
  if (!v) return std::nullopt;
  return SchemaNode{v, this, n.pointer};
}

SchemaNode SchemaNode::child(const json::Member& m) const {
  return {&m.value, doc, pointer + json::pointer_segment(m.key)};
}

Loc SchemaNode::key_loc(const json::Member& m) const {
  Loc l = child(m).loc();
  l.begin = doc->map->to_source(m.key_begin);
  l.end = doc->map->to_source(m.key_begin + m.key.size());
  return l;
}

std::optional<SchemaNode> Post::yoast_json() const {
  if (!root_) return std::nullopt;
  auto y = SchemaNode{root_->top, &*root_, ""}.member("yoast_head_json");
  return y && y->value->is_object() ? y : std::nullopt;
}

std::optional<Text> Post::yoast_text(std::string_view key) const {
  for (const auto& [k, t] : yoast_texts_)  // rules ask for the same few keys again and again
    if (k == key) return t;
  std::optional<Text> t;
  if (auto yoast = yoast_json())
    if (auto v = yoast->string_member(key)) t = v->text();
  yoast_texts_.emplace_back(std::string(key), t);
  return t;
}

std::optional<Text> Post::head_field(std::string_view json_key, std::string_view meta_key, std::string* source) const {
  auto say = [&](std::string name) {
    if (source) *source = std::move(name);
  };
  if (auto v = yoast_text(json_key)) return say("yoast_head_json " + std::string(json_key)), v;
  if (const Text* t = head.meta(meta_key)) return say(std::string(meta_key)), *t;
  return std::nullopt;
}

HeadFrom Post::head_from() const {
  if (kind_ == Kind::Page) return HeadFrom::Page;
  if (yoast_json()) return yoast_head_at_ ? HeadFrom::YoastBoth : HeadFrom::YoastJson;
  return yoast_head_at_ ? HeadFrom::YoastHead : HeadFrom::Unknown;
}

Loc Post::anchor_for_missing(std::initializer_list<std::string_view> families) const {
  for (const auto& m : head.metas)
    for (std::string_view family : families)
      if (m.key.starts_with(family)) return m.content.loc;
  if (auto y = yoast_json()) return {y->value->begin, y->value->begin + 1, "/yoast_head_json", ""};
  if (yoast_head_at_) return *yoast_head_at_;
  if (head.title) return head.title->loc;
  if (head.html_lang) return head.html_lang->loc;
  return loc();
}

namespace {
/// A positive whole number as JSON writes it (a number or a string of digits), else 0.
long dimension(const Value* v) {
  if (!v || !(v->is_number() || v->is_string())) return 0;
  char* end = nullptr;
  long n = std::strtol(v->text.c_str(), &end, 10);
  return end && *end == '\0' && n > 0 ? n : 0;
}

/// A width and height member pair of a located object, when both are positive numbers.
std::optional<ImageSize> size_of(const SchemaNode& object, std::string source) {
  auto w = object.member("width"), h = object.member("height");
  if (!w || !h || !dimension(w->value) || !dimension(h->value)) return std::nullopt;
  return ImageSize{dimension(w->value), dimension(h->value), w->loc(), h->loc(), std::move(source)};
}

/// og:image:width and og:image:height after the first og:image (they describe that one).
std::optional<ImageSize> meta_size(const Head& head) {
  const Text *w = nullptr, *h = nullptr;
  bool seen_image = false;
  for (const auto& m : head.metas) {
    if (m.key == "og:image" || m.key == "og:image:url") {
      if (seen_image) break;
      seen_image = true;
    }
    if (m.key == "og:image:width" && !w) w = &m.content;
    if (m.key == "og:image:height" && !h) h = &m.content;
  }
  if (!w || !h) return std::nullopt;
  long width = std::atol(w->value.c_str()), height = std::atol(h->value.c_str());
  if (width <= 0 || height <= 0) return std::nullopt;
  return ImageSize{width, height, w->loc, h->loc, "og:image:width and og:image:height"};
}
}  // namespace

ShareImage Post::og_image() const {
  ShareImage out;
  std::optional<SchemaNode> first;
  auto yoast = yoast_json();
  if (auto og = yoast ? yoast->member("og_image") : std::nullopt;
      og && og->value->is_array() && !og->value->items.empty()) {
    first = og->item(0);
    if (const Value* u = first->value->find_string("url")) out.url = u->text;
  }
  if (out.url.empty())
    if (const Text* t = head.meta("og:image")) out.url = t->value;
  if (first && first->value->is_object()) out.size = size_of(*first, "yoast_head_json og_image");
  if (!out.size) out.size = meta_size(head);
  if (!out.size && root_ && featured_url && out.url == featured_url->value) {
    SchemaNode node{root_->top, &*root_, ""};
    for (std::string_view key : {"_embedded", "wp:featuredmedia"})
      if (auto next = node.member(key)) node = *next;
      else return out;
    if (node.value->is_array() && !node.value->items.empty())
      if (auto details = node.item(0).member("media_details"))
        out.size = size_of(*details, "the featured image's media_details");
  }
  return out;
}

bool Post::has_open_graph() const {
  for (const auto& m : head.metas)
    if (m.key.starts_with("og:") && !m.content.value.empty()) return true;
  auto yoast = yoast_json();
  if (!yoast || !yoast->value->is_object()) return false;
  for (const auto& m : yoast->value->members)
    if (m.key.starts_with("og_")) return true;
  return false;
}

bool Post::has_share_image() const {
  for (const char* key : {"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"})
    if (const Text* t = head.meta(key); t && !t->value.empty()) return true;
  auto yoast = yoast_json();
  if (!yoast) return false;
  auto og = yoast->member("og_image");
  if (og && og->value->is_array() && !og->value->items.empty()) return true;
  auto tw = yoast->string_member("twitter_image");
  return tw && !tw->value->text.empty();
}

std::vector<RobotsSource> Post::robots() const {
  std::vector<RobotsSource> out;
  auto yoast = yoast_json();
  if (auto robots = yoast ? yoast->member("robots") : std::nullopt)
    if (auto index = robots->string_member("index")) out.push_back({"yoast_head_json robots.index", index->text()});
  for (const auto& m : head.metas)
    if (m.key == "robots" || m.key == "googlebot") out.push_back({"meta name=" + m.key, m.content});
  return out;
}

std::optional<Text> Post::seo_title() const {
  if (auto t = yoast_text("title")) return t;
  return head.title;
}

std::optional<Text> Post::meta_description() const {
  if (auto d = yoast_text("description"); d && !d->value.empty()) return d;
  if (const Text* m = head.meta("description")) return *m;
  return std::nullopt;
}

bool Post::canonical_conflict() const {
  for (const auto& c : head.canonicals)
    if (!same_url(c.value, head.canonicals.front().value)) return true;
  return false;
}

std::optional<Text> Post::canonical() const {
  if (auto c = yoast_text("canonical")) return c;
  if (!head.canonicals.empty()) return canonical_conflict() ? std::nullopt : std::optional(head.canonicals.front());
  if (yoast.canonical && !yoast.canonical->value.empty()) return yoast.canonical;
  if (canonical_is_link) return link;
  return std::nullopt;
}

std::vector<const JsonLd*> Post::schema_docs() const {
  std::vector<const JsonLd*> out;
  if (yoast_json_schema) return {&*yoast_json_schema};
  for (const auto& d : head.jsonld) out.push_back(&d);
  return out;
}

std::vector<const JsonLd*> Post::schema_copies() const {
  std::vector<const JsonLd*> out;
  if (!yoast_json_schema) return out;
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
  if (auto u = yoast_text("og_url")) own.push_back(u->value);
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
  if (auto s = yoast_text("og_site_name")) names.push_back(s->value);
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
  if (auto t = yoast_text("og_locale")) add("yoast_head_json og_locale", *t);
  if (const Text* t = head.meta("og:locale")) add("og:locale", *t);
  if (head.html_lang) add("<html lang>", *head.html_lang);
  if (auto page = page_node())
    if (const Value* v = page->value->find_string("inLanguage"))
      add("schema inLanguage", page->text(*v, "/inLanguage"));
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
  if (!site_) return false;
  auto listed = [&](const std::string& h) {
    return std::any_of(site_->hosts.begin(), site_->hosts.end(),
                       [&](const std::string& s) { return bare(s) == bare(h); });
  };
  return listed(a) && listed(b);
}

bool Post::configured_prefix(const std::string& segment) const {
  if (!site_ || site_->language_prefixes.empty()) return true;
  std::string code = text::lower_ascii(segment.substr(1, segment.size() - 2));
  return std::find(site_->language_prefixes.begin(), site_->language_prefixes.end(), code) !=
         site_->language_prefixes.end();
}

std::string Post::declared_language() const {
  const auto& signals = declared_languages();
  if (signals.empty()) return site_ ? text::language_of(site_->language) : "";  // the site's default
  return signals.front().lang;
}

std::optional<Text> Post::page_url(std::string* which) const {
  auto say = [&](const char* w) {
    if (which) *which = w;
  };
  if (link) return say("link"), link;
  if (auto u = yoast_text("og_url")) return say("og:url"), u;
  if (const Text* u = head.meta("og:url")) return say("og:url"), *u;
  if (auto c = canonical()) return say("canonical"), c;
  return std::nullopt;
}

std::optional<std::string> Post::base_url() const {
  std::vector<std::optional<Text>> candidates{link, yoast_text("og_url"), canonical()};
  if (const Text* u = head.meta("og:url")) candidates.insert(candidates.begin() + 2, *u);
  for (const auto& c : candidates)
    if (c)
      if (auto absolute = text::resolve_url(c->value, c->value)) return absolute;
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
    // Script before statistics: CJK, Thai or Greek letters settle the language; CLD2 only within one script.
    auto d = text::detect_written(sample.substr(0, cut), declared_language());
    if (d.reliable && d.percent >= 70) w.lang = d.lang, w.percent = d.percent;
  }
  written_ = w;
  return *written_;
}

std::string Post::label() const {
  if (kind_ == Kind::Page) {
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
