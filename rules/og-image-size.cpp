// og-image-size: the share image is smaller than the card it is shown in needs.
#include <cstdlib>

#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"too-small-for-large-card", Severity::Warning,
     "og:image is {width} x {height} ({source}), smaller than the {min_width} x {min_height} a "
     "summary_large_image card needs: shares show it blurred or cropped"},
    {"too-small", Severity::Warning,
     "og:image is {width} x {height} ({source}), smaller than {min_width} x {min_height}: networks show no picture "
     "or a blurred one"},
};

constexpr OptionMeta kOptions[] = {
    {"min-width-large", "integer", "1200", "Least width of the image under twitter:card summary_large_image."},
    {"min-height-large", "integer", "630", "Least height of the image under twitter:card summary_large_image."},
    {"min-width", "integer", "200", "Least width of any share image."},
    {"min-height", "integer", "200", "Least height of any share image."},
};

constexpr RuleMeta kMeta{"og-image-size",
                         "The share image must be large enough for its card: 1200 x 630 for a large card, "
                         "200 x 200 at least.",
                         "images", kMessages, kOptions};

/// A size as the input gives it: located width and height, and where it came from.
struct Size {
  long width = 0, height = 0;
  Loc width_loc, height_loc;
  std::string source;
};

long number(const json::Value* v) {
  if (!v || !(v->is_number() || v->is_string())) return 0;
  char* end = nullptr;
  long n = std::strtol(v->text.c_str(), &end, 10);
  return end && *end == '\0' && n > 0 ? n : 0;
}

Loc loc_of(const json::Value& v, std::string pointer) { return {v.begin, v.end, std::move(pointer), ""}; }

std::optional<Size> json_size(const Post& post) {
  if (!post.head_json) return std::nullopt;
  const json::Value* og = post.head_json->find("og_image");
  if (!og || !og->is_array() || og->items.empty() || !og->items[0].is_object()) return std::nullopt;
  const json::Value* w = og->items[0].find("width");
  const json::Value* h = og->items[0].find("height");
  if (!number(w) || !number(h)) return std::nullopt;
  return Size{number(w), number(h), loc_of(*w, "/yoast_head_json/og_image/0/width"),
              loc_of(*h, "/yoast_head_json/og_image/0/height"), "yoast_head_json og_image"};
}

/// og:image:width and og:image:height after the first og:image (they describe that one).
std::optional<Size> meta_size(const Post& post) {
  const Text *w = nullptr, *h = nullptr;
  bool seen_image = false;
  for (const auto& m : post.head.metas) {
    if (m.key == "og:image" || m.key == "og:image:url") {
      if (seen_image) break;
      seen_image = true;
    }
    if (m.key == "og:image:width" && !w) w = &m.content;
    if (m.key == "og:image:height" && !h) h = &m.content;
  }
  if (!w || !h) return std::nullopt;
  long width = std::atol(w->value.c_str()), height = std::atol(h->value.c_str());
  if (width <= 0 || height <= 0) return std::nullopt;
  return Size{width, height, w->loc, h->loc, "og:image:width and og:image:height"};
}

/// The image URL the head shares.
std::string og_image_url(const Post& post) {
  if (post.head_json)
    if (const json::Value* og = post.head_json->find("og_image"); og && og->is_array() && !og->items.empty())
      if (const json::Value* u = og->items[0].find_string("url")) return u->text;
  if (const Text* t = post.head.meta("og:image")) return t->value;
  return "";
}

/// The featured image's media_details, when the head shares that image.
std::optional<Size> featured_size(const Post& post) {
  if (!post.root || !post.featured_url || og_image_url(post) != post.featured_url->value) return std::nullopt;
  const std::string base = "/_embedded/wp:featuredmedia/0/media_details/";
  const json::Value* w = post.root->at(base + "width");
  const json::Value* h = post.root->at(base + "height");
  if (!number(w) || !number(h)) return std::nullopt;
  return Size{number(w), number(h), loc_of(*w, base + "width"), loc_of(*h, base + "height"),
              "the featured image's media_details"};
}

std::optional<Text> twitter_card(const Post& post) {
  if (auto c = post.head_json_text("twitter_card")) return c;
  if (const Text* c = post.head.meta("twitter:card")) return *c;
  return std::nullopt;
}

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  if (!post.head.known) return;
  auto size = json_size(post);
  if (!size) size = meta_size(post);
  if (!size) size = featured_size(post);
  if (!size) return;
  auto card = twitter_card(post);
  bool large = card && card->value == "summary_large_image";
  long min_w = static_cast<long>(options.number(large ? "min-width-large" : "min-width"));
  long min_h = static_cast<long>(options.number(large ? "min-height-large" : "min-height"));
  if (size->width >= min_w && size->height >= min_h) return;
  std::vector<Related> related{{size->height_loc, "the height", {}, {}}};
  if (large) related.push_back({card->loc, "twitter:card summary_large_image", {}, {}});
  std::string w = std::to_string(size->width), h = std::to_string(size->height);
  sink.report(large ? "too-small-for-large-card" : "too-small", size->width_loc,
              {{"width", w}, {"height", h}, {"source", size->source}, {"min_width", std::to_string(min_w)},
               {"min_height", std::to_string(min_h)}},
              std::move(related), {w + "x" + h});
}

}  // namespace

extern const Rule og_image_size{kMeta, check};

}  // namespace seolint::rules
