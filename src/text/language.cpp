#include "seolint/text/language.hpp"

#include <mutex>
#include <cstdio>  // compact_lang_det.h needs it first
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <map>
#include <set>

#include "seolint/text/utf8.hpp"

namespace CLD2 {
Language GetLanguageFromName(const char* src);
const char* LanguageCode(Language lang);
}  // namespace CLD2

namespace seolint::text {

namespace {
// ISO 639-1, two letters each.
constexpr std::string_view kIso6391 =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz "
    "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io "
    "is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr "
    "ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si "
    "sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh "
    "yi yo za zh zu";

// Two-letter path segments that are far more often words or abbreviations than rare languages' codes
// (/in/ India, /my/ account, /co/, /nd/ in falstaff.de's /nd/ news section): never a URL language prefix.
constexpr std::string_view kNotUrlLanguages = "am an as co ie ii ik in io my na nd ng nr oc om or so to";

// Script subtags a language tag in a URL may carry (ISO 15924): a known script, not any four letters ("pais").
constexpr std::string_view kTagScripts =
    "arab armn beng cyrl deva ethi geor grek gujr guru hang hani hans hant hebr hira jpan kana khmr knda kore laoo "
    "latn mlym mong mymr orya sinh taml telu thaa thai tibt";

// Old or alternative codes folded to one (CLD2 still writes iw, in, jw; nb, nn and no are one for detection).
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"iw", "he"}, {"in", "id"}, {"ji", "yi"}, {"jw", "jv"}, {"nb", "no"}, {"nn", "no"}, {"fil", "tl"}, {"mo", "ro"}};

// Languages CLD2 confuses with each other, even when it says it is reliable.
constexpr std::string_view kConfusable[] = {"bs hr sr", "id ms", "cs sk", "da no", "gl pt", "ru sr", "be uk", "ca es"};

// Scripts of languages not written (only) in Latin; every other language uses Latin.
constexpr std::pair<std::string_view, std::string_view> kScripts[] = {
    {"ab", "Cyrl"},           {"am", "Ethi"},      {"ar", "Arab"},      {"as", "Beng"},      {"az", "Latn Cyrl Arab"},
    {"ba", "Cyrl"},           {"be", "Cyrl"},      {"bg", "Cyrl"},      {"bn", "Beng"},      {"bo", "Tibt"},
    {"cv", "Cyrl"},           {"dv", "Thaa"},      {"dz", "Tibt"},      {"el", "Grek"},      {"fa", "Arab"},
    {"gu", "Gujr"},           {"he", "Hebr"},      {"hi", "Deva"},      {"hy", "Armn"},      {"iu", "Cans"},
    {"ja", "Hani Hira Kana"}, {"ka", "Geor"},      {"kk", "Cyrl Latn"}, {"km", "Khmr"},      {"kn", "Knda"},
    {"ko", "Hang Hani"},      {"ks", "Arab Deva"}, {"ku", "Latn Arab"}, {"ky", "Cyrl"},      {"lo", "Laoo"},
    {"mk", "Cyrl"},           {"ml", "Mlym"},      {"mn", "Cyrl Mong"}, {"mr", "Deva"},      {"my", "Mymr"},
    {"ne", "Deva"},           {"or", "Orya"},      {"os", "Cyrl"},      {"pa", "Guru Arab"}, {"ps", "Arab"},
    {"ru", "Cyrl"},           {"sa", "Deva"},      {"sd", "Arab"},      {"si", "Sinh"},      {"sr", "Cyrl Latn"},
    {"ta", "Taml"},           {"te", "Telu"},      {"tg", "Cyrl"},      {"th", "Thai"},      {"ti", "Ethi"},
    {"tt", "Cyrl"},           {"ug", "Arab"},      {"uk", "Cyrl"},      {"ur", "Arab"},      {"uz", "Latn Cyrl"},
    {"yi", "Hebr"},           {"zh", "Hani"}};

// The one likely language of a script, to name it in messages.
constexpr std::pair<std::string_view, std::string_view> kScriptLanguage[] = {
    {"Arab", "ar"}, {"Armn", "hy"}, {"Beng", "bn"}, {"Deva", "hi"}, {"Ethi", "am"}, {"Geor", "ka"},
    {"Grek", "el"}, {"Gujr", "gu"}, {"Guru", "pa"}, {"Hang", "ko"}, {"Hebr", "he"}, {"Hira", "ja"},
    {"Kana", "ja"}, {"Khmr", "km"}, {"Knda", "kn"}, {"Laoo", "lo"}, {"Mlym", "ml"}, {"Mymr", "my"},
    {"Orya", "or"}, {"Sinh", "si"}, {"Taml", "ta"}, {"Telu", "te"}, {"Thai", "th"}, {"Tibt", "bo"}};

