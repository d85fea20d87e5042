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

TEST_CASE("page: a declared legacy charset is converted, invalid UTF-8 under UTF-8 is an error", "[page]") {
  auto latin =
      read_page_text("<html><head><meta charset=\"windows-1252\"><title>Caf\xE9 \x96 Men\xFC</title></head></html>");
  REQUIRE(latin.errors.empty());
  CHECK(latin.posts.at(0).head.title->value == "Caf\xC3\xA9 \xE2\x80\x93 Men\xC3\xBC");
  auto bad = read_page_text("<html><head><meta charset=\"utf-8\">\n<title>Caf\xE9</title></head></html>");
  CHECK(bad.posts.empty());
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].position.line == 2);
  CHECK(bad.errors[0].position.column == 11);
  CHECK(bad.errors[0].message.find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("page: content decides the reader when the name lies", "[page]") {
  CHECK(read_page_text("<html><head><title>T</title></head></html>", "page.json").posts.at(0).head.known);
  auto json = read_page_text(R"({"id": 3, "title": {"rendered": "T"}})", "post.html");
  REQUIRE(json.posts.size() == 1);
  CHECK(json.posts[0].id == "3");
}
