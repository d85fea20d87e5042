// canonical-schema-mismatch: the canonical disagrees with a schema.org URL of the page itself.
#include <algorithm>

#include "seolint/rule.hpp"
#include "seolint/text/url.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"language-prefix", Severity::Error,
     "canonical {canonical} differs from schema {field} {url}: only the {side} has the language prefix {prefix}"},
    {"host-only", Severity::Warning, "canonical {canonical} differs from schema {field} {url} in scheme or host only"},
    {"trailing-slash", Severity::Warning,
     "canonical {canonical} differs from schema {field} {url} by a trailing slash only"},
    {"other-page", Severity::Note,
     "canonical {canonical} names another page than schema {field} {url} (fine if the canonical was overridden on "
     "purpose)"},
};

constexpr RuleMeta kMeta{"canonical-schema-mismatch",
                         "The canonical URL must be the URL the page's schema.org graph gives for the page.",
                         "urls",
                         kMessages,
                         {}};

/// A schema URL of the page and what to call it in messages.
struct SchemaUrl {
  SchemaNode node;
  std::string field;
  bool strip_fragment;
};

/// A ReadAction's target: a string, or an array of strings.
void add_targets(const SchemaNode& action, std::vector<SchemaUrl>& out) {
  auto target = action.member("target");
  if (!target) return;
  if (target->value->is_string()) out.push_back({*target, "ReadAction target", false});
  if (target->value->is_array())
    for (std::size_t k = 0; k < target->value->items.size(); ++k)
      if (target->value->items[k].is_string()) out.push_back({target->item(k), "ReadAction target", false});
}

std::vector<SchemaUrl> page_urls(const Post& post, const SchemaNode& page) {
  std::vector<SchemaUrl> out;
  if (auto v = page.string_member("@id")) out.push_back({*v, "WebPage @id", true});
  if (auto v = page.string_member("url")) out.push_back({*v, "WebPage url", false});
  if (auto actions = page.member("potentialAction"); actions && actions->value->is_array())
    for (std::size_t i = 0; i < actions->value->items.size(); ++i)
      if (SchemaNode action = actions->item(i); action.value->is_object() && action.has_type("ReadAction"))
        add_targets(action, out);
  for (const JsonLd* doc : post.schema_docs())
    for (auto& [node, p] : doc->nodes())
      if (SchemaNode list{node, doc, p}; list.has_type("BreadcrumbList"))
        if (auto v = list.string_member("@id")) out.push_back({*v, "BreadcrumbList @id", true});
  return out;
}

/// The same property in the other copy of the schema (yoast_head), for a related location.
std::vector<Related> other_copy(const Post& post, const SchemaNode& value) {
  std::vector<Related> out;
  for (const JsonLd* doc : post.schema_copies())
    if (auto v = doc->same_place(value); v && v->value->is_string())
      out.push_back({v->loc(), "the same value in yoast_head", {}, {}});
  return out;
}

/// Hosts the configuration names as one site (production and staging), on the same scheme.
bool one_site(const Post& post, const std::string& a, const std::string& b) {
  bool same_scheme = a.substr(0, a.find("://")) == b.substr(0, b.find("://"));
  return same_scheme && post.site() && !post.site()->hosts.empty() &&
         post.same_site(text::url_host(a), text::url_host(b));
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  auto canonical = post.canonical();
  auto page = post.page_node();
  if (!canonical || !page) return;
  // Both sides as a browser reads them: the canonical against the page's URL, a schema URL ("#webpage",
  // "/path") against the canonical, as JSON-LD's base is the page. A canonical with no absolute form is
  // canonical-invalid's finding, not a disagreement.
  auto page_base = post.base_url();
  auto base = page_base ? text::resolve_url(*page_base, canonical->value) : std::nullopt;
  if (!base) return;
  for (const auto& u : page_urls(post, *page)) {
    const std::string& written = u.node.value->text;
    auto absolute = text::resolve_url(*base, written);
    if (!absolute) continue;
    std::string url = u.strip_fragment ? std::string(text::without_fragment(*absolute)) : *absolute;
    auto cmp = text::compare_urls(*base, url);
    if (cmp.diff == text::UrlDiff::Same || (cmp.diff == text::UrlDiff::SchemeOrHost && one_site(post, *base, url)))
      continue;
    std::vector<Related> related{{canonical->loc, "the canonical", {}, {}}};
    for (auto& r : other_copy(post, u.node)) related.push_back(std::move(r));
    const char* side = cmp.prefix_on_first ? "canonical" : "schema URL";
    sink.report(
        text::url_diff_message(cmp.diff), u.node.loc(),
        {{"canonical", canonical->value}, {"field", u.field}, {"url", written}, {"side", side}, {"prefix", cmp.prefix}},
        std::move(related), {canonical->value, written});
  }
}

}  // namespace

extern const Rule canonical_schema_mismatch{kMeta, check};

}  // namespace seolint::rules