// Common function words that other languages rarely write (English homographs left out).
constexpr std::pair<std::string_view, std::string_view> kNativeWords[] = {
    {"en", "the and of for with from this that your you our we how what why are is was to can it not will more"},
    {"de", "der die das und auf am im mit von zu für ist nicht ein eine einen den dem des bei nach über wie "
           "oder auch zum zur sich sind wird wir ihr"},
    {"fr", "le la les et des du une est pour dans sur avec pas que qui au aux ce ces sont vous nous comment "
           "votre peut"},
    {"es", "el la los las y de del en un una para con por que es su al como más pero sus este esta entre "
           "cuando muy sobre también hasta hay donde desde nos qué cómo tu"},
    {"it", "il lo la gli le e di del della per con che una sono come più anche questo questa nel nella"},
    {"pt", "o os as e do da dos das para com que uma não por mais como seu sua são em no na"},
    {"nl", "de het een en van voor met op dat niet zijn ook als bij naar wat hoe"},
    {"sk", "a je na sa v s z do že aj ako pre sú od po ale"},
    {"cs", "a je na se v s z do že jak pro jsou od po ale"},
    {"pl", "i w na z do że jest się nie jak dla od po ale"},
    {"ro", "și în cu pe la din de pentru este sau un o care mai"},
};

bool in_list(std::string_view list, std::string_view word) {
  std::size_t pos = 0;
  while (pos <= list.size()) {
    std::size_t sp = list.find(' ', pos);
    if (sp == std::string_view::npos) sp = list.size();
    if (list.substr(pos, sp - pos) == word) return true;
    pos = sp + 1;
  }
  return false;
}

template <std::size_t N>
std::string_view lookup(const std::pair<std::string_view, std::string_view> (&table)[N], std::string_view key) {
  for (auto& [k, v] : table)
    if (k == key) return v;
  return {};
}

// Letters beyond a-z that each language writes: a title with one that the declared language lacks
// is evidence for the language CLD2 names ("Denkmäler" is not English).
constexpr std::pair<std::string_view, std::string_view> kLetters[] = {
    {"cs", "áčďéěíňóřšťúůýž"},
    {"da", "æøå"},
    {"de", "äöüß"},
    {"es", "áéíñóúü"},
    {"fr", "àâæçéèêëîïôœùûüÿ"},
    {"hu", "áéíóöőúüű"},
    {"it", "àèéìíîòóùú"},
    {"nl", "ëïéèáó"},
    {"no", "æøå"},
    {"pl", "ąćęłńóśźż"},
    {"pt", "áâãàçéêíóôõú"},
    {"ro", "ăâîșțşţ"},
    {"sk", "áäčďéíĺľňóôŕšťúýž"},
    {"sv", "åäö"},
    {"tr", "çğıöşü"},
    {"ku", "çêîşû"},
    {"vi", "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"},
    {"az", "əğış"},
    {"lt", "ąčęėįšųūž"},
    {"lv", "āčēģīķļņšūž"},
    {"is", "áðéíóúýþæö"},
    {"hr", "čćđšž"},
    {"sl", "čšž"},
    {"ru", "ёыэъ"},
    {"uk", "ґєії"},
    {"be", "ёўыэі"},
    {"sr", "ђјљњћџ"},
    {"mk", "ѓѕјљњќџ"},
    {"ar", "ةى"},
    {"fa", "پچژگکی"},
    {"ur", "ٹڈڑںھےۓ"},
    {"en", ""}};

std::string fold(std::string code) {
  auto alias = lookup(kAliases, code);
  return alias.empty() ? code : std::string(alias);
}
}  // namespace

std::string language_of(std::string_view tag) {
  std::size_t cut = tag.find_first_of("-_");
  std::string primary = lower_ascii(tag.substr(0, cut));
  if (primary.size() == 2 && in_list(kIso6391, primary)) return fold(primary);
  if (!lookup(kAliases, primary).empty()) return fold(primary);
  return "";
}

