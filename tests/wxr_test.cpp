// WordPress exports (WXR) into the Post model.
#include <catch2/catch.hpp>

#include "seolint/input.hpp"

using namespace seolint;

namespace {
const std::string kExport = R"(<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <item>
    <title>bag.jpg</title>
    <wp:post_id>10</wp:post_id>
    <wp:post_type><![CDATA[attachment]]></wp:post_type>
    <wp:attachment_url><![CDATA[https://x.fr/wp-content/uploads/bag.jpg]]></wp:attachment_url>
    <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[Un sac]]></wp:meta_value></wp:postmeta>
  </item>
  <item>
    <title><![CDATA[Réparer un sac &#8211; guide]]></title>
    <link>https://x.fr/fr/reparer/</link>
    <wp:post_id>11</wp:post_id>
    <wp:post_name><![CDATA[reparer]]></wp:post_name>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <wp:status><![CDATA[draft]]></wp:status>
    <wp:post_date_gmt><![CDATA[2024-03-01 10:00:00]]></wp:post_date_gmt>
    <content:encoded><![CDATA[<p>Texte</p>]]></content:encoded>
    <category domain="category" nicename="soins"><![CDATA[Soins]]></category>
    <category domain="post_tag" nicename="cuir"><![CDATA[Cuir]]></category>
    <category domain="language" nicename="fr"><![CDATA[Français]]></category>
    <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>10</wp:meta_value></wp:postmeta>
    <wp:postmeta><wp:meta_key>_yoast_wpseo_title</wp:meta_key><wp:meta_value><![CDATA[%%title%% %%sep%% %%sitename%%]]></wp:meta_value></wp:postmeta>
    <wp:postmeta><wp:meta_key>_yoast_wpseo_metadesc</wp:meta_key><wp:meta_value><![CDATA[Comment réparer un sac.]]></wp:meta_value></wp:postmeta>
    <wp:postmeta><wp:meta_key>_yoast_wpseo_opengraph-image</wp:meta_key><wp:meta_value>https://x.fr/og.jpg</wp:meta_value></wp:postmeta>
  </item>
  <item>
    <title>Menu</title>
    <wp:post_id>12</wp:post_id>
    <wp:post_type>nav_menu_item</wp:post_type>
  </item>
  <item>
    <title>About</title>
    <link>https://x.fr/about/</link>
    <wp:post_id>13</wp:post_id>
    <wp:post_type>page</wp:post_type>
    <wp:postmeta><wp:meta_key>_yoast_wpseo_canonical</wp:meta_key><wp:meta_value>https://x.fr/a-propos/</wp:meta_value></wp:postmeta>
  </item>
</channel>
</rss>
)";

struct Read {
  std::vector<Post> posts;
  std::vector<InputError> errors;
};

Read read(const std::string& text, const std::string& name = "export.xml") {
  auto src = std::make_shared<const Source>(name, name, text);
  Read r;
  read_input(
      src, {}, true, [&](Post&& p) { r.posts.push_back(std::move(p)); },
      [&](InputError&& e) { r.errors.push_back(std::move(e)); });
  return r;
}
}  // namespace

TEST_CASE("wxr: posts and pages are read, attachments and menu items are not posts", "[wxr]") {
  auto r = read(kExport);
  REQUIRE(r.errors.empty());
  REQUIRE(r.posts.size() == 2);
  CHECK(r.posts[0].id == "11");
  CHECK(r.posts[1].type == "page");
  CHECK(r.posts[0].pointer == "/rss/channel/item[2]");
}

TEST_CASE("wxr: fields, terms and the featured image through its attachment", "[wxr]") {
  const Post p = read(kExport).posts.at(0);
  CHECK(p.title_rendered->value == "Réparer un sac \xE2\x80\x93 guide");
  CHECK(p.status == "draft");
  CHECK(p.slug == "reparer");
  CHECK(p.date_gmt->value == "2024-03-01 10:00:00");
  CHECK(p.categories.at(0).value == "Soins");
  CHECK(p.tags.at(0).value == "Cuir");
  CHECK(p.declared_language() == "fr");
  CHECK(p.featured == Featured::Set);
  CHECK(p.featured_url->value == "https://x.fr/wp-content/uploads/bag.jpg");
  CHECK(p.featured_alt->value == "Un sac");
  Position title = p.source->position(p.title_rendered->loc.begin);
  CHECK(title.line == 13);
  CHECK(title.column == 21);  // inside the CDATA section
}

TEST_CASE("wxr: Yoast meta, and absent meta meaning Yoast's default", "[wxr]") {
  auto r = read(kExport);
  const Post& post = r.posts.at(0);
  CHECK(post.yoast.title->value == "%%title%% %%sep%% %%sitename%%");
  CHECK(post.yoast.metadesc->value == "Comment réparer un sac.");
  CHECK(post.yoast.og_image->value == "https://x.fr/og.jpg");
  CHECK(post.canonical()->value == "https://x.fr/fr/reparer/");  // no Yoast canonical: the permalink
  CHECK(r.posts.at(1).canonical()->value == "https://x.fr/a-propos/");
  CHECK_FALSE(post.head.known);
}

TEST_CASE("wxr: malformed XML is an error at its line and column, posts before it are kept", "[wxr]") {
  std::string broken = kExport.substr(0, kExport.find("<item>\n    <title>Menu")) + "<item><title>x</item>";
  auto r = read(broken);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message.find("XML error") != std::string::npos);
  CHECK(r.errors[0].position.line == 29);
  CHECK(r.posts.size() == 1);
  auto none =
      read("<?xml version=\"1.0\"?><rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel></channel></rss>");
  REQUIRE(none.errors.size() == 1);
  CHECK(none.errors[0].message.find("holds no post") != std::string::npos);
}
