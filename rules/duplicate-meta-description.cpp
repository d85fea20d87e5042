// duplicate-meta-description: two posts of one site with the same meta description.
#include "seolint/rule.hpp"
#include "seolint/site.hpp"
#include "seolint/text/utf8.hpp"

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
  // Posts that declare different languages are translations: the same description is an untranslated one
  // (translation-identical's), not a duplicate.
  auto key = [](const PostSummary& p) {
    return p.description ? p.language + '\n' + text::lower_ascii(p.description->value) : std::string();
  };
  report_duplicates_by(posts, &PostSummary::description, key, "duplicate", sink);
}

}  // namespace

extern const Rule duplicate_meta_description{kMeta, nullptr, check};

}  // namespace seolint::rules
