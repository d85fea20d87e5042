// locale-label-mismatch: the labels an SEO plugin writes ("Written by") are in another language than the post.
#include <string>
#include <vector>

#include "seolint/rule.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/language.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"other-language", Severity::Warning,
     "{field} \"{label}\" is {language}, but the post is declared "
     "{declared}{expected}{others}"},
};

constexpr RuleMeta kMeta{"locale-label-mismatch",
                         "The labels an SEO plugin writes into the head "
                         "(Yoast's \"Written by\", \"Est. reading time\") "
                         "must be in the post's declared language.",
                         "locale",
                         kMessages,
                         {}};

/// Yoast SEO's enhanced Slack/Twitter labels per language (wordpress-seo translations; data, not code). The first row
/// of a language and meaning is what the message suggests; later rows are other locales' variants. Seen in real Yoast
/// output (the corpus, the seed, public pages): en, en_GB, fr (both), de (all three), es, it, nl, pl, ro reading time.
/// Not yet checked against translate.wordpress.org: pt, sk, cs and ro "Scris de" (a row that is not Yoast's exact
/// string only leaves the rule quiet on that language's real label).
struct Label {
  const char* lang;
  const char* meaning;  ///< "author" or "reading-time"
  const char* text;
};
constexpr Label kLabels[] = {
    {"en", "author", "Written by"},
    {"en", "reading-time", "Est. reading time"},
    {"en", "reading-time", "Estimated reading time"},  // en_GB, en_AU
    {"fr", "author", "Écrit par"},
    {"fr", "reading-time", "Durée de lecture estimée"},
    {"fr", "reading-time", "Durée de lecture est."},
    {"de", "author", "Verfasst von"},
    {"de", "author", "Geschrieben von"},  // on a de_DE_formal site (autosprint.ch)
    {"de", "reading-time", "Geschätzte Lesezeit"},
    {"es", "author", "Escrito por"},
    {"es", "reading-time", "Tiempo de lectura"},
    {"it", "author", "Scritto da"},
    {"it", "reading-time", "Tempo di lettura stimato"},
    {"pt", "author", "Escrito por"},
    {"pt", "reading-time", "Tempo estimado de leitura"},
    {"nl", "author", "Geschreven door"},
    {"nl", "reading-time", "Geschatte leestijd"},
    {"sk", "reading-time", "Predpokladaný čas čítania"},
    {"cs", "reading-time", "Odhadovaná doba čtení"},
    {"pl", "author", "Napisane przez"},
    {"pl", "reading-time", "Szacowany czas czytania"},
    {"ro", "author", "Scris de"},
    {"ro", "reading-time", "Timp estimat pentru citire"},
};

struct Found {
  std::string field;
  Text label;
};

/// The labels, from yoast_head_json.twitter_misc when it is there (one finding per property), else the head.
std::vector<Found> labels(const Post& post) {
  std::vector<Found> out;
  auto yoast = post.yoast_json();
  if (auto misc = yoast ? yoast->member("twitter_misc") : std::nullopt; misc && misc->value->is_object()) {
    for (const auto& m : misc->value->members) {
      Loc loc = misc->key_loc(m);
      out.push_back(
          {"yoast_head_json.twitter_misc key", {text::collapse_space(text::decode_entities(m.key)), m.key, loc}});
    }
    return out;
  }
  if (!post.head.known) return out;
  for (const auto& m : post.head.metas)
    if (m.key.starts_with("twitter:label")) out.push_back({m.key, m.content});
  return out;
}

bool has(std::string_view lang, std::string_view text) {
  for (const auto& l : kLabels)
    if (lang == l.lang && text == l.text) return true;
  return false;
}

/// The table's meaning of a label, or null when the table does not know it.
const Label* known_label(std::string_view text) {
  for (const auto& l : kLabels)
    if (text == l.text) return &l;
  return nullptr;
}

/// "Spanish or Portuguese": every language the table writes the label in.
std::string languages_of(std::string_view text) {
  std::string out;
  for (const auto& l : kLabels)
    if (text == l.text) out += (out.empty() ? "" : " or ") + text::language_name(l.lang);
  return out;
}

/// The label Yoast writes in lang for that meaning.
std::string expected_label(std::string_view lang, std::string_view meaning) {
  for (const auto& l : kLabels)
    if (lang == l.lang && meaning == l.meaning) return l.text;
  return "";
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  std::string declared = post.declared_language();
  bool table_knows = false;
  for (const auto& l : kLabels) table_knows |= declared == l.lang;
  if (!table_knows) return;  // what the plugin writes in that language is not in the table
  std::vector<std::pair<Found, const Label*>> wrong;
  for (auto& f : labels(post)) {
    if (has(declared, f.label.value)) continue;
    if (const Label* l = known_label(f.label.value)) wrong.emplace_back(std::move(f), l);
  }
  if (wrong.empty()) return;
  const auto& [first, label] = wrong.front();
  std::string expected = expected_label(declared, label->meaning);
  if (!expected.empty()) expected = ", where Yoast SEO writes \"" + expected + "\"";
  std::string others;
  std::vector<Related> related;
  for (std::size_t i = 1; i < wrong.size(); ++i) {
    others += (i == 1 ? "; so is \"" : ", \"") + wrong[i].first.label.value + "\"";
    related.push_back({wrong[i].first.label.loc, wrong[i].first.field, {}, {}});
  }
  sink.report("other-language", first.label.loc,
              {{"field", first.field},
               {"label", first.label.value},
               {"language", languages_of(first.label.value)},
               {"declared", text::language_name(declared) + " (" + declared + ")"},
               {"expected", expected},
               {"others", others}},
              std::move(related), {first.label.value, declared});
}

}  // namespace

extern const Rule locale_label_mismatch{kMeta, check};

}  // namespace seolint::rules
