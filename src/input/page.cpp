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

/// A charset the page declares: its name, lowercased, and where the value is; name "" when none.
struct Declared {
  std::string name;
  std::size_t begin = 0, end = 0;
};

/// The offset of "</name" at or after from in any case, or npos.
std::size_t end_tag(std::string_view data, std::string_view name, std::size_t from) {
  for (std::size_t i = data.find("</", from); i != std::string_view::npos; i = data.find("</", i + 2))
    if (lower_ascii(data.substr(i + 2, name.size())) == name) return i;
  return std::string_view::npos;
}

/// The value of the charset a meta tag (tag: its text, lowercased) declares, as offsets in tag; {npos, npos}
/// when it declares none: `<meta charset=…>` or `<meta http-equiv=content-type content="…; charset=…">`.
std::pair<std::size_t, std::size_t> meta_charset(const std::string& tag) {
  constexpr std::size_t npos = std::string::npos;
  bool http_equiv = tag.find("http-equiv") != npos;
  for (std::size_t pos = 0; (pos = tag.find("charset", pos)) != npos;) {
    bool attribute = pos > 0 && std::string_view(" \t\r\n\f/").find(tag[pos - 1]) != std::string_view::npos;
    pos += 7;
    if (!attribute && !http_equiv) continue;
    std::size_t p = tag.find_first_not_of(" \t\r\n", pos);
    if (p == npos || tag[p] != '=') continue;
    p = tag.find_first_not_of(" \t\r\n\"'", p + 1);
    if (p == npos) break;
    std::size_t end = std::min(tag.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_:.", p), tag.size());
    if (end > p) return {p, end};
  }
  return {npos, npos};
}

/// True when a tag (its first bytes after "<", lowercased) may stand in a head: past 1024 bytes, the prescan stops
/// at the first one that may not (the body's start), as Blink's does.
bool in_head(const std::string& name) {
  static constexpr std::string_view kHead[] = {"meta",     "link", "title", "script", "style", "base", "noscript",
                                               "template", "html", "head",  "!",      "?",     "/"};
  if (name.starts_with("/head")) return false;
  std::size_t end = name.find_first_of(" \t\r\n\f/>");
  std::string_view tag = std::string_view(name).substr(0, end == 0 ? 1 : end);
  return std::any_of(std::begin(kHead), std::end(kHead),
                     [&](std::string_view h) { return tag == h || (h.size() == 1 && tag.starts_with(h)); });
}

/// The charset a page declares in a <meta> before its body, as Blink's prescan reads it: the whole head, and at
/// least the first 1024 bytes; comments and scripts are skipped (a `<script charset>` names the script's own).
Declared declared_charset(std::string_view data) {
  for (std::size_t i = data.find('<'); i != std::string_view::npos; i = data.find('<', i + 1)) {
    if (data.substr(i, 4) == "<!--") {
      if ((i = data.find("-->", i + 4)) == std::string_view::npos) break;
      continue;
    }
    std::string name = lower_ascii(data.substr(i + 1, 9));
    if (i >= 1024 && !in_head(name)) break;
    if (name.starts_with("script") || name.starts_with("style")) {
      if ((i = end_tag(data, name.starts_with("script") ? "script" : "style", i + 6)) == std::string_view::npos) break;
      continue;
    }
    if (!name.starts_with("meta") || name.size() < 5 ||
        std::string_view(" \t\r\n\f/").find(name[4]) == std::string_view::npos)
      continue;
    std::size_t gt = data.find('>', i);
    if (gt == std::string_view::npos) break;
    std::string tag = lower_ascii(data.substr(i, gt - i));
    auto [begin, end] = meta_charset(tag);
    if (begin != std::string::npos) return {tag.substr(begin, end - begin), i + begin, i + end};
  }
  return {};
}

bool is_utf8_name(const std::string& cs) {
  return cs.empty() || cs == "utf-8" || cs == "utf8" || cs == "unicode-1-1-utf-8";
}

/// The converter browsers use for a declared charset (the WHATWG Encoding Standard's labels where ICU reads the
/// name as a narrower charset: Latin-1 is windows-1252, GB2312 is GBK; UTF-16 in an ASCII page is UTF-8).
std::string browser_charset(const std::string& label) {
  static constexpr std::pair<std::string_view, std::string_view> kLabels[] = {{"iso-8859-1", "windows-1252"},
                                                                              {"iso8859-1", "windows-1252"},
                                                                              {"latin1", "windows-1252"},
                                                                              {"l1", "windows-1252"},
                                                                              {"us-ascii", "windows-1252"},
                                                                              {"ascii", "windows-1252"},
                                                                              {"iso-8859-9", "windows-1254"},
                                                                              {"latin5", "windows-1254"},
                                                                              {"gb2312", "gbk"},
                                                                              {"x-gbk", "gbk"},
                                                                              {"tis-620", "windows-874"},
                                                                              {"iso-8859-11", "windows-874"},
                                                                              {"utf-16", "utf-8"},
                                                                              {"utf-16le", "utf-8"},
                                                                              {"utf-16be", "utf-8"}};
  for (auto [from, to] : kLabels)
    if (label == from) return std::string(to);
  return label;
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

/// The page's bytes as UTF-8, decoded as a browser decodes them; *problem when they contradict the declared
/// charset. False (message set) when they cannot be read.
bool decode_page(std::string_view data, std::string& utf8, bool& converted, std::optional<EncodingProblem>& problem,
                 std::string& message) {
  converted = false;
  bool bom = data.substr(0, 3) == "\xEF\xBB\xBF";
  Declared declared = bom ? Declared{"utf-8", 0, 3} : declared_charset(data);
  std::string charset = browser_charset(declared.name);
  std::size_t bad = text::find_invalid_utf8(data);
  Loc declared_at{declared.begin, declared.end, "", bom ? "" : "meta[charset]"};
  if (is_utf8_name(charset) && !declared.name.empty()) {
    if (bad == std::string_view::npos) return true;
    // As browsers do: every invalid sequence shows as U+FFFD, the rest of the page as written.
    problem = EncodingProblem{declared.name, declared_at, Loc{bad, bad + 1, "", ""}, 0};
    utf8 = text::replace_invalid_utf8(data, &problem->invalid);
    return converted = true;
  }
  if (!declared.name.empty() && bad == std::string_view::npos) {
    // A legacy charset declared over bytes that are valid UTF-8 with text beyond ASCII: the declaration is stale
    // (the server's Content-Type says UTF-8); legacy text almost never forms valid UTF-8 sequences.
    auto ascii = [](char c) { return static_cast<unsigned char>(c) < 0x80; };
    auto first = std::find_if_not(data.begin(), data.end(), ascii);
    if (first == data.end()) return true;
    std::size_t at = first - data.begin();
    problem = EncodingProblem{declared.name, declared_at,
                              Loc{at, at + text::utf8_sequence_length(data.substr(at)), "", ""}, 0};
    return true;
  }
  if (declared.name.empty() && bad == std::string_view::npos) return true;
  // A declared legacy charset, or none and not UTF-8: the HTML standard's default is windows-1252.
  if (declared.name.empty()) charset = "windows-1252";
  if (!to_utf8(data, charset, utf8)) {
    message = "unknown charset " + declared.name;
    return false;
  }
  return converted = true;
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
  std::string utf8, message;
  bool converted = false;
  std::optional<EncodingProblem> problem;
  if (!decode_page(data, utf8, converted, problem, message)) return fail(0, message);
  if (converted) src = std::make_shared<const Source>(source->path(), source->display(), std::move(utf8));
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
  p.encoding_problem = std::move(problem);
  html::read_head(doc, std::make_shared<json::OffsetMap>(json::OffsetMap::identity(0)), "", options.limits, p.head);
  if (!options.page_url.empty()) p.link = Text{options.page_url, options.page_url, Loc{0, 0, "", "--page-url"}};
  else p.link = saved_from(*src);
  p.set_body_text(page_text(doc));
  p.images = page_images(doc);
  p.directives = find_directives(src->data(), json::OffsetMap::identity(0), "");
  on_post(std::move(p));
}

}  // namespace seolint
