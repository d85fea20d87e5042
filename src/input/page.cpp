// A rendered HTML page (a crawl, a saved page, a static site) into the Post model.
#include <unicode/unistr.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cstring>

#include "input/html_document.hpp"
#include "input/stream.hpp"
#include "model/post_builder.hpp"
#include "seolint/input.hpp"
#include "engine/suppress.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
using html::attribute;
using html::find_all;
using text::lower_ascii;

/// The charset a page declares in its first 1024 bytes (<meta charset> or http-equiv), lowercased, or "".
std::string declared_charset(std::string_view data) {
  std::string head = lower_ascii(data.substr(0, 1024));
  for (std::size_t pos = 0; (pos = head.find("charset", pos)) != std::string::npos;) {
    pos += 7;
    std::size_t p = head.find_first_not_of(" \t\r\n", pos);
    if (p == std::string::npos || head[p] != '=') continue;
    p = head.find_first_not_of(" \t\r\n\"'", p + 1);
    if (p == std::string::npos) break;
    std::size_t end = head.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_:.", p);
    return head.substr(p, end - p);
  }
  return "";
}

bool is_utf8_name(const std::string& cs) {
  return cs.empty() || cs == "utf-8" || cs == "utf8" || cs == "unicode-1-1-utf-8";
}

/// Converts data from charset to UTF-8 with ICU; false when ICU does not know the charset.
bool to_utf8(std::string_view data, const std::string& charset, std::string& out) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &err);
  if (U_FAILURE(err)) return false;
  icu::UnicodeString u(data.data(), static_cast<int32_t>(data.size()), conv, err);
  ucnv_close(conv);
  if (U_FAILURE(err)) return false;
  out.clear();
  u.toUTF8String(out);
  return true;
}

/// `<!-- saved from url=(0047)https://example.org/a/ -->`, the page's own URL as browsers saved it.
std::optional<Text> saved_from(const Source& src) {
  std::string_view data = src.data();
  std::size_t at = data.substr(0, 4096).find("saved from url=(");
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t begin = data.find(')', at);
  if (begin == std::string_view::npos) return std::nullopt;
  ++begin;
  std::size_t end = data.find_first_of(" \t\r\n", begin);
  if (end == std::string_view::npos || end == begin) return std::nullopt;
  std::string url(data.substr(begin, end - begin));
  return Text{url, url, Loc{begin, end, "", "comment[saved from url]"}};
}

bool excluded(GumboTag t, bool top_level) {
  switch (t) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: return true;
    case GUMBO_TAG_HEADER: return top_level;
    default: return false;
  }
}

/// Text of node without navigation, asides, forms and scripts; header too when reading the whole body.
void main_text(const GumboNode* node, bool top_level, std::string& out) {
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      out += n->v.text.text;
      out += ' ';
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || excluded(n->v.element.tag, top_level)) continue;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
}

/// The page's main text: <main>, else its longest <article>, else the body without its chrome.
std::string page_text(const html::Document& doc) {
  std::vector<const GumboNode*> found = find_all(doc.root(), GUMBO_TAG_MAIN);
  std::string best;
  if (found.empty()) found = find_all(doc.root(), GUMBO_TAG_ARTICLE);
  for (const GumboNode* n : found) {
    std::string t;
    main_text(n, false, t);
    t = text::collapse_space(t);
    if (t.size() > best.size()) best = std::move(t);
  }
  if (!best.empty()) return best;
  std::vector<const GumboNode*> body = find_all(doc.root(), GUMBO_TAG_BODY);
  if (!body.empty()) main_text(body[0], true, best);
  return text::collapse_space(best);
}

/// True when node sits inside a <noscript>.
bool in_noscript(const GumboNode* node) {
  for (const GumboNode* n = node->parent; n; n = n->parent)
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_NOSCRIPT) return true;
  return false;
}

