// WordPress REST API JSON: one post, an array of posts, or NDJSON, into the Post model.
#include <cstring>

#include "input/html_document.hpp"
#include "input/sniff.hpp"
#include "input/stream.hpp"
#include "model/post_builder.hpp"
#include "seolint/input.hpp"
#include "engine/suppress.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
using json::Value;

constexpr std::string_view kPostKeys[] = {"id",         "link", "title",     "content",    "slug",
                                          "yoast_head", "name", "permalink", "description"};

bool is_post(const Value& v) {
  if (!v.is_object()) return false;
  for (auto key : kPostKeys)
    if (v.find(key)) return true;
  return false;
}

Text text_of(const Value& v, std::string pointer, bool html_text) {
  return {html_text ? text::collapse_space(text::decode_entities(v.text)) : v.text, v.text,
          Loc{v.begin, v.end, std::move(pointer), ""}};
}

/// A string field, or a {rendered, raw} object's member.
std::optional<Text> rendered(const Value& post, std::string_view key, std::string_view member, bool decode) {
  const Value* v = post.find(key);
  if (!v) return std::nullopt;
  std::string pointer = "/" + std::string(key);
  if (v->is_object()) {
    v = v->find_string(member);
    pointer += "/" + std::string(member);
  }
  if (!v || !v->is_string()) return std::nullopt;
  return text_of(*v, pointer, decode);
}

std::optional<Text> string_field(const Value& post, std::string_view key) {
  const Value* v = post.find_string(key);
  if (!v) return std::nullopt;
  return text_of(*v, "/" + std::string(key), false);
}

std::string scalar(const Value* v) { return v && (v->is_number() || v->is_string()) ? v->text : ""; }

void read_featured(const Value& post, Post& p) {
  const Value* fm = post.find("featured_media");
  if (!fm) {
    // WooCommerce products carry images[] instead.
    const Value* images = post.find("images");
    if (images && images->is_array()) {
      p.featured = images->items.empty() ? Featured::None : Featured::Set;
      p.featured_field = "images";
      p.featured_loc = {images->begin, images->begin + 1, "/images", ""};
      if (!images->items.empty()) {
        const Value& first = images->items[0];
        if (auto* src = first.find_string("src")) p.featured_url = text_of(*src, "/images/0/src", false);
        if (auto* alt = first.find_string("alt")) p.featured_alt = text_of(*alt, "/images/0/alt", true);
      }
    } else {
      p.featured = Featured::None;
      p.featured_loc = p.loc();
    }
    return;
  }
  p.featured_field = "featured_media";
  p.featured_loc = {fm->begin, fm->end, "/featured_media", ""};
  if (fm->is_number()) p.featured = fm->text == "0" ? Featured::None : Featured::Set;
  const Value* embedded = post.find("_embedded");
  const Value* media = embedded ? embedded->find("wp:featuredmedia") : nullptr;
  if (media && media->is_array() && !media->items.empty() && media->items[0].is_object()) {
    const Value& m = media->items[0];
    if (auto* src = m.find_string("source_url"))
      p.featured_url = text_of(*src, "/_embedded/wp:featuredmedia/0/source_url", false);
    if (auto* alt = m.find_string("alt_text"))
      p.featured_alt = text_of(*alt, "/_embedded/wp:featuredmedia/0/alt_text", true);
  }
}

/// WPML: wpml_translations [{locale, id, href}]; Polylang: translations {"fr": 12}.
void read_translations(const Value& post, Post& p) {
  if (const Value* wpml = post.find("wpml_translations"); wpml && wpml->is_array())
    for (std::size_t i = 0; i < wpml->items.size(); ++i) {
      const Value& t = wpml->items[i];
      const Value* locale = t.find_string("locale");
      if (!locale) continue;
      const Value* href = t.find_string("href");
      const Value* id = t.find("id");
      if (id && !id->is_number() && !id->is_string()) id = nullptr;
      const Value* target = href ? href : id;
      p.translations.push_back({text::language_of(locale->text), locale->text, target ? target->text : "",
                                href && id ? id->text : "",
                                Loc{t.begin, t.end, "/wpml_translations/" + std::to_string(i), ""}});
    }
  if (const Value* pll = post.find("translations"); pll && pll->is_object())
    for (const auto& m : pll->members)
      if (m.value.is_number() || m.value.is_string())
        p.translations.push_back({text::language_of(m.key), m.key, m.value.text, "",
                                  Loc{m.value.begin, m.value.end, "/translations/" + m.key, ""}});
}

