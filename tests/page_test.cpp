// Rendered HTML pages: what the reader takes from a whole document.
#include <catch2/catch.hpp>

#include "run.hpp"
#include "seolint/input.hpp"

using namespace seolint;

namespace {
struct Read {
  std::vector<Post> posts;
  std::vector<InputError> errors;
};

Read read_page_text(const std::string& html, const std::string& name = "p.html", ReadOptions options = {}) {
  auto src = std::make_shared<const Source>(name, name, html);
  Read r;
  read_input(
      src, options, true, [&](Post&& p) { r.posts.push_back(std::move(p)); },
      [&](InputError&& e) { r.errors.push_back(std::move(e)); });
  return r;
}

const std::string kHead = R"(<head><meta charset="utf-8"><title>Ein Titel - Site</title>
<link rel="canonical" href="https://x.de/de/a/"><meta property="og:locale" content="de_DE">
<script type="application/ld+json">{"@graph":[{"@type":"WebPage","@id":"https://x.de/a/#webpage"}]}</script></head>)";
}  // namespace

TEST_CASE("page: html lang is the real root's, never one in a conditional comment", "[page]") {
  auto r = read_page_text("<!DOCTYPE html>\n<!--[if IE 8]><html class=\"ie8\" lang=\"en\"><![endif]-->\n"
                          "<!--[if !IE]><!--><html lang=\"de-DE\"><!--<![endif]-->" +
                          kHead + "<body></body></html>");
  REQUIRE(r.posts.size() == 1);
  REQUIRE(r.posts[0].head.html_lang);
  CHECK(r.posts[0].head.html_lang->value == "de-DE");
  CHECK(r.posts[0].head.html_lang->loc.element == "html[lang]");
}

TEST_CASE("page: a stray second <html> in the body adds no lang", "[page]") {
  auto r = read_page_text("<html>" + kHead + "<body><article><html lang=\"en\"><p>Text</p></article></body></html>");
  REQUIRE(r.posts.size() == 1);
  CHECK_FALSE(r.posts[0].head.html_lang);
}

TEST_CASE("page: head values are located at the first character of the value", "[page]") {
  std::string html = "<html lang=\"de\">" + kHead + "<body></body></html>";
  auto r = read_page_text(html);
  const Post& p = r.posts.at(0);
  REQUIRE(p.head.canonicals.size() == 1);
  CHECK(html.substr(p.head.canonicals[0].loc.begin, 8) == "https://");
  CHECK(html.substr(p.head.title->loc.begin, 9) == "Ein Titel");
  auto page = p.page_node();
  REQUIRE(page);
  CHECK(p.head.jsonld.at(0).top->at("/@graph/0/@id")->text == "https://x.de/a/#webpage");
  CHECK(p.declared_language() == "de");
  CHECK_FALSE(p.link);
  CHECK(p.label() == "page https://x.de/de/a/");  // no URL given: the canonical stands in
}

TEST_CASE("page: the main text is <main> or the longest <article>, never the navigation", "[page]") {
  auto r = read_page_text("<html><body><nav>Home About Contact</nav><article>Short</article>"
                          "<article><p>The long article text.</p><aside>Related</aside></article>"
                          "<footer>Impressum</footer></body></html>");
  CHECK(r.posts.at(0).body_text() == "The long article text.");
  auto body = read_page_text(
      "<html><body><header>Logo</header><nav>Menu</nav><p>Body text</p>"
      "<form><label>Search</label><input></form><footer>Foot</footer><script>x()</script></body></html>");
  CHECK(body.posts.at(0).body_text() == "Body text");
}

TEST_CASE("page: body images keep src, srcset and alt (absent is not empty)", "[page]") {
  auto r =
      read_page_text("<html><body><img src=\"a.jpg\" alt=\"\"><img src=\"b.jpg\" srcset=\"b2.jpg 2x\"></body></html>");
  const auto& images = r.posts.at(0).images;
  REQUIRE(images.size() == 2);
  CHECK(images[0].alt->value.empty());
  CHECK_FALSE(images[1].alt);
  CHECK(images[1].srcset->value == "b2.jpg 2x");
}

TEST_CASE("page: its URL comes from --page-url, else a saved-from comment", "[page]") {
  std::string html = "<!-- saved from url=(0024)https://x.de/fr/page/ -->\n<html><head><title>T</title></head></html>";
  auto saved = read_page_text(html);
  REQUIRE(saved.posts.at(0).link);
  CHECK(saved.posts[0].link->value == "https://x.de/fr/page/");
  CHECK(saved.posts[0].declared_language() == "fr");
  ReadOptions o;
  o.page_url = "https://x.de/it/page/";
  CHECK(read_page_text(html, "p.html", o).posts.at(0).link->value == "https://x.de/it/page/");
}

TEST_CASE("page: a declared legacy charset is converted as browsers convert it", "[page]") {
  auto latin =
      read_page_text("<html><head><meta charset=\"windows-1252\"><title>Caf\xE9 \x96 Men\xFC</title></head></html>");
  REQUIRE(latin.errors.empty());
  CHECK(latin.posts.at(0).head.title->value == "Caf\xC3\xA9 \xE2\x80\x93 Men\xC3\xBC");
  CHECK_FALSE(latin.posts[0].encoding_problem);
  // ISO-8859-1 is read as windows-1252 (0x96 is a dash, not a C1 control), GB2312 as GBK.
  auto iso = read_page_text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                            "<title>A \x96 B</title></head></html>");
  CHECK(iso.posts.at(0).head.title->value == "A \xE2\x80\x93 B");
  auto gb = read_page_text("<html><head><meta charset=\"gb2312\"><title>\xD0\xC2\xCE\xC5</title></head></html>");
  CHECK(gb.posts.at(0).head.title->value == "\xE6\x96\xB0\xE9\x97\xBB");  // 新闻
  CHECK_FALSE(gb.posts[0].encoding_problem);
}

