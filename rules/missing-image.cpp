// missing-image: the post has no share image (og:image, twitter:image, or a featured image).
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-share-image", Severity::Warning, "no share image: the head has no og:image or twitter:image{featured}"},
    {"large-card-without-image", Severity::Warning,
     "twitter:card is {card}, which asks for a large image, but the head has no og:image or twitter:image"
     "{featured}: shares show no picture"},
    {"no-featured-image", Severity::Warning, "no featured image: {why}"},
};

constexpr RuleMeta kMeta{"missing-image",
                         "A post needs a share image (og:image or twitter:image) for social cards.",
                         "images",
                         kMessages,
                         {}};

std::string featured_note(const Post& post) {
  if (post.featured == Featured::None && post.featured_field == "featured_media") return " and featured_media is 0";
  if (post.featured == Featured::Set) return " (the featured image is not in the head)";
  return "";
}

/// Why the post has no featured image, in the input's own terms.
std::string why_no_featured(const Post& post) {
  const Loc& loc = post.featured_loc;
  if (post.featured_field == "images") return "the product's images list is empty";
  if (post.featured_field == "_thumbnail_id") return "the export sets no _thumbnail_id";
  if (post.featured_field.empty()) return "the post has no featured_media";
  return "featured_media is " + std::string(post.source->slice(loc.begin, loc.end));
}

/// featured_media when the input has it, else the card, else the title: where a fix would go.
Loc where(const Post& post, const std::optional<Text>& card) {
  if (post.featured_field == "featured_media") return post.featured_loc;
  if (card) return card->loc;
  if (post.head.title) return post.head.title->loc;
  if (const Text* t = post.head.meta("og:title")) return t->loc;
  return post.loc();
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  if (!post.head.known) {
    bool yoast_image = (post.yoast.og_image && !post.yoast.og_image->value.empty()) ||
                       (post.yoast.twitter_image && !post.yoast.twitter_image->value.empty());
    if (post.featured == Featured::None && !yoast_image)
      sink.report("no-featured-image", post.featured_loc, {{"why", why_no_featured(post)}});
    return;
  }
  if (post.has_share_image()) return;
  auto card = post.twitter_card();
  if (card && card->value == "summary_large_image") {
    sink.report("large-card-without-image", card->loc, {{"card", card->value}, {"featured", featured_note(post)}}, {},
                {card->value});
    return;
  }
  if (!post.has_open_graph()) return;  // og-incomplete's no-open-graph
  sink.report("no-share-image", where(post, card), {{"featured", featured_note(post)}});
}

}  // namespace

extern const Rule missing_image{kMeta, check};

}  // namespace seolint::rules