/// An inline style that hides the element: display:none or visibility:hidden.
bool hidden_by_style(const GumboAttribute* style) {
  if (!style) return false;
  std::string s;
  for (char c : lower_ascii(style->value))
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') s += c;
  return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

std::vector<Image> page_images(const html::Document& doc) {
  static const json::OffsetMap kSame = json::OffsetMap::identity(0);
  // The attributes lazy loaders (lazysizes, WP Rocket, a3 Lazy Load, jQuery Lazy, …) keep the real image in.
  static constexpr const char* kLazy[] = {"data-src",          "data-lazy-src",   "data-original", "data-lazy",
                                          "data-lazyload",     "data-echo",       "data-srcset",   "data-lazy-srcset",
                                          "data-original-src", "data-hi-res-src", "data-full-src"};
  std::vector<Image> out;
  for (const GumboNode* n : find_all(doc.root(), GUMBO_TAG_IMG)) {
    const GumboElement& e = n->v.element;
    Image img;
    img.loc = {e.start_pos.offset, e.start_pos.offset + e.original_tag.length, "", "img"};
    auto text_of = [&](const char* name, std::optional<Text>& to) {
      if (auto* a = attribute(e, name))
        to = html::attribute_text(doc.html(), a, kSame, "", "img[" + std::string(name) + "]");
    };
    text_of("src", img.src);
    text_of("srcset", img.srcset);
    text_of("alt", img.alt);
    text_of("width", img.width);
    text_of("height", img.height);
    text_of("role", img.role);
    text_of("aria-hidden", img.aria_hidden);
    for (const char* name : kLazy)
      if (auto* a = attribute(e, name); a && *a->value) {
        img.lazy_src = html::attribute_text(doc.html(), a, kSame, "", "img[" + std::string(name) + "]");
        break;
      }
    img.hidden = attribute(e, "hidden") || hidden_by_style(attribute(e, "style"));
    img.in_noscript = in_noscript(n);
    out.push_back(std::move(img));
  }
  return out;
}
}  // namespace

void read_page(const std::shared_ptr<const Source>& source, const ReadOptions& options, const PostSink& on_post,
               const ErrorSink& on_error) {
  auto fail = [&](std::uint64_t offset, std::string message) {
    on_error({source->display(), source->position(offset), std::move(message)});
  };
  std::string_view data = source->data();
  if (data.substr(0, 2) == "\xFF\xFE" || data.substr(0, 2) == "\xFE\xFF")
    return fail(0, "the file is UTF-16; seolint reads UTF-8 and declared 8-bit charsets");
  std::shared_ptr<const Source> src = source;
  std::string charset = declared_charset(data);
  std::size_t bad = text::find_invalid_utf8(data);
  if (is_utf8_name(charset) && bad != std::string_view::npos && !charset.empty())
    return fail(bad, "invalid UTF-8 in a page that declares charset " + charset);
  if (!is_utf8_name(charset) || bad != std::string_view::npos) {
    // A declared legacy charset, or none and not UTF-8: the HTML standard's default is windows-1252.
    std::string cs = is_utf8_name(charset) ? "windows-1252" : charset;
    std::string utf8;
    if (!to_utf8(data, cs, utf8)) return fail(0, "unknown charset " + cs);
    src = std::make_shared<const Source>(source->path(), source->display(), std::move(utf8));
  }
  if (std::memchr(src->data().data(), 0, std::min<std::size_t>(src->data().size(), 8192)))
    return fail(0, "binary file (NUL bytes), not HTML");
  if (std::size_t at = html::too_deep(src->data(), options.limits.max_depth); at != std::string_view::npos)
    return on_error({src->display(), src->position(at),
                     "HTML nested deeper than " + std::to_string(options.limits.max_depth) +
                         " elements (raise it with --max-depth)"});
  html::Document doc(src->data());
  Post p(options.site);
  PostBuilder::mark_page(p);
  p.source = src;
  html::read_head(doc, std::make_shared<json::OffsetMap>(json::OffsetMap::identity(0)), "", options.limits, p.head);
  if (!options.page_url.empty()) p.link = Text{options.page_url, options.page_url, Loc{0, 0, "", "--page-url"}};
  else p.link = saved_from(*src);
  p.set_body_text(page_text(doc));
  p.images = page_images(doc);
  p.directives = find_directives(src->data(), json::OffsetMap::identity(0), "");
  on_post(std::move(p));
}

}  // namespace seolint