TEST_CASE("page: the charset is the head's <meta>, never a <script charset>, and may come after 1024 bytes", "[page]") {
  std::string padding = "<!-- " + std::string(1100, 'x') + " -->\n";
  auto r = read_page_text("<html><head><script src=\"a.js\" charset=\"utf-8\"></script>" + padding +
                          "<meta charset=\"iso-8859-2\"><title>Zag\xB3osowa\xB3</title></head><body></body></html>");
  REQUIRE(r.errors.empty());
  CHECK(r.posts.at(0).head.title->value == "Zag\xC5\x82osowa\xC5\x82");  // Zagłosował
  CHECK_FALSE(r.posts[0].encoding_problem);
  // A meta in the body after the first 1024 bytes is not the page's declaration: bytes that are not UTF-8 and no
  // declaration mean windows-1252.
  auto body = read_page_text("<html><head><title>Caf\xE9</title></head><body>" + padding +
                             "<meta charset=\"iso-8859-2\"></body></html>");
  CHECK(body.posts.at(0).head.title->value == "Caf\xC3\xA9");
}

TEST_CASE("page: invalid UTF-8 under a UTF-8 declaration is read as U+FFFD and reported, not refused", "[page]") {
  std::string html = "<html><head><meta charset=\"utf-8\">\n<title>Caf\xE9 \xE2\x80 ok \xC3\xA9</title></head></html>";
  auto bad = read_page_text(html);
  REQUIRE(bad.errors.empty());
  const Post& p = bad.posts.at(0);
  CHECK(p.head.title->value == "Caf\xEF\xBF\xBD \xEF\xBF\xBD ok \xC3\xA9");  // a cut sequence is one U+FFFD
  REQUIRE(p.encoding_problem);
  CHECK(p.encoding_problem->declared == "utf-8");
  CHECK(p.encoding_problem->invalid == 2);
  CHECK(p.source->position(p.encoding_problem->first.begin) == Position{2, 11});
  CHECK(html.substr(p.encoding_problem->declared_at.begin, 5) == "utf-8");
  // After the bad byte, locations are those of the decoded text: the title's end is still on line 2.
  CHECK(p.source->position(p.head.title->loc.end).line == 2);
  // A byte order mark declares UTF-8 too.
  auto bom = read_page_text("\xEF\xBB\xBF<html><head><meta charset=\"windows-1252\"><title>\xFF</title></head></html>");
  REQUIRE(bom.posts.at(0).encoding_problem);
  CHECK(bom.posts[0].encoding_problem->invalid == 1);
}

TEST_CASE("page: a legacy charset over valid UTF-8 is read as UTF-8 and reported", "[page]") {
  std::string html = "<html><head><meta charset=\"Shift_JIS\">\n<title>Notes \xE6\x96\xB0</title></head></html>";
  auto r = read_page_text(html);
  REQUIRE(r.errors.empty());
  const Post& p = r.posts.at(0);
  CHECK(p.head.title->value == "Notes \xE6\x96\xB0");
  REQUIRE(p.encoding_problem);
  CHECK(p.encoding_problem->declared == "shift_jis");
  CHECK(p.encoding_problem->invalid == 0);
  CHECK(p.source->position(p.encoding_problem->first.begin) == Position{2, 14});
  // Plain ASCII is the same in every legacy charset: nothing to report.
  auto ascii = read_page_text("<html><head><meta charset=\"Shift_JIS\"><title>Notes</title></head></html>");
  CHECK_FALSE(ascii.posts.at(0).encoding_problem);
}

TEST_CASE("page: JSON-LD inside a CDATA or comment wrapper is read, at the file's positions", "[page]") {
  std::string html = "<html><head><script type=\"application/ld+json\">//<![CDATA[\n"
                     "{\"@type\":\"WebPage\",\"@id\":\"https://x.de/a/\"}\n//]]></script>"
                     "<script type=\"application/ld+json\"><!-- {\"@type\":\"Thing\"} --></script>"
                     "<script type=\"application/ld+json\">/* <![CDATA[ */ [{\"@type\":\"Thing\"}] /* ]]> */</script>"
                     "<script type=\"application/ld+json\">{\"@type\":\"Thing\"}</script></head></html>";
  auto r = read_page_text(html);
  const auto& docs = r.posts.at(0).head.jsonld;
  REQUIRE(docs.size() == 4);
  for (const auto& d : docs) CHECK(d.parsed);
  const json::Value* id = docs[0].top->at("/@id");
  REQUIRE(id);
  CHECK(html.substr(id->begin, 15) == "https://x.de/a/");
  REQUIRE(docs[0].wrapper);
  CHECK(docs[0].wrapper->value == "<![CDATA[ \xE2\x80\xA6 ]]>");
  CHECK(html.substr(docs[0].wrapper->loc.begin, 11) == "//<![CDATA[");
  CHECK(docs[1].wrapper->value == "<!-- \xE2\x80\xA6 -->");
  CHECK(docs[2].wrapper->value == "<![CDATA[ \xE2\x80\xA6 ]]>");
  CHECK_FALSE(docs[3].wrapper);
}

TEST_CASE("page: content decides the reader when the name lies", "[page]") {
  CHECK(read_page_text("<html><head><title>T</title></head></html>", "page.json").posts.at(0).head.known);
  auto json = read_page_text(R"({"id": 3, "title": {"rendered": "T"}})", "post.html");
  REQUIRE(json.posts.size() == 1);
  CHECK(json.posts[0].id == "3");
}
