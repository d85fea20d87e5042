// missing-image: the post has no share image (og:image, twitter:image, or a featured image).
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-share-image", Severity::Warning,
     "no share image: the head has no og:image or twitter:image{featured}"},
    {"large-card-without-image", Severity::Warning,
     "twitter:card is {card}, which asks for a large image, but the head has no og:image or twitter:image"
     "{featured}: shares show no picture"},
    {"no-featured-image", Severity::Warning, "no featured image: {why}"},
};

constexpr RuleMeta kMeta{"missing-image", "A post needs a share image (og:image or twitter:image) for social cards.",
                         "images", kMessages, {}};

bool head_has_image(const Post& post) {
  for (const char* key : {"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"})
    if (const Text* t = post.head.meta(key); t && !t->value.empty()) return true;
  if (!post.head_json) return false;
  const json::Value* og = post.head_json->find("og_image");
  if (og && og->is_array() && !og->items.empty()) return true;
  if (const json::Value* tw = post.head_json->find_string("twitter_image"); tw && !tw->text.empty()) return true;
  return false;
}

std::optional<Text> twitter_card(const Post& post) {
  if (auto c = post.head_json_text("twitter_card")) return c;
  if (const Text* c = post.head.meta("twitter:card")) return *c;
  return std::nullopt;
}

std::string featured_note(const Post& post) {
  if (post.featured == Featured::None && post.featured_loc.pointer == "/featured_media") return " and featured_media is 0";
  if (post.featured == Featured::Set) return " (the featured image is not in the head)";
  return "";
}

/// Why the post has no featured image, in the input's own terms.
std::string why_no_featured(const Post& post) {
  const Loc& loc = post.featured_loc;
  if (loc.pointer == "/images") return "the product's images list is empty";
  if (post.kind == InputKind::Wxr) return "the export sets no _thumbnail_id";
  if (loc.pointer != "/featured_media") return "the post has no featured_media";
  return "featured_media is " + std::string(post.source->slice(loc.begin, loc.end));
}

/// featured_media when the input has it, else the card, else the title: where a fix would go.
Loc where(const Post& post, const std::optional<Text>& card) {
  if (post.featured_loc.pointer == "/featured_media") return post.featured_loc;
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
  if (head_has_image(post)) return;
  auto card = twitter_card(post);
  if (card && card->value == "summary_large_image") {
    sink.report("large-card-without-image", card->loc, {{"card", card->value}, {"featured", featured_note(post)}},
                {}, {card->value});
    return;
  }
  sink.report("no-share-image", where(post, card), {{"featured", featured_note(post)}});
}

}  // namespace

extern const Rule missing_image{kMeta, check};

}  // namespace seolint::rules
