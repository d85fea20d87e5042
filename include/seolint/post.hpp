#pragma once
/// The one model every input produces and every rule reads.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "seolint/json.hpp"
#include "seolint/location.hpp"

namespace seolint {

/// A text value, decoded (entities resolved), with its raw form and location.
struct Text {
  std::string value;
  std::string raw;
  Loc loc;
};

/// One JSON-LD document: a `<script type=application/ld+json>` or `yoast_head_json.schema`.
struct JsonLd {
  std::shared_ptr<const json::Value> owner;  ///< keeps root alive
  const json::Value* root = nullptr;
  std::shared_ptr<const json::OffsetMap> map;  ///< value offsets to file offsets
  std::string pointer;  ///< JSON pointer of the document's container in the file
  std::string element;  ///< "script[type=application/ld+json]" when inside HTML, else ""
  bool parsed = true;   ///< false when the script did not parse (error kept in parse_error)
  std::string parse_error;
  /// The location of v, a value of this document, at inner pointer p.
  Loc loc(const json::Value& v, const std::string& p) const;
  /// The decoded text of string value v at inner pointer p.
  Text text(const json::Value& v, const std::string& p) const;
  /// Top-level nodes: the @graph items, the single node, or a top-level array's items.
  std::vector<std::pair<const json::Value*, std::string>> nodes() const;
};

/// A schema.org node and the document it belongs to.
struct SchemaNode {
  const json::Value* value = nullptr;
  const JsonLd* doc = nullptr;
  std::string pointer;  ///< inner pointer of the node ("/@graph/0")
  Loc loc(const json::Value& v, const std::string& sub) const { return doc->loc(v, pointer + sub); }
  Text text(const json::Value& v, const std::string& sub) const { return doc->text(v, pointer + sub); }
  /// True when @type is t or an array holding t.
  bool has_type(std::string_view t) const;
};

struct Meta {
  std::string key;  ///< lowercased name or property ("og:locale", "twitter:card")
  Text content;
};

struct Alternate {
  Text hreflang;
  Text href;
};

/// What an HTML head says: from `yoast_head` or a rendered page.
struct Head {
  bool known = false;  ///< false when the input cannot carry a head (REST without yoast_head)
  std::optional<Text> title;
  std::optional<Text> html_lang;
  std::vector<Meta> metas;
  std::vector<Text> canonicals;
  std::vector<Alternate> alternates;
  std::vector<JsonLd> jsonld;
  const Text* meta(std::string_view key) const;
};

enum class Featured { Unknown, None, Set };

/// A link to the same content in another language (WPML wpml_translations, Polylang translations).
struct Translation {
  std::string lang;    ///< language subtag ("fr")
  std::string locale;  ///< as written ("fr_FR", "fr")
  std::string target;  ///< the other post's id or URL
  Loc loc;
};

/// A declared-language signal: where a post says which language it is in.
struct LangSignal {
  std::string source;  ///< "yoast_head_json og_locale", "og:locale", "schema inLanguage", …
  std::string value;   ///< as written ("fr_FR")
  std::string lang;    ///< language subtag ("fr")
  Loc loc;
};

/// An image in the body (`<img>`), for the image rules.
struct Image {
  std::optional<Text> src, srcset, alt;  ///< alt absent is not alt="" (decorative)
  std::optional<Text> width, height;     ///< as written ("1" on a tracking pixel)
  Loc loc;                               ///< the <img> tag
};

/// Yoast SEO's post meta as a WordPress export carries it (_yoast_wpseo_*); absent means Yoast's default.
struct YoastMeta {
  std::optional<Text> title, metadesc, canonical, og_image, twitter_image, noindex, focuskw;
};

/// What CLD2 reliably detects in the body text, or nothing.
struct WrittenLanguage {
  std::string lang;  ///< "" when not reliable or too short
  int percent = 0;
  std::size_t chars = 0;
};

/// What the configuration says about the site the posts belong to.
struct SiteSettings {
  std::string language;                      ///< the default language, for posts that declare none
  std::vector<std::string> language_prefixes;  ///< URL prefixes that are languages ("fr", "pt-br"); empty: any ISO code
  std::vector<std::string> hosts;            ///< hosts that are one site (production and staging)
};

/// An in-content suppression, `<!-- seolint-disable RULE[, RULE2] -- reason -->`: those rules say nothing of the post.
struct Directive {
  std::vector<Text> rules;  ///< "rule", "rule/message" or "all" (no rule named: "all"), each at its place
  std::string reason;       ///< after " -- ", "" when none is given
  Loc loc;                  ///< the word seolint-disable
};

/// Where a post came from: it decides which fields can be known at all.
enum class InputKind { Rest, Page, Wxr };

struct Post {
  InputKind kind = InputKind::Rest;
  std::shared_ptr<const Source> source;
  std::shared_ptr<const SiteSettings> site;  ///< set by the engine's caller from the configuration, or null
  std::shared_ptr<const json::Value> root;  ///< the post's JSON object (REST), or null
  std::string pointer;                      ///< JSON pointer of the post in its file ("" or "/3")
  std::uint64_t begin = 0;                  ///< offset of the post in its file
  std::string id, slug, type, status;
  std::optional<Text> link;
  std::optional<Text> title_rendered;
  std::optional<Text> title_raw;
  std::optional<Text> content_html;
  std::optional<Text> excerpt, guid;
  std::optional<Text> date, date_gmt, modified, modified_gmt;  ///< as written (local time, UTC)
  std::vector<Text> categories, tags;
  YoastMeta yoast;                  ///< WXR exports
  bool canonical_is_link = false;   ///< WXR: no _yoast_wpseo_canonical means the permalink
  Featured featured = Featured::Unknown;
  Loc featured_loc;
  std::optional<Text> featured_url, featured_alt;
  std::optional<Text> wpml_locale, polylang_lang;
  std::vector<Translation> translations;
  std::vector<Image> images;  ///< body images of a rendered page
  std::vector<Directive> directives;  ///< seolint-disable comments in its content (a page: anywhere)
  Head head;
  const json::Value* head_json = nullptr;  ///< `yoast_head_json`, or null
  std::optional<JsonLd> head_json_schema;

