// untranslated-title: a title is written in another language than the post's declared language.
#include <algorithm>

#include "seolint/rule.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"other-language", Severity::Warning,
     "{field} \"{title}\" is written in {language} but the post is declared {declared}{others}"},
};

constexpr OptionMeta kOptions[] = {
    {"min-words", "integer", "4", "Words a title needs before CLD2's answer on it is trusted."},
    {"min-chars", "integer", "20", "Characters a title needs before CLD2's answer on it is trusted."},
    {"min-percent", "integer", "80", "Share of the title CLD2 must give to the other language."},
};

constexpr RuleMeta kMeta{"untranslated-title", "Titles must be written in the language the post declares.", "locale",
                         kMessages, kOptions};

struct Title {
  std::string field;
  Text text;
};

/// A Yoast title template with %%title%% filled in and its other variables (%%sep%%, %%sitename%%) left out.
Text yoast_title(Text t, const Post& post) {
  std::string out;
  for (std::size_t i = 0; i < t.value.size();) {
    std::size_t open = t.value.find("%%", i);
    std::size_t close = open == std::string::npos ? open : t.value.find("%%", open + 2);
    if (close == std::string::npos) {
      out += t.value.substr(i);
      break;
    }
    out += t.value.substr(i, open - i);
    if (t.value.compare(open, close + 2 - open, "%%title%%") == 0 && post.title_rendered)
      out += post.title_rendered->value;
    i = close + 2;
  }
  t.value = text::collapse_space(out);
  return t;
}

/// The title fields, in reporting order.
std::vector<Title> titles(const Post& post) {
  std::vector<Title> out;
  if (post.title_rendered) out.push_back({std::string(post.title_field()), *post.title_rendered});
  if (post.yoast.title) out.push_back({"_yoast_wpseo_title", yoast_title(*post.yoast.title, post)});
  if (post.head.title) out.push_back({"<title>", *post.head.title});
  if (const Text* t = post.head.meta("og:title")) out.push_back({"og:title", *t});
  if (auto t = post.yoast_text("og_title")) out.push_back({"yoast_head_json.og_title", *t});
  if (auto t = post.yoast_text("title")) out.push_back({"yoast_head_json.title", *t});
  if (auto page = post.page_node())
    for (const char* key : {"name", "headline"})
      if (auto v = page->string_member(key)) out.push_back({std::string("schema WebPage ") + key, v->text()});
  return out;
}

/// The language a title's script settles when the declared language does not write it, else "".
std::string by_script(const std::string& title, const text::ScriptUse& s, const std::string& declared) {
  if (s.cjk() && (text::is_cjk(declared) || s.cjk_percent() > 50)) {
    // Kana, Hangul or Han decide among Chinese, Japanese and Korean; any of them in a title on a CJK post means
    // it is not an untranslated Latin title ("iPhone 15のレビュー" is Japanese).
    std::string lang = text::cjk_language(s);
    if (lang.empty() || text::same_language(lang, declared)) return "";
    // Han alone is Chinese in a body of text, but a title may be all kanji or hanja ("会社概要").
    if (lang == "zh" && text::language_uses_script(declared, "Hani")) return "";
    return text::cjk_description(lang);
  }
  if (s.in_main * 2 <= s.letters || text::language_uses_script(declared, s.script)) return "";
  // A non-Latin language's own letters beside a Latin brand name ("مراجعة iPhone 15 Pro Max"): not another script.
  // (Brand names are written in Latin, so "UKBDNEWS" beside Bengali does not make a title English.)
  std::size_t own = s.in_scripts_of(declared);
  if (s.script == "Latn" && own >= 3 && own * 5 >= s.letters) return "";
  std::string guess = text::language_in_script(title, s.script);
  return guess.empty() ? s.name + " script" : text::language_name(guess) + " (" + s.name + " script)";
}

/// The language a title is written in when it is surely not `declared`, else "".
std::string other_language(const std::string& title, const std::string& declared, const RuleOptions& o) {
  auto script = text::main_script(title);
  if (!script.letters) return "";
  if (script.cjk() || !text::language_uses_script(declared, script.script)) return by_script(title, script, declared);
  if (text::word_count(title) < o.number("min-words") || text::code_points(title) < o.number("min-chars")) return "";
  // Within a script CLD2 errs on short strings, so its answer needs the words to agree: a common word or
  // a letter of the language it names (for a language without a word list: its letters where it has some, so an
  // English title is not Kurdish; else no common word of a declared language that has a list; Russian called
  // Bulgarian has neither), and no more common words of the declared language than of the other.
  auto d = text::detect_language(title, declared);
  if (!d.reliable || d.percent < o.number("min-percent") || text::same_language(d.lang, declared)) return "";
  if (!text::language_uses_script(d.lang, script.script)) return "";
  std::size_t theirs = text::native_words(title, d.lang), ours = text::native_words(title, declared);
  bool letters = text::has_letters_of(title, d.lang, declared);
  bool evidence = text::knows_words(d.lang)     ? theirs > 0 || letters
                  : text::knows_letters(d.lang) ? letters
                                                : ours == 0 && text::knows_words(declared);
  if (!evidence || ours >= 2 || (ours > 0 && ours >= theirs && !letters)) return "";
  if (!text::knows_words(d.lang) && text::has_letters_of(title, declared, d.lang)) return "";
  return text::language_name(d.lang);
}

void check(const Post& post, const RuleOptions& options, Sink& sink) {
  std::string declared = post.declared_language();
  if (declared.empty()) return;
  auto sites = post.site_names();
  const Title* first = nullptr;
  std::string language;
  std::vector<std::string> others;
  std::vector<Related> related;
  const auto all = titles(post);
  std::vector<std::pair<std::string, std::string>> judged;  // the same title in several fields is judged once
  for (const auto& t : all) {
    std::string title = text::strip_site_name(t.text.value, sites);  // whatever its case
    auto seen = std::find_if(judged.begin(), judged.end(), [&](const auto& j) { return j.first == title; });
    if (seen == judged.end())
      judged.emplace_back(title, other_language(title, declared, options)), seen = judged.end() - 1;
    const std::string& lang = seen->second;
    if (lang.empty()) continue;
    if (!first) {
      first = &t, language = lang;
      continue;
    }
    others.push_back(t.field);
    related.push_back({t.text.loc, t.field, {}, {}});
  }
  if (!first) return;
  std::string also;
  for (const auto& o : others) also += (also.empty() ? "; so are " : ", ") + o;
  std::string declared_name = text::language_name(declared) + " (" + declared + ")";
  sink.report("other-language", first->text.loc,
              {{"field", first->field},
               {"title", first->text.value},
               {"language", language},
               {"declared", declared_name},
               {"others", also}},
              std::move(related), {first->text.value, declared});
}

}  // namespace

extern const Rule untranslated_title{kMeta, check};

}  // namespace seolint::rules
