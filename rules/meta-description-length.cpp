// meta-description-length: the meta description will surely be cut in search results, or is too short to be useful.
#include "seolint/rule.hpp"
#include "seolint/text/utf8.hpp"
#include "seolint/text/widths.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"too-long", Severity::Warning,
     "the meta description is {length} columns{cjk}, more than {max}: search results cut it off with \"…\""},
    {"too-short", Severity::Warning,
     "the meta description is {length} columns{cjk}, fewer than {min}: too short to describe the page, search "
     "engines will likely write their own"},
};

constexpr OptionMeta kOptions[] = {
    {"min", "integer", "50",
     "Fewest columns a useful description has (characters, entities decoded; a full-width character counts two)."},
    {"max", "integer", "160",
     "Most columns search results show of a description (characters, entities decoded; a full-width character "
     "counts two)."},
};

constexpr RuleMeta kMeta{"meta-description-length",
                         "A meta description should not be cut in search results (over 160 columns) nor too short to "
                         "describe the page (under 50).",
                         "descriptions", kMessages, kOptions};

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  if (!post.head.known) return;
  std::optional<Text> d = post.meta_description();
  if (!d || d->value.empty()) return;  // meta-description-missing's
  std::size_t columns = text::display_columns(d->value), chars = text::code_points(d->value);
  auto length = static_cast<double>(columns);
  std::string n = std::to_string(columns);
  std::string cjk = columns != chars ? " (" + std::to_string(chars) +
                                           " characters; a full-width one takes two columns, a combining mark none)"
                                     : "";
  if (length > options.number("max"))
    sink.report("too-long", d->loc, {{"length", n}, {"cjk", cjk}, {"max", options.text("max")}}, {}, {d->value});
  else if (length < options.number("min"))
    sink.report("too-short", d->loc, {{"length", n}, {"cjk", cjk}, {"min", options.text("min")}}, {}, {d->value});
}

}  // namespace

extern const Rule meta_description_length{kMeta, check};

}  // namespace seolint::rules