  /// A decoded string field of yoast_head_json, or nothing.
  std::optional<Text> head_json_text(std::string_view key) const;
  /// The SEO title: yoast_head_json.title when present, else the head's <title>.
  std::optional<Text> seo_title() const;
  /// The meta description: yoast_head_json.description when not empty, else the head's first one.
  std::optional<Text> meta_description() const;
  /// The one canonical (yoast_head_json first); nothing when absent or conflicting.
  std::optional<Text> canonical() const;
  /// True when the head carries several different canonicals.
  bool canonical_conflict() const;
  /// Primary JSON-LD documents (yoast_head_json.schema if present, else the head's scripts).
  std::vector<const JsonLd*> schema_docs() const;
  /// The other copy of the schema, for related locations.
  std::vector<const JsonLd*> schema_copies() const;
  /// The page's own WebPage node (DESIGN: "the page's own schema node").
  std::optional<SchemaNode> page_node() const;
  /// Site names to strip from titles (og:site_name, WebSite name).
  std::vector<std::string> site_names() const;
  /// Declared-language signals in reporting order (computed once: set site before asking).
  const std::vector<LangSignal>& declared_languages() const;
  /// The first declared language, else the site's configured default, or "".
  std::string declared_language() const;
  /// True when two hosts are one site: equal but for "www.", or both listed in the site's hosts.
  bool same_site(const std::string& host_a, const std::string& host_b) const;
  /// The URL the post is served at: its link, else og:url, else the canonical; what it came from.
  std::optional<Text> page_url(std::string* which = nullptr) const;
  /// The body's visible text (computed once).
  const std::string& body_text() const;
  /// For inputs that extract their main text themselves (rendered pages).
  void set_body_text(std::string text) { body_text_ = std::move(text); }
  /// The body's written language (computed once).
  const WrittenLanguage& written_language(std::size_t min_chars) const;
  /// "post 50288 slug" for headers.
  std::string label() const;
  /// Stable identity for fingerprints: host/id, else canonical, else file#pointer.
  std::string identity() const;
  /// Location of the post object itself.
  Loc loc() const { return {begin, begin + 1, pointer, ""}; }

 private:
  std::optional<SchemaNode> find_page_node() const;
  /// A URL's language segment ("/fr/") counts unless the configuration lists other prefixes.
  bool configured_prefix(const std::string& segment) const;

  mutable std::optional<std::string> body_text_;
  mutable std::optional<std::vector<LangSignal>> declared_;
  /// page_node()'s answer; it points into this post, so a copy or a move starts without it.
  struct NodeCache {
    std::optional<std::optional<SchemaNode>> node;
    NodeCache() = default;
    NodeCache(const NodeCache&) {}
    NodeCache& operator=(const NodeCache&) { return node.reset(), *this; }
  };
  mutable NodeCache page_node_;
  mutable std::vector<std::pair<std::string, std::optional<Text>>> head_json_texts_;  ///< head_json_text's answers
  mutable std::optional<WrittenLanguage> written_;
  mutable std::size_t written_min_chars_ = 0;
};

}  // namespace seolint