void read_yoast(const Source& src, const Value& post, const ReadOptions& options, Post& p, const ErrorSink& on_error) {
  if (const Value* yh = post.find_string("yoast_head")) {
    PostBuilder::set_yoast_head_at(p, {yh->begin, yh->begin + 1, "/yoast_head", ""});
    std::string_view html = yh->text;  // decoded once, by the reader
    auto map = std::make_shared<json::OffsetMap>(json::OffsetMap::of(src.slice(yh->begin, yh->end), yh->begin));
    if (std::size_t at = html::too_deep(html, options.limits.max_depth); at != std::string_view::npos)
      on_error({src.display(), src.position(map->to_source(at)),
                "yoast_head nested deeper than " + std::to_string(options.limits.max_depth) +
                    " elements (raise it with --max-depth); its head is not read"});
    else read_head(html, map, "/yoast_head", options.limits, p.head);
  }
  const Value* hj = post.find("yoast_head_json");
  if (hj && hj->is_object()) {
    p.head.known = true;
    if (const Value* schema = hj->find("schema"); schema && (schema->is_object() || schema->is_array()))
      p.yoast_json_schema = PostBuilder::located(p, *schema, "/yoast_head_json/schema");
  }
}

Post make_post(const std::shared_ptr<const Source>& src, Value&& v, std::string pointer, const ReadOptions& options,
               const ErrorSink& on_error) {
  Post p(options.site);
  p.source = src;
  p.begin = v.begin;
  p.pointer = std::move(pointer);
  PostBuilder::set_root(p, std::make_shared<const Value>(std::move(v)));
  const Value& post = *PostBuilder::root(p);
  p.id = scalar(post.find("id"));
  p.slug = scalar(post.find_string("slug"));
  p.type = scalar(post.find_string("type"));
  p.status = scalar(post.find_string("status"));
  p.link = string_field(post, "link");
  if (!p.link) p.link = string_field(post, "permalink");
  p.title_rendered = rendered(post, "title", "rendered", true);
  if (!p.title_rendered) p.title_rendered = rendered(post, "name", "rendered", true);
  if (const Value* t = post.find("title"); t && t->is_object()) p.title_raw = rendered(post, "title", "raw", false);
  p.content_html = rendered(post, "content", "rendered", false);
  p.excerpt = rendered(post, "excerpt", "rendered", false);
  p.guid = rendered(post, "guid", "rendered", false);
  p.date = string_field(post, "date");
  p.date_gmt = string_field(post, "date_gmt");
  p.modified = string_field(post, "modified");
  p.modified_gmt = string_field(post, "modified_gmt");
  if (!p.content_html) p.content_html = rendered(post, "description", "rendered", false);
  p.wpml_locale = string_field(post, "wpml_current_locale");
  p.polylang_lang = string_field(post, "lang");
  read_featured(post, p);
  read_translations(post, p);
  read_yoast(*src, post, options, p, on_error);
  if (p.content_html) p.directives = find_directives_in_json(*src, p.content_html->loc, p.content_html->loc.pointer);
  guard_body(p, options, on_error);
  return p;
}

struct Reading {
  const std::shared_ptr<const Source>& src;
  const ReadOptions& options;
  const PostSink& on_post;
  const ErrorSink& on_error;
  FileTally& tally;

  void error(std::uint64_t offset, std::string message) {
    ++tally.errors;
    on_error({src->display(), src->position(offset), std::move(message)});
  }
  bool too_big(std::uint64_t begin, std::uint64_t size) {
    if (size <= options.max_post_bytes) return false;
    error(begin, "post is " + std::to_string(size >> 20) + " MiB, over the " +
                     std::to_string(options.max_post_bytes >> 20) + " MiB limit (raise it with --max-post-size)");
    return true;
  }
  void take(Value&& v, std::string pointer) {
    if (too_big(v.begin, v.end - v.begin)) return;
    if (!is_post(v)) {
      tally.not_posts.push_back({src->display(), src->position(v.begin),
                                 "not a post: expected a JSON object with at least one of id, link, title, content, "
                                 "slug or yoast_head"});
      return;
    }
    ++tally.posts;
    if (options.shards > 1) {
      const Value* link = v.find_string("link");
      if (!link) link = v.find_string("permalink");
      std::string place = src->display() + "#" + pointer;
      if (shard_of(scalar(v.find("id")), link ? std::string_view(link->text) : "", place, options.shards) !=
          options.shard)
        return void(++tally.skipped);
    }
    on_post(make_post(src, std::move(v), std::move(pointer), options, on_error));
  }
};

std::string_view body_of(const Source& src, std::uint64_t& base) {
  base = sniff::after_bom(src.data());
  return std::string_view(src.data()).substr(base);
}

