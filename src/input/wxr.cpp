// WordPress export files (WXR 1.0-1.2: RSS with the wp: namespace) into the Post model.
#include <pugixml.hpp>

#include <map>

#include "input/stream.hpp"
#include "model/post_builder.hpp"
#include "seolint/input.hpp"
#include "engine/suppress.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
// Items that are not posts: attachments feed the posts that use them; menus and revisions are structure.
constexpr std::string_view kNotPosts[] = {"attachment",  "nav_menu_item",    "revision",         "customize_changeset",
                                          "custom_css",  "oembed_cache",     "user_request",     "wp_block",
                                          "wp_template", "wp_template_part", "wp_global_styles", "wp_navigation"};

// Yoast SEO's post meta keys and where they go.
constexpr std::pair<std::string_view, std::optional<Text> YoastMeta::*> kYoastMeta[] = {
    {"_yoast_wpseo_title", &YoastMeta::title},
    {"_yoast_wpseo_metadesc", &YoastMeta::metadesc},
    {"_yoast_wpseo_canonical", &YoastMeta::canonical},
    {"_yoast_wpseo_opengraph-image", &YoastMeta::og_image},
    {"_yoast_wpseo_twitter-image", &YoastMeta::twitter_image},
    {"_yoast_wpseo_meta-robots-noindex", &YoastMeta::noindex},
    {"_yoast_wpseo_focuskw", &YoastMeta::focuskw},
};

struct Image {
  std::optional<Text> url, alt;
};

/// The element's text (PCDATA and CDATA parts together), located at its first character.
std::optional<Text> text_of(pugi::xml_node n, const std::string& pointer, bool decode = false) {
  if (!n) return std::nullopt;
  std::string value;
  std::uint64_t begin = 0;
  bool first = true;
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_pcdata && c.type() != pugi::node_cdata) continue;
    if (first) begin = c.offset_debug(), first = false;
    value += c.value();
  }
  if (first) begin = n.offset_debug();
  std::string shown = decode ? text::collapse_space(text::decode_entities(value)) : value;
  return Text{shown, value, Loc{begin, begin + value.size(), pointer, ""}};
}

/// The wp:postmeta value for key, or nothing.
std::optional<Text> meta(pugi::xml_node item, std::string_view key, const std::string& pointer) {
  for (pugi::xml_node m : item.children("wp:postmeta"))
    if (key == m.child_value("wp:meta_key"))
      return text_of(m.child("wp:meta_value"), pointer + "/wp:postmeta[" + std::string(key) + "]/wp:meta_value");
  return std::nullopt;
}

bool is_post(std::string_view type) {
  for (auto t : kNotPosts)
    if (t == type) return false;
  return true;
}

std::map<std::string, Image> attachments(pugi::xml_node channel) {
  std::map<std::string, Image> out;
  for (pugi::xml_node item : channel.children("item")) {
    if (std::string_view(item.child_value("wp:post_type")) != "attachment") continue;
    std::string pointer = "/rss/channel/item[wp:post_id=" + std::string(item.child_value("wp:post_id")) + "]";
    out[item.child_value("wp:post_id")] = {text_of(item.child("wp:attachment_url"), pointer + "/wp:attachment_url"),
                                           meta(item, "_wp_attachment_image_alt", pointer)};
  }
  return out;
}

void read_terms(pugi::xml_node item, const std::string& pointer, Post& p) {
  for (pugi::xml_node c : item.children("category")) {
    std::string domain = c.attribute("domain").value();
    auto t = text_of(c, pointer + "/category[@domain=" + domain + "]", true);
    if (!t) continue;
    if (domain == "category") p.categories.push_back(*t);
    else if (domain == "post_tag") p.tags.push_back(*t);
    else if (domain == "language") p.polylang_lang = Text{c.attribute("nicename").value(), t->raw, t->loc};  // Polylang
  }
}

