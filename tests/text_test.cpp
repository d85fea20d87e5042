#include <catch2/catch.hpp>

#include "seolint/text/html.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/widths.hpp"

using namespace seolint::text;

TEST_CASE("html: the site name is stripped from a title whatever its case", "[html]") {
  CHECK(seolint::text::strip_site_name("Herbst in Berlin | STERN.de", {"stern.de"}) == "Herbst in Berlin");
  CHECK(seolint::text::strip_site_name("Herbst in Berlin – Stern", {"stern.de"}) == "Herbst in Berlin – Stern");
  CHECK(seolint::text::strip_site_name("stern.de", {"stern.de"}) == "stern.de");  // nothing left: kept
}

TEST_CASE("url: references resolve against the page as a browser resolves them", "[url]") {
  const std::string page = "https://news.example/world/story/";
  CHECK(resolve_url(page, "#webpage") == std::optional<std::string>(page + "#webpage"));
  CHECK(resolve_url(page, "/about/") == std::optional<std::string>("https://news.example/about/"));
  CHECK(resolve_url(page, "//cdn.example/a.jpg") == std::optional<std::string>("https://cdn.example/a.jpg"));
  CHECK(resolve_url(page, "../index.html") == std::optional<std::string>("https://news.example/world/index.html"));
  CHECK(resolve_url(page, "http://other.example/x") == std::optional<std::string>("http://other.example/x"));
  CHECK(resolve_url(page, "/a b\"c") == std::optional<std::string>("https://news.example/a%20b%22c"));
  CHECK_FALSE(resolve_url("index.html", "#x"));  // no absolute base
  CHECK_FALSE(resolve_url("ftp://files.example/", "a"));
}

TEST_CASE("url: normalisation makes equal URLs equal", "[url]") {
  CHECK(normalize_url("HTTPS://Example.COM:443/a%2fb") == normalize_url("https://example.com/a%2Fb"));
  CHECK(normalize_url("http://example.com") == std::optional<std::string>("http://example.com/"));
  CHECK(normalize_url("https://x.org/quiz/\xE0\xA4\xAC/") == normalize_url("https://x.org/quiz/%e0%a4%ac/"));
  CHECK(normalize_url("https://x.org/%7Euser") == normalize_url("https://x.org/~user"));
  CHECK_FALSE(normalize_url("not a url"));
}

TEST_CASE("url: differences are classified", "[url]") {
  auto lp = compare_urls("https://h.org/fr/a/", "https://h.org/a/");
  CHECK(lp.diff == UrlDiff::LanguagePrefix);
  CHECK(lp.prefix == "/fr/");
  CHECK(lp.prefix_on_first);
  CHECK(compare_urls("https://h.org/a/", "https://h.org/pt-br/a/").diff == UrlDiff::LanguagePrefix);
  CHECK(compare_urls("http://h.org/a/", "https://h.org/a/").diff == UrlDiff::SchemeOrHost);
  CHECK(compare_urls("https://www.h.org/a/", "https://h.org/a/").diff == UrlDiff::SchemeOrHost);
  CHECK(compare_urls("https://h.org/a", "https://h.org/a/").diff == UrlDiff::TrailingSlash);
  CHECK(compare_urls("https://h.org/a/", "https://h.org/b/").diff == UrlDiff::OtherPage);
  CHECK(compare_urls("https://h.org/us/a/", "https://h.org/a/").diff == UrlDiff::OtherPage);  // "us" is no language
  CHECK(compare_urls("https://H.org:443/a/", "https://h.org/a/").diff == UrlDiff::Same);
}

TEST_CASE("language: tags fold to their language", "[language]") {
  CHECK(language_of("fr_FR") == "fr");
  CHECK(language_of("fr-FR") == "fr");
  CHECK(language_of("FR") == "fr");
  CHECK(language_of("de-DE-formal") == "de");
  CHECK(language_of("iw") == "he");
  CHECK(language_of("xx") == "");
  CHECK(language_of("") == "");
  CHECK(url_language_prefix("https://h.org/fr/x/") == "fr");
  CHECK(url_language_prefix("https://h.org/pt-br/x/") == "pt");
  CHECK(url_language_prefix("https://h.org/zh-hans/x/") == "zh");
  CHECK(url_language_prefix("https://h.org/fr") == "");  // a page, not a folder
  CHECK(url_language_prefix("https://h.org/quiz/x/") == "");
  CHECK(url_language_prefix("https://h.org/nd/x/") == "");  // a news section, not North Ndebele
  CHECK(url_language_prefix("https://h.org/in/x/") == "");
  CHECK(language_name("fr") == "French");
}

