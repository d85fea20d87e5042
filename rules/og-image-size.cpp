// og-image-size: the share image is smaller than the card it is shown in needs, or far from its shape.
#include <cstdio>
#include <cstdlib>

#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"too-small-for-large-card", Severity::Warning,
     "og:image is {width} x {height} ({source}), smaller than the {min_width} x {min_height} a "
     "summary_large_image card needs: shares show it as a small thumbnail or blurred"},
    {"too-small", Severity::Warning,
     "og:image is {width} x {height} ({source}), smaller than {min_width} x {min_height}: networks show no picture "
     "or a blurred one"},
    {"off-ratio", Severity::Warning,
     "og:image is {width} x {height} ({source}), {ratio}:1, far from the 1.91:1 a summary_large_image card shows: "
     "shares crop away more than a third of it"},
};

constexpr OptionMeta kOptions[] = {
    {"min-width-large", "integer", "600",
     "Least width of the image under twitter:card summary_large_image (Facebook's least for a large image)."},
    {"min-height-large", "integer", "315", "Least height of the image under twitter:card summary_large_image."},
    {"min-width", "integer", "200", "Least width of any share image."},
    {"min-height", "integer", "200", "Least height of any share image."},
};

constexpr RuleMeta kMeta{"og-image-size",
                         "The share image must be large enough for its card (600 x 315 for a large card, 200 x 200 "
                         "at least) and, in a large card, near its 1.91:1 shape.",
                         "images", kMessages, kOptions};

/// A large card shows 1.91:1; an image whose crop to that shape loses more than a third of it is far from it
/// (square and portrait images, narrow banners). 1200 x 628, 1200 x 600 or 3:2 photos are fine.
bool off_ratio(long w, long h) {
  double r = static_cast<double>(w) / static_cast<double>(h);
  return r < 1.91 * 2 / 3 || r > 1.91 * 3 / 2;
}

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  if (!post.head.known) return;
  auto size = post.og_image().size;
  if (!size || size->width <= 0 || size->height <= 0) return;
  auto card = post.twitter_card();
  bool large = card && card->value == "summary_large_image";
  long min_w = static_cast<long>(options.number(large ? "min-width-large" : "min-width"));
  long min_h = static_cast<long>(options.number(large ? "min-height-large" : "min-height"));
  std::vector<Related> related{{size->height_loc, "the height", {}, {}}};
  if (large) related.push_back({card->loc, "twitter:card summary_large_image", {}, {}});
  std::string w = std::to_string(size->width), h = std::to_string(size->height);
  if (size->width >= min_w && size->height >= min_h) {
    if (!large || !off_ratio(size->width, size->height)) return;
    char ratio[16];
    std::snprintf(ratio, sizeof ratio, "%.2f", static_cast<double>(size->width) / static_cast<double>(size->height));
    return sink.report("off-ratio", size->width_loc,
                       {{"width", w}, {"height", h}, {"source", size->source}, {"ratio", ratio}}, std::move(related),
                       {w + "x" + h});
  }
  sink.report(large ? "too-small-for-large-card" : "too-small", size->width_loc,
              {{"width", w},
               {"height", h},
               {"source", size->source},
               {"min_width", std::to_string(min_w)},
               {"min_height", std::to_string(min_h)}},
              std::move(related), {w + "x" + h});
}

}  // namespace

extern const Rule og_image_size{kMeta, check};

}  // namespace seolint::rules
