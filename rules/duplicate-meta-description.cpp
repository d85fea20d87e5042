// duplicate-meta-description: two posts of one site with the same meta description.
#include "seolint/rule.hpp"
#include "seolint/site.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"duplicate", Severity::Warning, "meta description \"{value}\" is also the description of {other}"},
};

constexpr RuleMeta kMeta{"duplicate-meta-description",
                         "Each post of a site needs a meta description of its own.",
                         "descriptions",
                         kMessages,
                         {}};

void check(const std::vector<PostSummary>& posts, const RuleOptions&, SiteSink& sink) {
  report_duplicates(posts, &PostSummary::description, true, "duplicate", sink);
}

}  // namespace

extern const Rule duplicate_meta_description{kMeta, nullptr, check};

}  // namespace seolint::rules
