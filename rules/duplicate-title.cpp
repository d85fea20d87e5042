// duplicate-title: two posts of one site with the same SEO title.
#include "seolint/rule.hpp"
#include "seolint/site.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"duplicate", Severity::Warning, "title \"{value}\" is also the title of {other}"},
};

constexpr RuleMeta kMeta{"duplicate-title", "Each post of a site needs a title of its own.", "titles", kMessages, {}};

void check(const std::vector<PostSummary>& posts, const RuleOptions&, SiteSink& sink) {
  report_duplicates(posts, &PostSummary::title, true, "duplicate", sink);
}

}  // namespace

extern const Rule duplicate_title{kMeta, nullptr, check};

}  // namespace seolint::rules
