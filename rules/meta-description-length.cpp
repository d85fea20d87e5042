// meta-description-length: the meta description is shorter or longer than search results show well.
#include "seolint/rule.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"too-long", Severity::Warning,
     "the meta description is {length} characters, more than {max}: search results cut it off"},
    {"too-short", Severity::Note,
     "the meta description is {length} characters, fewer than {min}: search engines may write their own"},
};

constexpr OptionMeta kOptions[] = {
    {"min", "integer", "120", "Fewest characters (code points, entities decoded) a description should have."},
    {"max", "integer", "156", "Most characters (code points, entities decoded) a description should have."},
};

constexpr RuleMeta kMeta{"meta-description-length", "A meta description should be between 120 and 156 characters long.",
                         "descriptions", kMessages, kOptions};

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  if (!post.head.known) return;
  std::optional<Text> d = post.meta_description();
  if (!d || d->value.empty()) return;  // meta-description-missing's
  auto length = static_cast<double>(text::code_points(d->value));
  auto n = std::to_string(text::code_points(d->value));
  if (length > options.number("max"))
    sink.report("too-long", d->loc, {{"length", n}, {"max", options.text("max")}}, {}, {d->value});
  else if (length < options.number("min"))
    sink.report("too-short", d->loc, {{"length", n}, {"min", options.text("min")}}, {}, {d->value});
}

}  // namespace

extern const Rule meta_description_length{kMeta, check};

}  // namespace seolint::rules
