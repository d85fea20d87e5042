#pragma once
/// The one model every input produces and every rule reads.
#include <initializer_list>
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

struct SchemaNode;

/// One JSON-LD document: a `<script type=application/ld+json>` or `yoast_head_json.schema`.
struct JsonLd {
  std::shared_ptr<const json::Value> owner;  ///< keeps root alive
  const json::Value* top = nullptr;
  std::shared_ptr<const json::OffsetMap> map;  ///< value offsets to file offsets
  std::string pointer;                         ///< JSON pointer of the document's container in the file
  std::string element;                         ///< "script[type=application/ld+json]" when inside HTML, else ""
  bool parsed = true;                          ///< false when the script did not parse (error kept in parse_error)
  std::string parse_error;
  std::optional<Text> wrapper;  ///< a `<![CDATA[ … ]]>` or `<!-- … -->` around the JSON, read through; at its opening
  /// The location of v, a value of this document, at inner pointer p.
  Loc loc(const json::Value& v, const std::string& p) const;
  /// The decoded text of string value v at inner pointer p.
  Text text(const json::Value& v, const std::string& p) const;
  /// Top-level nodes: the @graph items, the single node, or a top-level array's items.
  std::vector<std::pair<const json::Value*, std::string>> nodes() const;
  /// The value at the same place as n (of another copy of this document), or nothing.
  std::optional<SchemaNode> same_place(const SchemaNode& n) const;
};

/// A located value of a JSON document the post carries (a JSON-LD node, yoast_head_json): what rules walk,
/// never building JSON pointers themselves.
struct SchemaNode {
  const json::Value* value = nullptr;
  const JsonLd* doc = nullptr;
  std::string pointer;  ///< inner pointer of the node ("/@graph/0")
  Loc loc(const json::Value& v, const std::string& sub) const { return doc->loc(v, pointer + sub); }
  Text text(const json::Value& v, const std::string& sub) const { return doc->text(v, pointer + sub); }
  /// The value's own place, and its decoded text (a string decoded, a number as written).
  Loc loc() const { return doc->loc(*value, pointer); }
  Text text() const { return doc->text(*value, pointer); }
  /// The member key's value, located; nothing when absent (or when this is not an object).
  std::optional<SchemaNode> member(std::string_view key) const;
  /// The member's value when it is a string.
  std::optional<SchemaNode> string_member(std::string_view key) const;
  /// Item i of an array, located (the caller checks the bounds).
  SchemaNode item(std::size_t i) const;
  /// The value of m, one of this object's members, located.
  SchemaNode child(const json::Member& m) const;
  /// The place of member m's key (not its value), with the member's pointer.
  Loc key_loc(const json::Member& m) const;
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
  std::string id;      ///< WPML: the other post's id beside its href (target), "" when there is none
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
  std::optional<Text> src, srcset, alt;   ///< alt absent is not alt="" (decorative)
  std::optional<Text> width, height;      ///< as written ("1" on a tracking pixel)
  std::optional<Text> lazy_src;           ///< what a lazy loader swaps in: data-src, data-lazy-src, data-srcset, …
  std::optional<Text> role, aria_hidden;  ///< role="presentation" or "none", aria-hidden="true": hidden from readers
  bool hidden = false;                    ///< the hidden attribute, or an inline style display:none
  bool in_noscript = false;               ///< inside <noscript>: the copy for clients without scripts
  Loc loc;                                ///< the <img> tag
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
  std::string language;                        ///< the default language, for posts that declare none
  std::vector<std::string> language_prefixes;  ///< URL prefixes that are languages ("fr", "pt-br"); empty: any ISO code
  std::vector<std::string> hosts;              ///< hosts that are one site (production and staging)
};

/// An in-content suppression, `<!-- seolint-disable RULE[, RULE2] -- reason -->`: those rules say nothing of the post.
struct Directive {
  std::vector<Text> rules;  ///< "rule", "rule/message" or "all" (no rule named: "all"), each at its place
  std::string reason;       ///< after " -- ", "" when none is given
  Loc loc;                  ///< the word seolint-disable
};

/// Which head a post carries (DESIGN: "unknown is not missing"), as messages name it.
enum class HeadFrom {
  Unknown,    ///< no head can be known (REST without yoast_head, a WordPress export)
  Page,       ///< a rendered page's own head
  YoastHead,  ///< REST yoast_head only
  YoastJson,  ///< REST yoast_head_json, without yoast_head
  YoastBoth,  ///< REST yoast_head and yoast_head_json
};

/// A rendered page whose bytes contradict the charset it declares, as the page reader found and decoded them.
struct EncodingProblem {
  std::string declared;     ///< the declared charset, lowercased ("utf-8", "gb2312"); "utf-8" for a byte order mark
  Loc declared_at;          ///< the declaration's value (a byte order mark: the file's first bytes)
  Loc first;                ///< the first byte the declaration misreads: invalid UTF-8, else the first non-ASCII
  std::size_t invalid = 0;  ///< invalid UTF-8 sequences read as U+FFFD; 0: valid UTF-8 under a legacy charset
};

/// A share image's size as the input declares it, located, and what declared it.
struct ImageSize {
  long width = 0, height = 0;
  Loc width_loc, height_loc;
  std::string source;  ///< "yoast_head_json og_image", "og:image:width and og:image:height", …
};

/// The image a head shares (og:image), and the size declared for it: yoast_head_json's, else the og:image:width
/// and og:image:height after the first og:image, else the featured image's when it is the one shared.
struct ShareImage {
  std::string url;  ///< as written; "" when the head names none
  std::optional<ImageSize> size;
};