TEST_CASE("language: a URL segment is a language prefix only as a well-formed tag", "[language]") {
  CHECK(url_language_prefix("https://www.h.com/el-pais/x/") == "");  // "pais" is no region or script: not Greek
  CHECK(url_language_prefix("https://h.org/de-abcd/x/") == "");      // four letters that are no known script
  CHECK(url_language_prefix("https://h.org/es-ciudad/x/") == "");
  CHECK(url_language_prefix("https://h.org/en-zz/x/") == "");  // no such region
  CHECK(url_language_prefix("https://h.org/es-419/x/") == "es");
  CHECK(url_language_prefix("https://h.org/zh-hant-tw/x/") == "zh");
  CHECK(url_language_prefix("https://h.org/zh-Hans/x/") == "zh");
  CHECK(url_language_prefix("https://h.org/sr-latn/x/") == "sr");
  CHECK(url_language_prefix("https://h.org/en-us/x/") == "en");
  CHECK(url_language_prefix("https://h.org/en-uk/x/") == "en");
  CHECK(url_language_prefix("https://h.org/fr-fr-fr/x/") == "");
}

TEST_CASE("language: zh, zh-TW, zh-Hant and zh-CN are one language", "[language]") {
  for (const char* tag : {"zh", "zh-TW", "zh_TW", "zh-Hant", "zh-CN", "zh_CN", "zh-Hans-CN"})
    CHECK(language_of(tag) == "zh");
  CHECK(same_language(language_of("zh-TW"), language_of("zh-Hans")));
}

TEST_CASE("language: scripts decide short titles", "[language]") {
  auto deva = main_script("\xE0\xA4\xAE\xE0\xA5\x88\xE0\xA4\x82 \xE0\xA4\xB9\xE0\xA5\x82\xE0\xA4\x82");
  CHECK(deva.script == "Deva");
  CHECK_FALSE(language_uses_script("en", "Deva"));
  CHECK(language_uses_script("hi", "Deva"));
  CHECK(language_uses_script("ja", "Hira"));
  CHECK_FALSE(language_uses_script("hi", "Latn"));
  CHECK(main_script("2024 !!").letters == 0);
}

TEST_CASE("language: script decides before statistics on CJK", "[language]") {
  // Traditional Chinese, no kana: Chinese, never Japanese (CLD2 alone has said Japanese on such text).
  const char* hant =
      "台南是一座很適合慢慢散步的城市，老街兩旁有許多歷史悠久的廟宇和小吃攤。建議大家早上出發，因為中午的太陽非常強烈，"
      "走久了很容易覺得疲倦。沿路可以先吃一碗熱騰騰的牛肉湯，再到附近的咖啡廳休息一下。下午的時候，巷子裡的老房子會灑下"
      "溫暖的光線，很適合拍照留念。";
  CHECK(detect_written(hant, "ja").lang == "zh");
  CHECK(detect_written(hant, "zh").lang == "zh");
  CHECK(detect_written("室内植物不仅能让房间看起来更有生气，还能帮助我们放松心情。不过，很多人买回植物以后，不知道应该"
                       "多久浇一次水。",
                       "")
            .lang == "zh");
  // Kana means Japanese, even beside a Latin brand name and with Han.
  const char* ja =
      "iPhone 15 Proのカメラは、暗い場所でも明るく撮影できるのが魅力です。夜景を撮るときは、まずカメラアプリを開いて、"
      "ナイトモードが自動でオンになっているか確認しましょう。";
  CHECK(detect_written(ja, "zh").lang == "ja");
  CHECK(detect_written(
            "한강 자전거 도로는 서울 시민들이 가장 사랑하는 산책 코스 중 하나입니다. 여의도에서 출발하면 강을 따라 "
            "시원한 바람을 맞으며 천천히 달릴 수 있습니다.",
            "ja")
            .lang == "ko");
  // Thai, Greek: one script, one language, whatever CLD2 says.
  CHECK(detect_written("ทุเรียนเป็นผลไม้ที่หลายคนชื่นชอบ แต่การเลือกลูกที่สุกพอดีไม่ใช่เรื่องง่าย ก่อนซื้อควรดมกลิ่นที่ขั้วของผล", "en").lang ==
        "th");
  CHECK(
      detect_written("Η σπανακόπιτα είναι ένα από τα πιο αγαπημένα φαγητά της ελληνικής κουζίνας και φτιάχνεται εύκολα "
                     "στο σπίτι. Πρώτα πλένετε καλά το σπανάκι και το αφήνετε να στραγγίξει για λίγη ώρα.",
                     "en")
          .lang == "el");
  // Half CJK, half Latin: no verdict rather than a guess.
  CHECK(detect_written("Release notes 2.4: the parser is faster and the cache is smaller. 解析器更快，缓存更小。", "en")
            .lang == "");
}

