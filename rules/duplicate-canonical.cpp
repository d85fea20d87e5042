// duplicate-canonical: two posts of one site claiming the same canonical URL.
#include "seolint/rule.hpp"
#include "seolint/site.hpp"
#include "seolint/text/url.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"duplicate", Severity::Warning,
     "canonical {value} is also the canonical of {other}: search engines will index only one of them"},
};

constexpr RuleMeta kMeta{
    "duplicate-canonical", "Two posts must not claim the same canonical URL.", "urls", kMessages, {}};

void check(const std::vector<PostSummary>& posts, const RuleOptions&, SiteSink& sink) {
  // A relative canonical names no page for sure (canonical-invalid reports it): only absolute ones are compared.
  auto key = [](const PostSummary& p) {
    return p.canonical && !text::url_host(p.canonical->value).empty() ? p.canonical->value : std::string();
  };
  report_duplicates_by(posts, &PostSummary::canonical, key, "duplicate", sink);
}

}  // namespace

extern const Rule duplicate_canonical{kMeta, nullptr, check};

}  // namespace seolint::rules
