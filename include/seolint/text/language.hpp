#pragma once
/// Language tags, scripts and detection (CLD2 within a script, ICU for scripts).
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace seolint::text {

/// The language subtag of a locale or language tag ("fr_FR", "fr-FR", "FR" -> "fr"), aliases folded
/// ("iw" -> "he", "nb" -> "no"); "" when it is not a known ISO 639-1 language.
std::string language_of(std::string_view tag);
/// The language a URL's first path segment names ("/fr/", "/pt-br/", "/zh-hans/", "/es-419/"), or "": the segment
/// must be a well-formed tag whose subtags are real (a region of two letters or three digits, a known script of
/// four letters), so "/el-pais/" is no Greek.
std::string url_language_prefix(std::string_view url);
/// The path segment itself ("/fr/"), or "".
std::string url_language_segment(std::string_view url);
/// English name of a language code ("fr" -> "French").
std::string language_name(std::string_view code);
/// Languages CLD2 is known to confuse are treated as one ("sr" and "hr", "id" and "ms").
bool same_language(std::string_view a, std::string_view b);

struct Detection {
  std::string lang;  ///< "" when CLD2 gives no reliable answer
  int percent = 0;
  bool reliable = false;
};
/// CLD2 on plain text, with the declared language as hint (no script check: see detect_written).
Detection detect_language(std::string_view text, std::string_view hint);

struct ScriptUse {
  std::string script;       ///< ICU short name of the main script ("Deva", "Latn"), "" when no letters
  std::string name;         ///< long name ("Devanagari")
  std::size_t letters = 0;  ///< letters in scripts (Common and Inherited excluded)
  std::size_t in_main = 0;  ///< of which in the main script
  std::size_t han = 0, kana = 0, hangul = 0;                ///< CJK letters: ideographs, Hiragana and Katakana, Hangul
  std::vector<std::pair<std::string, std::size_t>> counts;  ///< letters per script (ICU short name)
  /// Han, kana and Hangul letters.
  std::size_t cjk() const { return han + kana + hangul; }
  /// Letters in the scripts language lang is written in.
  std::size_t in_scripts_of(std::string_view lang) const;
  /// Percent of the letters that are CJK, a CJK character weighing as two letters (a word is one to three
  /// characters in CJK, four to eight letters elsewhere).
  int cjk_percent() const;
};
/// Counts letters by script; the main script is the one with most letters (CJK letters weigh two).
ScriptUse main_script(std::string_view text);
/// True when language lang is written in script (an ICU short name); true for unknown languages.
bool language_uses_script(std::string_view lang, std::string_view script);
/// A language written in that script when there is one obvious guess ("Deva" -> "hi"), or "".
std::string language_for_script(std::string_view script);
/// The language of a text in one script: CLD2's, when it reliably names a language that writes the script, else the
/// script's one obvious language (not for Arabic, Cyrillic, Devanagari or Latin, which many languages write), else "".
std::string language_in_script(std::string_view text, std::string_view script);
/// True for Chinese, Japanese and Korean.
bool is_cjk(std::string_view lang);
/// The language CJK letters settle by script alone: kana (two or more, a tenth of the Han and kana) means
/// Japanese, Hangul at least as many as Han and kana Korean, Han without kana Chinese; "" when there are none or
/// the signs are mixed (a single の in a Chinese title).
std::string cjk_language(const ScriptUse& s);
/// How a CJK language's letters are named in messages ("Japanese (kana and Han)").
std::string cjk_description(std::string_view lang);

/// The language a body of text is written in, script before statistics: when CJK letters make 70% or more of
/// it (weighted), the script decides (cjk_language); when a script that one language writes (Thai, Greek,
/// Hebrew, ...) makes 70% or more, it decides unless CLD2 reliably names another language of that script;
/// otherwise CLD2 decides within the main script (70% or more of the letters), on a reliable answer naming a
/// language that writes that script. percent: the share of the letters (script) or of the text (CLD2).
Detection detect_written(std::string_view text, std::string_view hint);
/// Distinct common words of lang in text (function words that other languages rarely write).
std::size_t native_words(std::string_view text, std::string_view lang);
/// True when there is a common-word list for lang.
bool knows_words(std::string_view lang);
/// True when there is a list of letters lang writes beyond a-z ("çêîşû" for Kurdish).
bool knows_letters(std::string_view lang);
/// True when text has a letter lang writes and other does not ("ä" for de against en).
bool has_letters_of(std::string_view text, std::string_view lang, std::string_view other);
/// Whitespace-separated words with at least one letter or digit ("·" and "|" are no words).
std::size_t word_count(std::string_view text);

}  // namespace seolint::text
