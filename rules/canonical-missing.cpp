// canonical-missing: a known head carries no canonical URL.
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-canonical", Severity::Warning,
     "no canonical URL: the head has no <link rel=\"canonical\">{json}{og_url}"},
};

constexpr RuleMeta kMeta{"canonical-missing", "A page's head must name its canonical URL.", "urls", kMessages, {}};

/// Where the canonical would go: yoast_head_json, else yoast_head, else the page itself.
Loc where(const Post& post) {
  if (post.head_json) return {post.head_json->begin, post.head_json->begin + 1, "/yoast_head_json", ""};
  if (post.root)
    if (const json::Value* yh = post.root->find_string("yoast_head")) return {yh->begin, yh->begin + 1, "/yoast_head", ""};
  return {post.begin, post.begin + 1, post.pointer, "head"};
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  if (!post.head.known || !post.head.canonicals.empty()) return;  // unknown is not missing
  if (post.head_json_text("canonical")) return;
  std::string og;
  if (auto u = post.head_json_text("og_url")) og = u->value;
  else if (const Text* m = post.head.meta("og:url")) og = m->value;
  sink.report("no-canonical", where(post),
              {{"json", post.head_json ? " and yoast_head_json has no canonical" : ""},
               {"og_url", og.empty() ? "" : " (og:url is " + og + ")"}});
}

}  // namespace

extern const Rule canonical_missing{kMeta, check};

}  // namespace seolint::rules
