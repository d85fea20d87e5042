#pragma once
/// Language tags, scripts and detection (CLD2 within a script, ICU for scripts).
#include <cstddef>
#include <string>
#include <string_view>

namespace seolint::text {

/// The language subtag of a locale or language tag ("fr_FR", "fr-FR", "FR" -> "fr"), aliases folded
/// ("iw" -> "he", "nb" -> "no"); "" when it is not a known ISO 639-1 language.
std::string language_of(std::string_view tag);
/// The language a URL's first path segment names ("/fr/", "/pt-br/", "/zh-hans/"), or "".
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
/// CLD2 on plain text, with the declared language as hint.
Detection detect_language(std::string_view text, std::string_view hint);

struct ScriptUse {
  std::string script;       ///< ICU short name of the main script ("Deva", "Latn"), "" when no letters
  std::string name;         ///< long name ("Devanagari")
  std::size_t letters = 0;  ///< letters in scripts (Common and Inherited excluded)
  std::size_t in_main = 0;  ///< of which in the main script
};
/// Counts letters by script.
ScriptUse main_script(std::string_view text);
/// True when language lang is written in script (an ICU short name); true for unknown languages.
bool language_uses_script(std::string_view lang, std::string_view script);
/// A language written in that script when there is one obvious guess ("Deva" -> "hi"), or "".
std::string language_for_script(std::string_view script);
/// Distinct common words of lang in text (function words that other languages rarely write).
std::size_t native_words(std::string_view text, std::string_view lang);
/// True when there is a common-word list for lang.
bool knows_words(std::string_view lang);
/// True when text has a letter lang writes and other does not ("ä" for de against en).
bool has_letters_of(std::string_view text, std::string_view lang, std::string_view other);
/// Whitespace-separated words.
std::size_t word_count(std::string_view text);

}  // namespace seolint::text
