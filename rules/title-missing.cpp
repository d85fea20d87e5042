// title-missing: the post has no SEO title (no <title> in its head and no yoast_head_json.title).
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-title", Severity::Error, "no SEO title: {where}"},
};

constexpr RuleMeta kMeta{"title-missing", "A post needs an SEO title: a <title> in its head or yoast_head_json.title.",
                         "titles", kMessages, {}};

/// Where the head is: yoast_head_json, else yoast_head, else the page's <html lang>, else the post.
Loc head_loc(const Post& post) {
  if (post.head_json) return {post.head_json->begin, post.head_json->begin + 1, "/yoast_head_json", ""};
  if (post.root)
    if (const json::Value* yh = post.root->find_string("yoast_head")) return {yh->begin, yh->begin + 1, "/yoast_head", ""};
  if (post.head.html_lang) return post.head.html_lang->loc;
  return post.loc();
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  if (!post.head.known) return;  // unknown is not missing
  if (post.head.title && !post.head.title->value.empty()) return;
  if (auto t = post.head_json_text("title"); t && !t->value.empty()) return;
  std::string where;
  if (post.kind == InputKind::Page) where = "the page has no <title> or an empty one";
  else if (post.head_json) where = "yoast_head_json has no title and yoast_head no <title>";
  else where = "yoast_head has no <title>";
  sink.report("no-title", head_loc(post), {{"where", where}});
}

}  // namespace

extern const Rule title_missing{kMeta, check};

}  // namespace seolint::rules
