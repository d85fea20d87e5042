// duplicate-title: two posts of one site with the same SEO title.
#include "seolint/rule.hpp"
#include "seolint/site.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"duplicate", Severity::Warning, "title \"{value}\" is also the title of {other}"},
};

constexpr RuleMeta kMeta{"duplicate-title", "Each post of a site needs a title of its own.", "titles", kMessages, {}};

void check(const std::vector<PostSummary>& posts, const RuleOptions&, SiteSink& sink) {
  // Posts that declare different languages are translations: the same title is an untranslated one
  // (translation-identical's), not a duplicate.
  auto key = [](const PostSummary& p) {
    return p.title ? p.language + '\n' + text::lower_ascii(p.title->value) : std::string();
  };
  report_duplicates_by(posts, &PostSummary::title, key, "duplicate", sink);
}

}  // namespace

extern const Rule duplicate_title{kMeta, nullptr, check};

}  // namespace seolint::rules
