// canonical-schema-mismatch: the canonical disagrees with a schema.org URL of the page itself.
#include <algorithm>

#include "seolint/rule.hpp"
#include "seolint/text/url.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"language-prefix", Severity::Error,
     "canonical {canonical} differs from schema {field} {url}: only the {side} has the language prefix {prefix}"},
    {"host-only", Severity::Warning,
     "canonical {canonical} differs from schema {field} {url} in scheme or host only"},
    {"trailing-slash", Severity::Warning,
     "canonical {canonical} differs from schema {field} {url} by a trailing slash only"},
    {"other-page", Severity::Note,
     "canonical {canonical} names another page than schema {field} {url} (fine if the canonical was overridden on "
     "purpose)"},
};

constexpr RuleMeta kMeta{"canonical-schema-mismatch",
                         "The canonical URL must be the URL the page's schema.org graph gives for the page.",
                         "urls", kMessages, {}};

/// A schema URL of the page and what to call it in messages.
struct SchemaUrl {
  const json::Value* value;
  std::string field;
  std::string pointer;
  bool strip_fragment;
};

std::vector<SchemaUrl> page_urls(const Post& post, const SchemaNode& page) {
  std::vector<SchemaUrl> out;
  if (auto* v = page.value->find_string("@id")) out.push_back({v, "WebPage @id", page.pointer + "/@id", true});
  if (auto* v = page.value->find_string("url")) out.push_back({v, "WebPage url", page.pointer + "/url", false});
  if (auto* actions = page.value->find("potentialAction"); actions && actions->is_array())
    for (std::size_t i = 0; i < actions->items.size(); ++i) {
      const auto& a = actions->items[i];
      SchemaNode action{&a, page.doc, page.pointer + "/potentialAction/" + std::to_string(i)};
      if (!a.is_object() || !action.has_type("ReadAction")) continue;
      const json::Value* target = a.find("target");
      std::string p = page.pointer + "/potentialAction/" + std::to_string(i) + "/target";
      if (target && target->is_string()) out.push_back({target, "ReadAction target", p, false});
      if (target && target->is_array())
        for (std::size_t k = 0; k < target->items.size(); ++k)
          if (target->items[k].is_string())
            out.push_back({&target->items[k], "ReadAction target", p + "/" + std::to_string(k), false});
    }
  for (const JsonLd* doc : post.schema_docs())
    for (auto& [node, p] : doc->nodes())
      if (SchemaNode{node, doc, p}.has_type("BreadcrumbList"))
        if (auto* v = node->find_string("@id"))
          out.push_back({v, "BreadcrumbList @id", p + "/@id", true});
  return out;
}

/// The same property in the other copy of the schema (yoast_head), for a related location.
std::vector<Related> other_copy(const Post& post, const std::string& inner_pointer) {
  std::vector<Related> out;
  for (const JsonLd* doc : post.schema_copies())
    if (const json::Value* v = doc->root ? doc->root->at(inner_pointer) : nullptr; v && v->is_string())
      out.push_back({doc->loc(*v, inner_pointer), "the same value in yoast_head", {}, {}});
  return out;
}

/// Hosts the configuration names as one site (production and staging), on the same scheme.
bool one_site(const Post& post, const std::string& a, const std::string& b) {
  bool same_scheme = a.substr(0, a.find("://")) == b.substr(0, b.find("://"));
  return same_scheme && post.site && !post.site->hosts.empty() && post.same_site(text::url_host(a), text::url_host(b));
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  auto canonical = post.canonical();
  auto page = post.page_node();
  if (!canonical || !page) return;
  for (const auto& u : page_urls(post, *page)) {
    std::string url = u.strip_fragment ? std::string(text::without_fragment(u.value->text)) : u.value->text;
    auto cmp = text::compare_urls(canonical->value, url);
    if (cmp.diff == text::UrlDiff::Same || (cmp.diff == text::UrlDiff::SchemeOrHost && one_site(post, canonical->value, url)))
      continue;
    Loc loc = page->doc->loc(*u.value, u.pointer);
    std::vector<Related> related{{canonical->loc, "the canonical", {}, {}}};
    for (auto& r : other_copy(post, u.pointer)) related.push_back(std::move(r));
    const char* side = cmp.prefix_on_first ? "canonical" : "schema URL";
    sink.report(text::url_diff_message(cmp.diff), loc,
                {{"canonical", canonical->value}, {"field", u.field}, {"url", u.value->text}, {"side", side},
                 {"prefix", cmp.prefix}},
                std::move(related), {canonical->value, u.value->text});
  }
}

}  // namespace

extern const Rule canonical_schema_mismatch{kMeta, check};

}  // namespace seolint::rules
