// title-length: the SEO title is wider than search results show (pixels; characters where the font lacks some).
#include <cmath>

#include "seolint/rule.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/utf8.hpp"
#include "seolint/text/widths.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"too-long", Severity::Warning,
     "SEO title \"{title}\" is {columns} columns ({chars} characters; a full-width one takes two columns, a "
     "combining mark none), over the limit of {max} (its width is not measured: Liberation Sans lacks some of its "
     "characters): search results cut it"},
    {"too-wide", Severity::Warning,
     "SEO title \"{title}\" is about {pixels} px wide, over the limit of {max_pixels} px ({chars} characters): "
     "search results cut it"},
    {"site-name-cut", Severity::Note,
     "SEO title \"{title}\" is {size} ({chars} characters), over the limit of {limit}, but only its site-name suffix "
     "\"{suffix}\" "
     "passes it: search results cut the site name, which they also show above the title"},
};

constexpr OptionMeta kOptions[] = {
    {"max", "integer", "60",
     "Columns an SEO title may take when its width cannot be measured (a full-width character counts two)."},
    {"max-pixels", "integer", "600", "Pixels an SEO title may take in Arial 20 px, as in search-result previews."},
};

constexpr RuleMeta kMeta{"title-length",
                         "The SEO title must fit in search results: at most `max-pixels` pixels wide (`max` "
                         "columns when its width cannot be measured).",
                         "titles", kMessages, kOptions};

constexpr double kSnippetFontPx = 20;  // Google's and Yoast's snippet previews: Arial 20 px

std::string n(double v) { return std::to_string(static_cast<long long>(v)); }

/// The title's size: its width in pixels when every character is measured, else its columns.
struct Size {
  bool pixels;
  double value;
};

Size size_of(const std::string& s) {
  if (auto w = text::text_width_px(s, kSnippetFontPx)) return {true, std::round(*w)};
  return {false, static_cast<double>(text::display_columns(s))};
}

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  std::optional<Text> title = post.seo_title();
  if (!title || title->value.empty()) return;
  Size size = size_of(title->value);
  double limit = size.pixels ? options.number("max-pixels") : options.number("max");
  if (size.value <= limit) return;
  std::string chars = n(static_cast<double>(text::code_points(title->value)));
  std::string stripped = text::strip_site_name(title->value, post.site_names());
  if (stripped != title->value) {
    Size own = size_of(stripped);
    double own_limit = own.pixels ? options.number("max-pixels") : options.number("max");
    if (own.value <= own_limit) {  // the title itself fits: only the site name is cut
      std::string what = size.pixels ? "about " + n(size.value) + " px wide" : n(size.value) + " columns wide";
      std::string lim = size.pixels ? options.text("max-pixels") + " px" : options.text("max") + " columns";
      sink.report("site-name-cut", title->loc,
                  {{"title", title->value},
                   {"size", what},
                   {"limit", lim},
                   {"chars", chars},
                   {"suffix", title->value.substr(stripped.size())}},
                  {}, {title->value});
      return;
    }
  }
  if (size.pixels)
    sink.report("too-wide", title->loc,
                {{"title", title->value},
                 {"pixels", n(size.value)},
                 {"max_pixels", options.text("max-pixels")},
                 {"chars", chars}},
                {}, {title->value});
  else
    sink.report("too-long", title->loc,
                {{"title", title->value}, {"columns", n(size.value)}, {"chars", chars}, {"max", options.text("max")}},
                {}, {title->value});
}

}  // namespace

extern const Rule title_length{kMeta, check};

}  // namespace seolint::rules