/// Rejects what cannot be JSON text at all: the offset of the trouble and why, or an empty reason.
std::pair<std::size_t, std::string> unreadable(std::string_view data) {
  if (data.substr(0, 2) == "\xFF\xFE" || data.substr(0, 2) == "\xFE\xFF")
    return {0, "the file is UTF-16; seolint reads UTF-8 (convert it, for example with iconv -f UTF-16 -t UTF-8)"};
  if (auto* nul = static_cast<const char*>(std::memchr(data.data(), 0, std::min<std::size_t>(data.size(), 8192))))
    return {nul - data.data(), "binary file (NUL byte), not JSON"};
  if (data.find_first_not_of(" \t\r\n") == std::string_view::npos) return {0, "empty file: no JSON and no post"};
  return {0, ""};
}

void read_ndjson(Reading& r, std::string_view data, std::uint64_t base) {
  std::size_t line_no = 0;
  for (std::size_t pos = 0; pos < data.size();) {
    std::size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    std::uint64_t at = base + pos;
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (r.too_big(at, line.size())) continue;
    Value v;
    json::Error err;
    if (!json::parse(line, at, r.options.limits, v, err)) {
      r.error(err.offset, err.message);
      continue;
    }
    r.take(std::move(v), "/" + std::to_string(line_no - 1));
  }
}

void read_array(Reading& r, std::string_view data, std::uint64_t base) {
  json::Reader reader(data, base, r.options.limits);
  reader.expect('[');
  if (reader.expect(']')) return;
  for (std::size_t i = 0;; ++i) {
    Value v;
    if (!reader.value(v, 1)) return r.error(reader.error().offset, reader.error().message);
    r.take(std::move(v), "/" + std::to_string(i));
    if (reader.expect(',')) continue;
    if (reader.expect(']')) break;
    return r.error(reader.offset(), reader.at_end() ? "unexpected end of input, expected ',' or ']'"
                                                    : "expected ',' or ']' after an array element");
  }
  if (!reader.at_end()) r.error(reader.offset(), "unexpected content after the JSON array");
}

/// NDJSON when the first line is a complete value and more values follow.
bool looks_like_ndjson(const Source& src, std::string_view data, std::uint64_t base, const json::Limits& limits) {
  if (sniff::has_extension(src.path(), sniff::kNdjson)) return true;
  std::size_t nl = data.find('\n');
  if (nl == std::string_view::npos || data.find_first_not_of(" \t\r\n", nl) == std::string_view::npos) return false;
  Value v;
  json::Error err;
  return json::parse(data.substr(0, nl), base, limits, v, err);
}
}  // namespace

std::size_t shard_of(std::string_view id, std::string_view url, std::string_view place, std::size_t shards) {
  std::string key = !id.empty()    ? "id:" + std::string(id)
                    : !url.empty() ? "url:" + std::string(url)
                                   : "at:" + std::string(place);
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ull;
  return h % shards;
}

void finish_rest_file(const std::string& display, bool explicit_path, FileTally& t, const ErrorSink& on_error) {
  if (t.posts == 0 && (!explicit_path || t.errors)) return;  // a walked directory's package.json is not input
  if (t.posts == 0 && t.not_posts.size() <= 1) {
    std::string why = t.not_posts.empty() ? "holds no post" : t.not_posts[0].message;
    return on_error({display, t.not_posts.empty() ? Position{} : t.not_posts[0].position, why});
  }
  for (auto& e : t.not_posts) on_error(std::move(e));
}

void read_piece(const std::shared_ptr<const Source>& piece, const std::string& pointer, bool in_array,
                const ReadOptions& options, const PostSink& on_post, const ErrorSink& on_error, FileTally& tally) {
  Reading r{piece, options, on_post, on_error, tally};
  std::uint64_t base = piece->origin().offset;
  if (r.too_big(base, piece->data().size())) return;
  json::Reader reader(piece->data(), base, options.limits);
  Value v;
  if (!reader.value(v, in_array ? 1 : 0)) return r.error(reader.error().offset, reader.error().message);
  if (!reader.at_end()) return r.error(reader.offset(), "unexpected content after the JSON value");
  r.take(std::move(v), pointer);
}

void read_rest(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
               const PostSink& on_post, const ErrorSink& on_error) {
  FileTally tally;
  Reading r{source, options, on_post, on_error, tally};
  std::uint64_t base = 0;
  std::string_view data = body_of(*source, base);
  if (auto [at, why] = unreadable(data); !why.empty()) return r.error(base + at, why);
  json::Reader probe(data, base, options.limits);
  char first = probe.peek();
  if (looks_like_ndjson(*source, data, base, options.limits)) {
    read_ndjson(r, data, base);
  } else if (first == '[') {
    read_array(r, data, base);
  } else {
    Value v;
    json::Error err;
    if (!json::parse(data, base, options.limits, v, err)) return r.error(err.offset, err.message);
    r.take(std::move(v), "");
  }
  finish_rest_file(source->display(), explicit_path, tally, on_error);
}

}  // namespace seolint