TEST_CASE("language: CJK thresholds count characters, not words", "[language]") {
  // Twelve Han characters are two "words" to a space-splitter, but plenty of evidence for a script.
  auto s = main_script("如何在家里照顾室内植物");
  CHECK(s.han == 11);
  CHECK(s.script == "Hani");
  CHECK(cjk_language(s) == "zh");
  CHECK(word_count("如何在家里照顾室内植物") == 1);
  // Kana: two or more, and a tenth of the Han and kana, mean Japanese; a lone の in a Chinese name does not.
  CHECK(cjk_language(main_script("初めての家庭菜園で失敗しないためのコツ")) == "ja");
  CHECK(cjk_language(main_script("台北の美食")) == "");
  CHECK(cjk_language(main_script("한강 자전거 코스")) == "ko");
  CHECK(cjk_language(main_script("Hello world")) == "");
  // A CJK letter weighs two: six Japanese characters against fourteen Latin letters are 12 of 26, 46%.
  CHECK(main_script("Nintendo Switch 発売日まとめ").cjk_percent() == 46);
}

TEST_CASE("language: Latin brand names inside CJK and other-script titles", "[language]") {
  auto ja = main_script("iPhone 15 Proのカメラで夜景をきれいに撮る方法");
  CHECK(ja.cjk() > 0);
  CHECK(cjk_language(ja) == "ja");  // a Japanese title, not "Latin script"
  auto ru = main_script("Обзор Samsung Galaxy S24 Ultra");
  CHECK(ru.script == "Latn");
  CHECK(ru.in_scripts_of("ru") == 5);  // the Russian word is what keeps it Russian
  CHECK(language_in_script("Как выбрать удобные ботинки для зимних прогулок", "Cyrl") == "ru");
  CHECK(language_in_script("Як приготувати справжній український борщ удома", "Cyrl") == "uk");
  CHECK(language_in_script("راهنمای سفر یک روزه به باغ ارم شیراز", "Arab") == "fa");
  CHECK(has_letters_of("راهنمای سفر یک روزه", "fa", "ar"));  // Persian keheh and yeh
  CHECK(has_letters_of("Як приготувати справжній борщ", "uk", "ru"));
  CHECK_FALSE(has_letters_of("Как выбрать удобные ботинки", "uk", "ru"));
  CHECK(word_count("Derek Jarman · The Garden") == 4);  // the dot is no word
  // CLD2 has called an English title Kurdish: Kurdish has letters of its own, and such a title has none.
  CHECK(knows_letters("ku"));
  CHECK_FALSE(has_letters_of("Best Smartphones Under 300 Dollars Reviewed", "ku", "de"));
  CHECK(has_letters_of("Cách nấu phở bò tại nhà", "vi", "en"));
}

TEST_CASE("language: CLD2 answers only when reliable", "[language]") {
  auto en = detect_language("Myofascial release therapy: Can it relieve back pain? It is a therapy technique often "
                            "used in massage, focused on pain from myofascial tissues.",
                            "fr");
  CHECK(en.lang == "en");
  CHECK(detect_language("Home", "fr").lang == "");  // one word is no answer, never "English"
  // The full tables (libcld2_full) are linked: the small ones call this Spanish title English.
  CHECK(detect_language("La importancia de un menú visualmente atractivo en la era digital", "es").lang != "en");
  CHECK(has_letters_of("Denkmäler in neuem Licht.", "de", "en"));
  CHECK_FALSE(has_letters_of("Las cartas digitales típicas", "en", "es"));
  CHECK_FALSE(has_letters_of("Café", "fr", "es"));  // é is Spanish too
  CHECK(native_words("The Captain's Quest 2017 – Contest auf schwimmender Miniramp am 19. August in Dormagen", "de") >=
        2);
}

TEST_CASE("html: entities decode once, text is collapsed", "[html]") {
  CHECK(decode_entities("Tom &amp; Jerry&#8217;s &raquo; caf&eacute;") ==
        "Tom & Jerry\xE2\x80\x99s \xC2\xBB caf\xC3\xA9");
  CHECK(decode_entities("&amp;#8211;") == "&#8211;");  // double-encoded stays visible once decoded
  CHECK(decode_entities("no entities") == "no entities");
  CHECK(html_text("<p>One&nbsp;two</p><script>var x;</script><p>three</p>") == "One two three");
}

TEST_CASE("widths: full-width characters are one em, columns count them twice", "[widths]") {
  CHECK(is_full_width(U'\u6F22'));  // Han
  CHECK(is_full_width(U'\u3042'));  // hiragana
  CHECK(is_full_width(U'\uAC00'));  // Hangul
  CHECK(is_full_width(U'\uFF21'));  // a full-width Latin A
  CHECK_FALSE(is_full_width(U'a'));
  CHECK_FALSE(is_full_width(U'\u0928'));                                              // Devanagari
  CHECK(text_width_px("\xE6\xBC\xA2\xE5\xAD\x97", 20) == std::optional<double>(40));  // two Han characters: 2 em
  CHECK(text_width_px("iii", 20) < text_width_px("WWW", 20));
  CHECK_FALSE(text_width_px("\xE0\xA4\xA8", 20));  // Liberation Sans has no Devanagari
  CHECK(display_columns("abc") == 3);
  CHECK(display_columns("\xE6\xBC\xA2\xE5\xAD\x97") == 4);
  CHECK(display_columns("\xE0\xA4\xA8\xE0\xA5\x8D") == 1);  // na + virama: the mark takes no column
}