/// One place a robots directive list is read from, in the order a crawler reads them.
struct RobotsSource {
  std::string where;  ///< "yoast_head_json robots.index", "meta name=robots", "meta name=googlebot"
  Text content;       ///< "noindex, follow"
};

class PostBuilder;

/// One post, page or export item as every input fills it and every rule reads it. What only the readers may
/// see (the raw JSON, the kind of input) is private: a rule reads accessors with the semantics in DESIGN.
class Post {
 public:
  /// site: what the configuration says about the site the post belongs to (null: nothing).
  explicit Post(std::shared_ptr<const SiteSettings> site = nullptr) : site_(std::move(site)) {}

  std::shared_ptr<const Source> source;
  std::string pointer;      ///< JSON pointer of the post in its file ("" or "/3")
  std::uint64_t begin = 0;  ///< offset of the post in its file
  std::string id, slug, type, status;
  std::optional<Text> link;
  std::optional<Text> title_rendered;
  std::optional<Text> title_raw;
  std::optional<Text> content_html;
  std::optional<Text> excerpt, guid;
  std::optional<Text> date, date_gmt, modified, modified_gmt;  ///< as written (local time, UTC)
  std::vector<Text> categories, tags;
  YoastMeta yoast;                 ///< WXR exports
  bool canonical_is_link = false;  ///< WXR: no _yoast_wpseo_canonical means the permalink
  Featured featured = Featured::Unknown;
  Loc featured_loc;
  /// The field that says whether there is a featured image: "featured_media", "images" (a WooCommerce
  /// product's list), "_thumbnail_id" (an export), or "" when the input has none.
  std::string featured_field;
  std::optional<Text> featured_url, featured_alt;
  std::optional<Text> wpml_locale, polylang_lang;
  std::vector<Translation> translations;
  std::vector<Image> images;          ///< body images of a rendered page
  std::vector<Directive> directives;  ///< seolint-disable comments in its content (a page: anywhere)
  Head head;
  std::optional<JsonLd> yoast_json_schema;
  std::optional<EncodingProblem> encoding_problem;  ///< a page decoded against what it declares (page-encoding)

  /// The site settings the post was read with, or null.
  const SiteSettings* site() const { return site_.get(); }
  /// Which head the post carries.
  HeadFrom head_from() const;
  /// The post title's field as the input names it: "title.rendered" (REST), "title" (export), "" (a page).
  std::string_view title_field() const {
    return kind_ == Kind::Rest ? "title.rendered" : kind_ == Kind::Wxr ? "title" : "";
  }
  /// True for a rendered page, whose head is complete and whose status is live.
  bool is_page() const { return kind_ == Kind::Page; }
  /// True when the post is live: a rendered page, or a post whose status is publish.
  bool published() const { return is_page() || status == "publish"; }
  /// yoast_head_json, located, or nothing.
  std::optional<SchemaNode> yoast_json() const;
  /// A decoded string field of yoast_head_json, or nothing.
  std::optional<Text> yoast_text(std::string_view key) const;
  /// The head's value of a property: yoast_head_json's key first, else the head's meta; *source names it
  /// ("yoast_head_json twitter_card", "twitter:card").
  std::optional<Text> head_field(std::string_view json_key, std::string_view meta_key,
                                 std::string* source = nullptr) const;
  /// twitter:card: yoast_head_json's, else the head's meta.
  std::optional<Text> twitter_card() const { return head_field("twitter_card", "twitter:card"); }
  /// The share image and its declared size.
  ShareImage og_image() const;
  /// True when the head names a share image (og:image, twitter:image, or yoast_head_json's).
  bool has_share_image() const;
  /// True when the head says anything in Open Graph: an og: meta, or one of yoast_head_json's og_* fields. A head
  /// without any is og-incomplete's no-open-graph, so the other share rules stay quiet on it (one decision, one
  /// finding).
  bool has_open_graph() const;
  /// Where robots directives are given, in reading order.
  std::vector<RobotsSource> robots() const;
  /// Where a finding about something absent from the head goes: the first meta whose key starts with one of
  /// families ("og:", "twitter:"), else yoast_head_json, yoast_head, the head's <title>, <html lang>, or the post.
  Loc anchor_for_missing(std::initializer_list<std::string_view> families = {}) const;
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
  /// Declared-language signals in reporting order (computed once).
  const std::vector<LangSignal>& declared_languages() const;
  /// The first declared language, else the site's configured default, or "".
  std::string declared_language() const;
  /// True when two hosts are one site: equal but for "www.", or both listed in the site's hosts.
  bool same_site(const std::string& host_a, const std::string& host_b) const;
  /// The URL the post is served at: its link, else og:url, else the canonical; what it came from.
  std::optional<Text> page_url(std::string* which = nullptr) const;
  /// The first of link, og:url and the canonical that is an absolute http(s) URL: what a relative URL in the page
  /// ("#webpage", "/a/", "//host/a") resolves against, as a browser reads it; nothing when none is absolute.
  std::optional<std::string> base_url() const;
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
  friend class PostBuilder;  // the readers (src/input) fill what rules must not read
  enum class Kind { Rest, Page, Wxr };
  Kind kind_ = Kind::Rest;
  std::shared_ptr<const SiteSettings> site_;
  std::optional<JsonLd> root_;        ///< the post's JSON object (REST) as a located document, or nothing
  std::optional<Loc> yoast_head_at_;  ///< the yoast_head string's first character

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
  mutable std::vector<std::pair<std::string, std::optional<Text>>> yoast_texts_;  ///< yoast_text's answers
  mutable std::optional<WrittenLanguage> written_;
  mutable std::size_t written_min_chars_ = 0;
};

}  // namespace seolint