Post make_post(const std::shared_ptr<const Source>& src, pugi::xml_node item, std::size_t index,
               const std::map<std::string, Image>& images, const ReadOptions& options) {
  Post p(options.site);
  PostBuilder::mark_export(p);
  p.source = src;
  p.pointer = "/rss/channel/item[" + std::to_string(index) + "]";
  p.begin = item.offset_debug();
  p.id = item.child_value("wp:post_id");
  p.slug = item.child_value("wp:post_name");
  p.type = item.child_value("wp:post_type");
  p.status = item.child_value("wp:status");
  p.link = text_of(item.child("link"), "/link");
  p.guid = text_of(item.child("guid"), "/guid");
  p.title_rendered = text_of(item.child("title"), "/title", true);
  p.content_html = text_of(item.child("content:encoded"), "/content:encoded");
  if (p.content_html)  // CDATA as exported: its text is the file's bytes
    p.directives = find_directives(p.content_html->value, json::OffsetMap::identity(p.content_html->loc.begin),
                                   "/content:encoded");
  p.excerpt = text_of(item.child("excerpt:encoded"), "/excerpt:encoded");
  p.date = text_of(item.child("wp:post_date"), "/wp:post_date");
  p.date_gmt = text_of(item.child("wp:post_date_gmt"), "/wp:post_date_gmt");
  p.modified = text_of(item.child("wp:post_modified"), "/wp:post_modified");
  p.modified_gmt = text_of(item.child("wp:post_modified_gmt"), "/wp:post_modified_gmt");
  read_terms(item, "", p);
  for (auto [key, field] : kYoastMeta) p.yoast.*field = meta(item, key, "");
  p.canonical_is_link = true;  // Yoast's default canonical is the permalink
  auto thumb = meta(item, "_thumbnail_id", "");
  p.featured = thumb && thumb->value != "0" && !thumb->value.empty() ? Featured::Set : Featured::None;
  p.featured_field = "_thumbnail_id";
  p.featured_loc = thumb ? thumb->loc : Loc{p.begin, p.begin + 4, "", "item"};
  if (auto it = thumb ? images.find(thumb->value) : images.end(); it != images.end())
    p.featured_url = it->second.url, p.featured_alt = it->second.alt;
  return p;
}
}  // namespace

bool looks_like_wxr(std::string_view data) {
  std::string_view head = data.substr(0, 8192);
  return head.find("<rss") != std::string_view::npos && head.find("wordpress.org/export/") != std::string_view::npos;
}

void read_wxr(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
              const PostSink& on_post, const ErrorSink& on_error) {
  const std::string& data = source->data();
  if (std::size_t bad = text::find_invalid_utf8(data); bad != std::string::npos)  // pugixml would pass it on
    return on_error({source->display(), source->position(bad), "invalid UTF-8 (WordPress exports are UTF-8)"});
  pugi::xml_document doc;
  pugi::xml_parse_result res = doc.load_buffer(data.data(), data.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!res)  // the tree holds what came before the error: those posts are still linted
    on_error({source->display(), source->position(res.offset), std::string("XML error: ") + res.description()});
  pugi::xml_node channel = doc.child("rss").child("channel");
  if (!channel) {
    if (res) on_error({source->display(), {1, 1}, "not a WordPress export: no <rss><channel>"});
    return;
  }
  auto images = attachments(channel);
  std::size_t index = 0, posts = 0;
  for (pugi::xml_node item : channel.children("item")) {
    ++index;
    if (!is_post(item.child_value("wp:post_type"))) continue;
    // The item the parser stopped in is cut short: it is not a post to judge.
    bool cut = !res && !item.next_sibling() && !item.child("wp:post_type");
    if (cut) continue;
    ++posts;
    Post p = make_post(source, item, index, images, options);
    guard_body(p, options, on_error);
    on_post(std::move(p));
  }
  if (posts == 0 && explicit_path && res)
    on_error(
        {source->display(),
         {1, 1},
         "holds no post: a WordPress export with " + std::to_string(index) + " items and none of them a post or page"});
}

}  // namespace seolint
