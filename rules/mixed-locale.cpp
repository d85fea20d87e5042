// mixed-locale: declared language signals disagree with each other or with the written language.
#include <algorithm>

#include "seolint/rule.hpp"
#include "seolint/text/language.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"declared", Severity::Error, "declared languages disagree: {signals}"},
    {"written", Severity::Error,
     "the post is declared {declared} by {signals}, but its body text is written in {written}"},
};

constexpr OptionMeta kOptions[] = {
    {"min-text-chars", "integer", "200", "Characters of body text needed before its language is judged."},
};

constexpr RuleMeta kMeta{"mixed-locale",
                         "A post's declared languages (og:locale, inLanguage, html lang, URL prefix, WPML/Polylang) "
                         "must agree with each other and with the language its text is written in.",
                         "locale", kMessages, kOptions};

std::string describe(const LangSignal& s) { return s.source + " " + s.value; }

/// "og:locale fr_FR (1:233)": the message names where each signal is.
std::string describe_at(const Post& post, const LangSignal& s) {
  Position p = post.source->position(s.loc.begin);
  return describe(s) + " (" + std::to_string(p.line) + ":" + std::to_string(p.column) + ")";
}

std::string join(const Post& post, const std::vector<LangSignal>& signals, bool names) {
  std::string out;
  for (std::size_t i = 0; i < signals.size(); ++i) {
    out += i == 0 ? "" : i + 1 == signals.size() ? " and " : ", ";
    out += describe_at(post, signals[i]);
    if (names) out += " " + text::language_name(signals[i].lang);
  }
  return out;
}

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  auto signals = post.declared_languages();
  if (signals.empty()) return;
  std::vector<Related> related;  // the other signals: the first is where the finding is
  for (std::size_t i = 1; i < signals.size(); ++i) related.push_back({signals[i].loc, describe(signals[i]), {}, {}});
  const std::string& first = signals.front().lang;
  bool agree = std::all_of(signals.begin(), signals.end(), [&](const LangSignal& s) { return s.lang == first; });
  if (!agree) {
    std::vector<std::string> langs;
    for (const auto& s : signals) langs.push_back(s.lang);
    sink.report("declared", signals.front().loc, {{"signals", join(post, signals, true)}}, std::move(related), langs);
    return;
  }
  const auto& written = post.written_language(static_cast<std::size_t>(options.number("min-text-chars")));
  if (written.lang.empty() || text::same_language(written.lang, first)) return;
  std::string declared = text::language_name(first) + " (" + first + ")";
  std::string body = text::language_name(written.lang) + " (" + written.lang + ", " + std::to_string(written.percent) +
                     "% of " + std::to_string(written.chars) + " characters)";
  sink.report("written", signals.front().loc,
              {{"declared", declared}, {"signals", join(post, signals, false)}, {"written", body}}, std::move(related),
              {first, written.lang});
}

}  // namespace

extern const Rule mixed_locale{kMeta, check};

}  // namespace seolint::rules
