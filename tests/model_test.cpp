#include <catch2/catch.hpp>

#include "seolint/input.hpp"

using namespace seolint;

namespace {
std::vector<Post> read_string(const std::string& text, std::vector<InputError>* errors = nullptr) {
  auto src = std::make_shared<const Source>("t.json", "t.json", text);
  std::vector<Post> posts;
  read_rest(
      src, {}, true, [&](Post&& p) { posts.push_back(std::move(p)); },
      [&](InputError&& e) {
        if (errors) errors->push_back(std::move(e));
      });
  return posts;
}
}  // namespace

TEST_CASE("model: yoast_head values are located in the file through the JSON escapes", "[model]") {
  std::string text =
      R"({"id":1,"yoast_head":"<title>Caf\u00e9 &amp; co<\/title>\n<link rel=\"canonical\" href=\"https:\/\/x.org\/a\/\" \/>"})";
  auto posts = read_string(text);
  REQUIRE(posts.size() == 1);
  const Post& p = posts[0];
  REQUIRE(p.head.title);
  CHECK(p.head.title->value == "Café & co");
  CHECK(text.substr(p.head.title->loc.begin, 3) == "Caf");
  REQUIRE(p.head.canonicals.size() == 1);
  CHECK(p.head.canonicals[0].value == "https://x.org/a/");
  CHECK(text.substr(p.head.canonicals[0].loc.begin, 8) == "https:\\/");
  CHECK(p.head.canonicals[0].loc.element == "link[rel=canonical]");
}

TEST_CASE("model: a REST post without yoast_head has an unknown head", "[model]") {
  auto posts = read_string(R"({"id": 4, "title": {"rendered": "A &#8211; B"}, "featured_media": 0})");
  REQUIRE(posts.size() == 1);
  CHECK_FALSE(posts[0].head.known);
  CHECK(posts[0].title_rendered->value == "A \xE2\x80\x93 B");
  CHECK(posts[0].featured == Featured::None);
}

TEST_CASE("model: wrongly typed fields are unknown, not errors", "[model]") {
  std::vector<InputError> errors;
  auto posts = read_string(R"({"id": "7", "title": null, "featured_media": "1133.webp", "yoast_head": 5,
                               "yoast_head_json": [], "link": {"x": 1}})",
                           &errors);
  REQUIRE(posts.size() == 1);
  CHECK(errors.empty());
  CHECK(posts[0].featured == Featured::Unknown);
  CHECK_FALSE(posts[0].title_rendered);
  CHECK_FALSE(posts[0].link);
  CHECK_FALSE(posts[0].head.known);
}

TEST_CASE("model: the page node is a top-level WebPage, never a breadcrumb item", "[model]") {
  std::string text = R"({"id": 1, "yoast_head_json": {"canonical": "https://x.org/b/", "schema": {"@graph": [
    {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "item": {"@type": "WebPage", "@id": "https://x.org/"}}]},
    {"@type": ["WebPage", "FAQPage"], "@id": "https://x.org/b/", "inLanguage": "de-DE"}]}}})";
  auto posts = read_string(text);
  auto page = posts.at(0).page_node();
  REQUIRE(page);
  CHECK(page->pointer == "/@graph/1");
  auto langs = posts[0].declared_languages();
  REQUIRE(langs.size() == 1);
  CHECK(langs[0].lang == "de");
  CHECK(langs[0].loc.pointer == "/yoast_head_json/schema/@graph/1/inLanguage");
}

TEST_CASE("model: several WebPage nodes, the one matching the canonical wins", "[model]") {
  std::string text = R"({"id": 1, "yoast_head_json": {"canonical": "https://x.org/b/", "schema": {"@graph": [
    {"@type": "WebPage", "@id": "https://x.org/"}, {"@type": "WebPage", "url": "https://x.org/b/"}]}}})";
  auto page = read_string(text).at(0).page_node();
  REQUIRE(page);
  CHECK(page->pointer == "/@graph/1");
}

TEST_CASE("model: several different canonicals are a conflict, not a canonical", "[model]") {
  auto posts = read_string(
      R"({"id":1,"yoast_head":"<link rel=\"canonical\" href=\"https:\/\/a.org\/\"><link rel=\"canonical\" href=\"https:\/\/b.org\/x\">"})");
  CHECK(posts.at(0).canonical_conflict());
  CHECK_FALSE(posts[0].canonical());
}

TEST_CASE("model: WPML and Polylang language fields are read", "[model]") {
  auto posts = read_string(R"([{"id": 1, "wpml_current_locale": "de_DE", "wpml_translations": [
      {"locale": "fr_FR", "id": 9, "href": "https://x.org/fr/a/"}]},
    {"id": 2, "lang": "pt-br", "translations": {"en": 3, "pt-br": 2}}])");
  REQUIRE(posts.size() == 2);
  CHECK(posts[0].wpml_locale->value == "de_DE");
  REQUIRE(posts[0].translations.size() == 1);
  CHECK(posts[0].translations[0].lang == "fr");
  CHECK(posts[0].translations[0].target == "https://x.org/fr/a/");
  CHECK(posts[0].translations[0].id == "9");  // the id beside the href: a translation is found by either
  CHECK(posts[1].declared_language() == "pt");
  REQUIRE(posts[1].translations.size() == 2);
  CHECK(posts[1].translations[0].lang == "en");
  CHECK(posts[1].translations[0].target == "3");
}
