// canonical-missing: a known head carries no canonical URL.
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-canonical", Severity::Warning, "no canonical URL: the head has no <link rel=\"canonical\">{json}{og_url}"},
};

constexpr RuleMeta kMeta{"canonical-missing", "A page's head must name its canonical URL.", "urls", kMessages, {}};

void check(const Post& post, const RuleOptions&, Sink& sink) {
  if (!post.head.known || !post.head.canonicals.empty()) return;  // unknown is not missing
  if (post.yoast_text("canonical")) return;
  std::string og;
  if (auto u = post.yoast_text("og_url")) og = u->value;
  else if (const Text* m = post.head.meta("og:url")) og = m->value;
  sink.report("no-canonical", post.anchor_for_missing(),
              {{"json", post.yoast_json() ? " and yoast_head_json has no canonical" : ""},
               {"og_url", og.empty() ? "" : " (og:url is " + og + ")"}});
}

}  // namespace

extern const Rule canonical_missing{kMeta, check};

}  // namespace seolint::rules
