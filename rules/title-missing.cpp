// title-missing: the post has no SEO title (no <title> in its head and no yoast_head_json.title).
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-title", Severity::Warning, "no SEO title: {where}"},
};

constexpr RuleMeta kMeta{"title-missing",
                         "A post needs an SEO title: a <title> in its head or yoast_head_json.title.",
                         "titles",
                         kMessages,
                         {}};

void check(const Post& post, const RuleOptions&, Sink& sink) {
  if (!post.head.known) return;  // unknown is not missing
  if (post.head.title && !post.head.title->value.empty()) return;
  if (auto t = post.yoast_text("title"); t && !t->value.empty()) return;
  std::string where;
  if (post.is_page()) where = "the page has no <title> or an empty one";
  else if (post.yoast_json()) where = "yoast_head_json has no title and yoast_head no <title>";
  else where = "yoast_head has no <title>";
  sink.report("no-title", post.anchor_for_missing(), {{"where", where}});
}

}  // namespace

extern const Rule title_missing{kMeta, check};

}  // namespace seolint::rules
