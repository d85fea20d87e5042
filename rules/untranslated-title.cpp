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

/// The language a title is written in when it is surely not `declared`, else "".
std::string other_language(const std::string& title, const std::string& declared, const RuleOptions& o) {
  auto script = text::main_script(title);
  if (script.letters && script.in_main * 2 > script.letters && !text::language_uses_script(declared, script.script)) {
    std::string guess = text::language_for_script(script.script);
    return guess.empty() ? script.name + " script" : text::language_name(guess) + " (" + script.name + " script)";
  }
  if (text::word_count(title) < o.number("min-words") || text::code_points(title) < o.number("min-chars")) return "";
  // Within a script CLD2 errs on short strings, so its answer needs the words to agree: a common word or
  // a letter of the language it names, and fewer than two common words of the declared one.
  auto d = text::detect_language(title, declared);
  if (!d.reliable || d.percent < o.number("min-percent") || text::same_language(d.lang, declared)) return "";
  bool evidence = !text::knows_words(d.lang) || text::native_words(title, d.lang) > 0 ||
                  text::has_letters_of(title, d.lang, declared);
  if (!evidence) return "";
  if (text::native_words(title, declared) >= 2) return "";
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
    std::string title = text::strip_site_name(t.text.value, sites);
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
