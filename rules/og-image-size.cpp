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

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  if (!post.head.known) return;
  auto size = post.og_image().size;
  if (!size) return;
  auto card = post.twitter_card();
  bool large = card && card->value == "summary_large_image";
  long min_w = static_cast<long>(options.number(large ? "min-width-large" : "min-width"));
  long min_h = static_cast<long>(options.number(large ? "min-height-large" : "min-height"));
  if (size->width >= min_w && size->height >= min_h) return;
  std::vector<Related> related{{size->height_loc, "the height", {}, {}}};
  if (large) related.push_back({card->loc, "twitter:card summary_large_image", {}, {}});
  std::string w = std::to_string(size->width), h = std::to_string(size->height);
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