namespace {
bool is_region(std::string_view sub) {
  if (sub.size() == 3) return std::all_of(sub.begin(), sub.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (sub.size() != 2) return false;
  static const std::set<std::string, std::less<>> regions = [] {
    std::set<std::string, std::less<>> out;
    for (const char* const* c = uloc_getISOCountries(); *c; ++c) out.insert(lower_ascii(*c));
    out.insert({"uk", "eu"});  // exceptionally reserved in ISO 3166, common in URLs (/en-uk/)
    return out;
  }();
  return regions.count(lower_ascii(sub)) > 0;
}

/// lang(-script)?(-region)?: "fr", "pt-br", "zh-hans", "zh-hant-tw", "es-419".
bool is_language_tag(std::string_view seg) {
  std::vector<std::string_view> subs;
  for (std::size_t pos = 0;;) {
    std::size_t dash = seg.find('-', pos);
    subs.push_back(seg.substr(pos, dash == std::string_view::npos ? dash : dash - pos));
    if (dash == std::string_view::npos) break;
    pos = dash + 1;
  }
  if (subs.size() > 3 || subs[0].size() != 2 || language_of(subs[0]).empty()) return false;
  for (char c : subs[0])
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  std::size_t i = 1;
  if (i < subs.size() && subs[i].size() == 4 && in_list(kTagScripts, lower_ascii(subs[i]))) ++i;
  if (i < subs.size() && is_region(subs[i])) ++i;
  return i == subs.size();
}
}  // namespace

std::string url_language_segment(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::size_t path = url.find('/', scheme + 3);
  if (path == std::string_view::npos) return "";
  std::size_t end = url.find_first_of("/?#", path + 1);
  if (end == std::string_view::npos || url[end] != '/') return "";  // a language prefix is a folder
  std::string_view seg = url.substr(path + 1, end - path - 1);
  if (!is_language_tag(seg) || in_list(kNotUrlLanguages, lower_ascii(seg.substr(0, 2)))) return "";
  return "/" + std::string(seg) + "/";
}

std::string url_language_prefix(std::string_view url) {
  std::string seg = url_language_segment(url);
  return seg.empty() ? "" : language_of(std::string_view(seg).substr(1, seg.size() - 2));
}

std::string language_name(std::string_view code) {
  // A few names, asked for again and again from every thread: looked up in ICU once each, one at a time
  // (ICU fills its display-name caches lazily).
  static std::mutex lock;
  static std::map<std::string, std::string, std::less<>> names;
  std::lock_guard guard(lock);
  if (auto it = names.find(code); it != names.end()) return it->second;
  icu::UnicodeString name;
  icu::Locale(std::string(code).c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return names.emplace(std::string(code), out.empty() ? std::string(code) : out).first->second;
}

bool same_language(std::string_view a, std::string_view b) {
  if (a == b) return true;
  for (std::string_view group : kConfusable)
    if (in_list(group, a) && in_list(group, b)) return true;
  return false;
}

Detection detect_language(std::string_view text, std::string_view hint) {
  std::string hint_code(hint);
  CLD2::CLDHints hints{hint_code.empty() ? nullptr : hint_code.c_str(), nullptr, CLD2::UNKNOWN_ENCODING,
                       hint_code.empty() ? CLD2::UNKNOWN_LANGUAGE : CLD2::GetLanguageFromName(hint_code.c_str())};
  CLD2::Language lang3[3];
  int percent3[3];
  double score3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language top = CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, &hints, 0,
                                                      lang3, percent3, score3, nullptr, &text_bytes, &reliable);
  Detection d;
  if (top == CLD2::UNKNOWN_LANGUAGE || !reliable) return d;
  d.lang = language_of(CLD2::LanguageCode(top));
  d.percent = percent3[0];
  d.reliable = !d.lang.empty();
  if (!d.reliable) d.lang.clear();
  return d;
}

namespace {
bool cjk_script(UScriptCode sc) {
  return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA || sc == USCRIPT_HANGUL;
}
}  // namespace

ScriptUse main_script(std::string_view text) {
  std::map<UScriptCode, std::size_t> counts;
  ScriptUse use;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (!u_isalpha(static_cast<UChar32>(cp))) continue;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(static_cast<UChar32>(cp), &err);
    if (U_FAILURE(err) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
    ++counts[sc];
    ++use.letters;
  }
  UScriptCode best = USCRIPT_INVALID_CODE;
  std::size_t best_weight = 0;
  for (auto [sc, n] : counts) {
    std::size_t weight = cjk_script(sc) ? 2 * n : n;
    if (weight > best_weight) best_weight = weight, use.in_main = n, best = sc;
    if (sc == USCRIPT_HAN) use.han = n;
    if (sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA) use.kana += n;
    if (sc == USCRIPT_HANGUL) use.hangul = n;
    use.counts.emplace_back(uscript_getShortName(sc), n);
  }
  if (best != USCRIPT_INVALID_CODE) {
    use.script = uscript_getShortName(best);
    use.name = uscript_getName(best);
  }
  return use;
}

std::size_t ScriptUse::in_scripts_of(std::string_view lang) const {
  std::size_t n = 0;
  for (const auto& [sc, count] : counts)
    if (language_uses_script(lang, sc)) n += count;
  return n;
}

int ScriptUse::cjk_percent() const {
  if (!letters) return 0;
  return static_cast<int>(200 * cjk() / (letters + cjk()));
}

bool language_uses_script(std::string_view lang, std::string_view script) {
  if (lang.empty() || script.empty()) return true;
  auto scripts = lookup(kScripts, lang);
  if (scripts.empty()) return script == "Latn";
  return in_list(scripts, script);
}

std::string language_for_script(std::string_view script) { return std::string(lookup(kScriptLanguage, script)); }

std::string language_in_script(std::string_view text, std::string_view script) {
  Detection d = detect_language(text, "");
  if (d.reliable && language_uses_script(d.lang, script) && !is_cjk(d.lang)) return d.lang;
  if (in_list("Arab Cyrl Deva Latn", script)) return "";
  return language_for_script(script);
}

bool is_cjk(std::string_view lang) { return lang == "zh" || lang == "ja" || lang == "ko"; }

std::string cjk_language(const ScriptUse& s) {
  if (s.kana >= 2 && s.kana * 10 >= s.han + s.kana) return "ja";
  if (s.hangul && s.hangul >= s.han + s.kana) return "ko";
  if (s.han && s.kana * 20 < s.han && !s.hangul) return "zh";
  return "";
}

std::string cjk_description(std::string_view lang) {
  if (lang == "ja") return "Japanese (kana and Han)";
  if (lang == "ko") return "Korean (Hangul script)";
  if (lang == "zh") return "Chinese (Han script, no kana)";
  return language_name(lang);
}

Detection detect_written(std::string_view text, std::string_view hint) {
  Detection d;
  ScriptUse s = main_script(text);
  if (!s.letters) return d;
  int cjk = s.cjk_percent();
  if (cjk >= 70) {
    d.lang = cjk_language(s);
    d.reliable = !d.lang.empty();
    d.percent = d.reliable ? cjk : 0;
    return d;
  }
  int in_main = static_cast<int>(100 * s.in_main / s.letters);
  if (cjk >= 30 || in_main < 70) return d;  // several scripts, none clearly the text's
  Detection cld = detect_language(text, hint);
  if (cld.reliable && cld.percent >= 70 && language_uses_script(cld.lang, s.script) && !is_cjk(cld.lang)) return cld;
  // CLD2 gave no answer, but the script alone proves the text is not in a declared language that does not write
  // it (Thai text under "en"); which language of the script it is stays a guess, so only then.
  if (hint.empty() || language_uses_script(hint, s.script)) return d;
  std::string guess = language_in_script(text, s.script);
  if (!guess.empty() && !is_cjk(guess)) d.lang = guess, d.percent = in_main, d.reliable = true;
  return d;
}

std::size_t word_count(std::string_view text) {
  std::size_t n = 0;
  bool counted = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    bool ws = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
    if (ws) {
      counted = false;
      continue;
    }
    if (!counted && u_isalnum(static_cast<UChar32>(cp))) ++n, counted = true;
  }
  return n;
}

bool knows_words(std::string_view lang) { return !lookup(kNativeWords, lang).empty(); }

bool knows_letters(std::string_view lang) { return !lookup(kLetters, lang).empty(); }

bool has_letters_of(std::string_view text, std::string_view lang, std::string_view other) {
  std::string_view mine = lookup(kLetters, lang), theirs = lookup(kLetters, other);
  if (mine.empty() || (theirs.empty() && other != "en")) return false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (cp < 0x80) continue;
    std::string letter;
    append_utf8(letter, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    if (mine.find(letter) != std::string_view::npos && theirs.find(letter) == std::string_view::npos) return true;
  }
  return false;
}

std::size_t native_words(std::string_view text, std::string_view lang) {
  std::string_view list = lookup(kNativeWords, lang);
  if (list.empty()) return 0;
  std::set<std::string> seen;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && in_list(list, word)) seen.insert(word);
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (u_isalpha(static_cast<UChar32>(cp)))
      append_utf8(word, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    else flush();
  }
  flush();
  return seen.size();
}

}  // namespace seolint::text
