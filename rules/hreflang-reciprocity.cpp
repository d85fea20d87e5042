// hreflang-reciprocity: an alternate whose target is in the run must link back, with the same language code.
#include <map>

#include "seolint/rule.hpp"
#include "seolint/site.hpp"
#include "seolint/text/url.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-return-link", Severity::Warning,
     "hreflang {code} points to {target}, which has no hreflang link back to {url}: search engines ignore "
     "one-way alternates"},
    {"other-code", Severity::Warning,
     "hreflang {code} points to {target}, which links back to {url} as {back} instead of {own}"},
};

constexpr RuleMeta kMeta{"hreflang-reciprocity",
                         "Every hreflang alternate must be confirmed by a link back from the page it names.",
                         "locale",
                         kMessages,
                         {}};

/// A relative href cannot name a page of the run for sure (hreflang-invalid reports it): only absolute ones count.
bool absolute(const std::string& url) { return !text::url_host(url).empty(); }

bool points_to(const Placed& href, const PostSummary& p) {
  return absolute(href.value) && (href.value == p.url || (p.canonical && href.value == p.canonical->value));
}

/// The code a post gives itself in its own hreflang set, else its declared language.
std::string own_code(const PostSummary& p) {
  for (const auto& [code, href] : p.alternates)
    if (points_to(href, p)) return code;
  return p.language;
}

void check(const std::vector<PostSummary>& posts, const RuleOptions&, SiteSink& sink) {
  std::map<std::string, const PostSummary*> by_url;
  for (const auto& p : posts) {
    if (absolute(p.url)) by_url.emplace(p.url, &p);
    if (p.canonical && absolute(p.canonical->value)) by_url.emplace(p.canonical->value, &p);
  }
  for (const auto& p : posts)
    for (const auto& [code, href] : p.alternates) {
      auto it = by_url.find(href.value);
      if (code == "x-default" || !absolute(href.value) || it == by_url.end() || it->second == &p) continue;
      const PostSummary& target = *it->second;
      const std::pair<std::string, Placed>* back = nullptr;
      for (const auto& alt : target.alternates)
        if (points_to(alt.second, p)) back = &alt;
      std::string url = p.canonical ? p.canonical->value : p.url, own = own_code(p);
      if (!back)
        sink.report("no-return-link", p, href.loc, href.start, href.end,
                    {{"code", code}, {"target", href.value}, {"url", url}}, {}, {code, href.value});
      else if (!own.empty() && back->first != own)
        sink.report("other-code", p, href.loc, href.start, href.end,
                    {{"code", code}, {"target", href.value}, {"url", url}, {"back", back->first}, {"own", own}},
                    {related_at(target, back->second, "the link back")}, {code, href.value, back->first});
    }
}

}  // namespace

extern const Rule hreflang_reciprocity{kMeta, nullptr, check};

}  // namespace seolint::rules
