// title-length: the SEO title is longer than search results show (characters and pixels).
#include <cmath>

#include "seolint/rule.hpp"
#include "seolint/text/utf8.hpp"
#include "seolint/text/widths.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"too-long", Severity::Warning,
     "SEO title \"{title}\" is {chars} characters, over the limit of {max} "
     "({width}): search results cut it"},
    {"too-wide", Severity::Warning,
     "SEO title \"{title}\" is about {pixels} px wide, over the limit of "
     "{max_pixels} px ({chars} characters): search "
     "results cut it"},
};

constexpr OptionMeta kOptions[] = {
    {"max", "integer", "60", "Characters an SEO title may have."},
    {"max-pixels", "integer", "600",
     "Pixels an SEO title may take in Arial 20 px, as in search-result "
     "previews."},
};

constexpr RuleMeta kMeta{"title-length",
                         "The SEO title must fit in search results: at most "
                         "`max` characters and `max-pixels` pixels.",
                         "titles", kMessages, kOptions};

constexpr double kSnippetFontPx = 20;  // Google's and Yoast's snippet previews: Arial 20 px

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  std::optional<Text> title = post.seo_title();
  if (!title || title->value.empty()) return;
  auto chars = static_cast<double>(text::code_points(title->value));
  auto width = text::text_width_px(title->value, kSnippetFontPx);  // nothing: the font lacks a character
  double pixels = width ? std::round(*width) : 0;
  double max = options.number("max"), max_pixels = options.number("max-pixels");
  bool wide = width && pixels > max_pixels;
  if (chars <= max && !wide) return;
  auto n = [](double v) { return std::to_string(static_cast<long long>(v)); };
  std::string width_text = width ? "about " + n(pixels) + " px wide, limit " + options.text("max-pixels") + " px"
                                 : "width not measured: Liberation Sans lacks some of its characters";
  sink.report(chars > max ? "too-long" : "too-wide", title->loc,
              {{"title", title->value},
               {"chars", n(chars)},
               {"max", options.text("max")},
               {"pixels", n(pixels)},
               {"max_pixels", options.text("max-pixels")},
               {"width", width_text}},
              {}, {title->value});
}

}  // namespace

extern const Rule title_length{kMeta, check};

}  // namespace seolint::rules
