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
                         "descriptions",
                         kMessages,
                         {}};

void check(const Post& post, const RuleOptions&, Sink& sink) {
  if (!post.head.known) return;  // unknown is not missing
  auto json = post.yoast_text("description");
  const Text* meta = post.head.meta("description");
  if ((json && !json->value.empty()) || (meta && !meta->value.empty())) return;
  if (json || meta) {
    const Text& t = json ? *json : *meta;
    sink.report("empty-description", t.loc,
                {{"field", json ? "yoast_head_json.description" : "meta name=description"}});
    return;
  }
  bool og = post.head.meta("og:description") || post.yoast_text("og_description");
  HeadFrom from = post.head_from();
  std::string where = from == HeadFrom::Page ? "the page has no meta name=description"
                      : post.yoast_json() ? "yoast_head_json has no description and yoast_head no meta name=description"
                                          : "yoast_head has no meta name=description";
  sink.report("no-description", post.anchor_for_missing(),
              {{"where", where}, {"og", og ? " (og:description does not stand in for it)" : ""}});
}

}  // namespace

extern const Rule meta_description_missing{kMeta, check};

}  // namespace seolint::rules
