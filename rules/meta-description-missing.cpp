// meta-description-missing: the post has no meta description (og:description alone does not count).
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-description", Severity::Warning, "no meta description: {where}{og}"},
    {"empty-description", Severity::Warning, "the meta description in {field} is empty"},
};

constexpr RuleMeta kMeta{"meta-description-missing",
                         "A post needs a meta description: meta name=description in its head or "
                         "yoast_head_json.description.",
                         "descriptions", kMessages, {}};

/// Where the head is: yoast_head_json, else yoast_head, else the page's <title>, <html lang>, or the post.
Loc head_loc(const Post& post) {
  if (post.head_json) return {post.head_json->begin, post.head_json->begin + 1, "/yoast_head_json", ""};
  if (post.root)
    if (const json::Value* yh = post.root->find_string("yoast_head")) return {yh->begin, yh->begin + 1, "/yoast_head", ""};
  if (post.head.title) return post.head.title->loc;
  if (post.head.html_lang) return post.head.html_lang->loc;
  return post.loc();
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  if (!post.head.known) return;  // unknown is not missing
  auto json = post.head_json_text("description");
  const Text* meta = post.head.meta("description");
  if ((json && !json->value.empty()) || (meta && !meta->value.empty())) return;
  if (json || meta) {
    const Text& t = json ? *json : *meta;
    sink.report("empty-description", t.loc,
                {{"field", json ? "yoast_head_json.description" : "meta name=description"}});
    return;
  }
  bool og = post.head.meta("og:description") || post.head_json_text("og_description");
  std::string where = post.kind == InputKind::Page ? "the page has no meta name=description"
                      : post.head_json        ? "yoast_head_json has no description and yoast_head no meta name=description"
                                              : "yoast_head has no meta name=description";
  sink.report("no-description", head_loc(post),
              {{"where", where}, {"og", og ? " (og:description does not stand in for it)" : ""}});
}

}  // namespace

extern const Rule meta_description_missing{kMeta, check};

}  // namespace seolint::rules
