// canonical-og-url-mismatch: og:url names another address than the canonical.
#include <algorithm>

#include "seolint/rule.hpp"
#include "seolint/text/url.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"language-prefix", Severity::Warning,
     "og:url {og_url} differs from canonical {canonical}: only the {side} has the prefix {prefix} (a language or an "
     "edition): shares and the search result name two editions"},
    {"host-only", Severity::Warning, "og:url {og_url} differs from canonical {canonical} in scheme or host only"},
    {"trailing-slash", Severity::Warning,
     "og:url {og_url} differs from canonical {canonical} by a trailing slash only"},
    {"other-page", Severity::Note,
     "og:url {og_url} names another page than canonical {canonical}: shares and the search result count apart"},
    {"cross-domain", Severity::Note,
     "og:url {og_url} is on {og_host}, the canonical {canonical} on {canonical_host} (fine for a syndicated copy)"},
};

constexpr RuleMeta kMeta{
    "canonical-og-url-mismatch", "og:url must be the page's canonical URL.", "urls", kMessages, {}};

/// og:url values, one per value: yoast_head_json's, else the head's.
std::vector<Text> og_urls(const Post& post) {
  if (auto u = post.yoast_text("og_url")) return {*u};
  std::vector<Text> out;
  for (const auto& m : post.head.metas)
    if (m.key == "og:url" &&
        std::none_of(out.begin(), out.end(), [&](const Text& t) { return t.value == m.content.value; }))
      out.push_back(m.content);
  return out;
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  auto canonical = post.canonical();  // nothing when absent or conflicting: canonical-invalid's
  if (!canonical || canonical->value.empty()) return;
  auto base = post.base_url();
  for (const auto& og : og_urls(post)) {
    if (og.value.empty()) continue;
    // Both as a browser reads them: a relative canonical "/a/" next to og:url "https://x.org/a/" is that page.
    std::string c = base ? text::resolve_url(*base, canonical->value).value_or(canonical->value) : canonical->value;
    std::string o = base ? text::resolve_url(*base, og.value).value_or(og.value) : og.value;
    auto cmp = text::compare_urls(text::without_fragment(c), text::without_fragment(o));
    if (cmp.diff == text::UrlDiff::Same) continue;
    std::vector<Related> related{{canonical->loc, "the canonical", {}, {}}};
    std::vector<std::string> values{canonical->value, og.value};
    std::string ch = text::url_host(c), oh = text::url_host(o);
    if (!ch.empty() && !oh.empty() && !post.same_site(ch, oh)) {
      sink.report("cross-domain", og.loc,
                  {{"og_url", og.value}, {"og_host", oh}, {"canonical", canonical->value}, {"canonical_host", ch}},
                  std::move(related), std::move(values));
      continue;
    }
    const char* side = cmp.prefix_on_first ? "canonical" : "og:url";
    sink.report(text::url_diff_message(cmp.diff), og.loc,
                {{"og_url", og.value}, {"canonical", canonical->value}, {"side", side}, {"prefix", cmp.prefix}},
                std::move(related), std::move(values));
  }
}

}  // namespace

extern const Rule canonical_og_url_mismatch{kMeta, check};

}  // namespace seolint::rules
