// duplicate-canonical: two posts of one site claiming the same canonical URL.
#include "seolint/rule.hpp"
#include "seolint/site.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"duplicate", Severity::Warning,
     "canonical {value} is also the canonical of {other}: search engines will index only one of them"},
};

constexpr RuleMeta kMeta{
    "duplicate-canonical", "Two posts must not claim the same canonical URL.", "urls", kMessages, {}};

void check(const std::vector<PostSummary>& posts, const RuleOptions&, SiteSink& sink) {
  report_duplicates(posts, &PostSummary::canonical, false, "duplicate", sink);
}

}  // namespace

extern const Rule duplicate_canonical{kMeta, nullptr, check};

}  // namespace seolint::rules
