// twitter-card-invalid: an unknown twitter:card, or a card title or description X cuts off. A head without
// twitter:card is fine: X falls back to Open Graph (og-incomplete speaks for a head without either).
#include <algorithm>

#include "seolint/rule.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"unknown-card", Severity::Warning,
     "twitter:card is {card}, which X does not know (summary, summary_large_image, app or player)"},
    {"title-too-long", Severity::Warning,
     "the X card title ({field}) is {length} characters, over {max}: X cuts it off"},
    {"description-too-long", Severity::Warning,
     "the X card description ({field}) is {length} characters, over {max}: X cuts it off"},
};

constexpr OptionMeta kOptions[] = {
    {"max-title", "integer", "70", "The longest card title X shows whole, in characters."},
    {"max-description", "integer", "200", "The longest card description X shows whole, in characters."},
};

constexpr RuleMeta kMeta{"twitter-card-invalid",
                         "A twitter:card must be a type X knows, with a title and description X shows whole.", "social",
                         kMessages, kOptions};

constexpr std::string_view kCards[] = {"summary", "summary_large_image", "app", "player"};

/// twitter:X, else og:X as X falls back to it.
std::optional<Text> card_text(const Post& post, std::string_view what, std::string* name) {
  if (auto v = post.head_field("twitter_" + std::string(what), "twitter:" + std::string(what), name);
      v && !v->value.empty())
    return v;
  return post.head_field("og_" + std::string(what), "og:" + std::string(what), name);
}

void check_length(const Post& post, std::string_view what, const char* message, double max, Sink& sink) {
  std::string name;
  auto t = card_text(post, what, &name);
  if (!t) return;
  std::size_t n = text::code_points(t->value);
  if (n <= max) return;
  sink.report(message, t->loc,
              {{"field", name}, {"length", std::to_string(n)}, {"max", std::to_string(static_cast<long>(max))}}, {},
              {t->value});
}

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  if (!post.head.known) return;
  auto card = post.twitter_card();  // absent or empty: X reads Open Graph and shows a summary card
  if (card && !card->value.empty() &&
      std::find(std::begin(kCards), std::end(kCards), card->value) == std::end(kCards)) {
    sink.report("unknown-card", card->loc, {{"card", card->value}}, {}, {card->value});
  }
  check_length(post, "title", "title-too-long", options.number("max-title"), sink);
  check_length(post, "description", "description-too-long", options.number("max-description"), sink);
}

}  // namespace

extern const Rule twitter_card_invalid{kMeta, check};

}  // namespace seolint::rules
