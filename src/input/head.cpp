// The head of an HTML document (yoast_head, or a rendered page): title, meta, links and JSON-LD.
#include <gumbo.h>

#include <algorithm>
#include <cstring>

#include "input/html_document.hpp"
#include "input/stream.hpp"
#include "seolint/input.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
struct Ctx {
  std::string_view html;
  std::shared_ptr<const json::OffsetMap> map;
  std::string pointer;
  json::Limits limits;
  Head& head;
  int scripts = 0;
};

using html::attribute;
using text::lower_ascii;

bool has_token(const char* list, std::string_view token) {
  std::string l = lower_ascii(list);
  std::size_t pos = 0;
  while ((pos = l.find(token, pos)) != std::string::npos) {
    bool start = pos == 0 || std::isspace(static_cast<unsigned char>(l[pos - 1]));
    std::size_t end = pos + token.size();
    if (start && (end == l.size() || std::isspace(static_cast<unsigned char>(l[end])))) return true;
    pos = end;
  }
  return false;
}

Loc span_loc(const Ctx& c, std::size_t begin, std::size_t end, std::string element) {
  return {c.map->to_source(begin), c.map->to_source(end), c.pointer, std::move(element)};
}

Text attr_text(const Ctx& c, const GumboAttribute* a, const std::string& element) {
  return html::attribute_text(c.html, a, *c.map, c.pointer, element);
}

/// The text of an element's first text child (title, script), with its location.
bool child_text(const Ctx& c, const GumboElement& e, std::size_t& begin, std::string& raw, std::string& decoded) {
  for (unsigned i = 0; i < e.children.length; ++i) {
    auto* n = static_cast<const GumboNode*>(e.children.data[i]);
    if (n->type != GUMBO_NODE_TEXT && n->type != GUMBO_NODE_WHITESPACE && n->type != GUMBO_NODE_CDATA) continue;
    begin = n->v.text.start_pos.offset;
    raw.assign(n->v.text.original_text.data, n->v.text.original_text.length);
    decoded = n->v.text.text;
    (void)c;
    return true;
  }
  return false;
}

/// A wrapper old themes put around JSON-LD: what it is, and where its opening is in the script's text.
struct Wrapper {
  std::string kind;  ///< "<![CDATA[ … ]]>", "<!-- … -->" or "JavaScript comments"; "" when none
  std::size_t begin = 0, end = 0;
};

/// Blanks out with spaces, so that every offset stays the file's, the wrapper around a script's JSON:
/// `<![CDATA[ … ]]>` or `<!-- … -->`, bare or inside `//` and `/* */` comments, as structured-data parsers read it.
Wrapper blank_wrapper(std::string& raw) {
  constexpr std::string_view kSpace = " \t\r\n\f";
  auto at = [&](std::size_t i, std::string_view t) { return std::string_view(raw).substr(i, t.size()) == t; };
  auto blank = [&](std::size_t from, std::size_t to) { std::fill(raw.begin() + from, raw.begin() + to, ' '); };
  Wrapper w;
  std::string opened;
  for (std::size_t i = 0;;) {  // the opening: tokens and comments before the JSON (which starts with { or [)
    i = std::min(raw.find_first_not_of(kSpace, i), raw.size());
    std::size_t next = i, close = raw.find("*/", i);
    if (at(i, "<![CDATA[")) next = i + 9;
    else if (at(i, "<!--")) next = i + 4;
    else if (at(i, "//")) next = std::min(raw.find('\n', i), raw.size());
    else if (at(i, "/*") && close != std::string::npos) next = close + 2;
    if (next == i) break;
    if (opened.empty()) w.begin = i;
    w.end = next;
    opened.append(raw, i, next - i);
    blank(i, next);
  }
  if (opened.empty()) return w;
  for (;;) {  // the closing: the same after the JSON (which ends with } or ])
    std::size_t last = raw.find_last_not_of(kSpace);
    if (last == std::string::npos) break;
    std::size_t line = raw.rfind('\n', last);
    std::size_t first = raw.find_first_not_of(kSpace, line == std::string::npos ? 0 : line + 1);
    std::size_t from = last + 1, open = last ? raw.rfind("/*", last - 1) : std::string::npos;
    if (last >= 2 && (at(last - 2, "]]>") || at(last - 2, "-->"))) from = last - 2;
    else if (last >= 1 && at(last - 1, "//")) from = last - 1;
    else if (last >= 1 && at(last - 1, "*/") && open != std::string::npos) from = open;
    else if (at(first, "//")) from = first;
    if (from > last) break;
    blank(from, last + 1);
  }
  w.kind = opened.find("CDATA") != std::string::npos  ? "<![CDATA[ … ]]>"
           : opened.find("<!--") != std::string::npos ? "<!-- … -->"
                                                      : "JavaScript comments";
  return w;
}

void read_jsonld(Ctx& c, const GumboElement& e) {
  std::size_t begin = 0;
  std::string raw, decoded;
  ++c.scripts;
  JsonLd doc;
  doc.map = c.map;
  doc.pointer = c.pointer;
  doc.element = "script[type=application/ld+json]";
  if (c.scripts > 1) doc.element.append("[").append(std::to_string(c.scripts)).append("]");
  // An empty or blank script is an unfilled template slot, not data that fails to parse: no document.
  if (!child_text(c, e, begin, raw, decoded)) return;
  std::string written = raw;
  if (Wrapper w = blank_wrapper(raw); !w.kind.empty())
    doc.wrapper = Text{w.kind, written.substr(w.begin, w.end - w.begin),
                       span_loc(c, begin + w.begin, begin + w.end, doc.element)};
  if (raw.find_first_not_of(" \t\r\n\f") == std::string::npos) return;
  auto root = std::make_shared<json::Value>();
  json::Error err;
  if (!json::parse(raw, begin, c.limits, *root, err)) {
    doc.parsed = false;
    doc.parse_error = err.message;
    root->begin = c.map->to_source(err.offset);
  }
  doc.top = root.get();
  doc.owner = std::move(root);
  c.head.jsonld.push_back(std::move(doc));
}

void read_meta(Ctx& c, const GumboElement& e) {
  const GumboAttribute* content = attribute(e, "content");
  if (!content) return;
  // <meta name="description" property="og:description"> is both: search engines read name, Facebook property.
  std::string seen;
  for (const char* kind : {"property", "name"}) {
    const GumboAttribute* key = attribute(e, kind);
    if (!key || lower_ascii(key->value) == seen) continue;
    seen = lower_ascii(key->value);
    std::string element = std::string("meta[") + kind + "=" + seen + "]";
    c.head.metas.push_back({seen, attr_text(c, content, element)});
  }
}

void read_link(Ctx& c, const GumboElement& e) {
  const GumboAttribute* rel = attribute(e, "rel");
  const GumboAttribute* href = attribute(e, "href");
  if (!rel || !href) return;
  if (has_token(rel->value, "canonical")) c.head.canonicals.push_back(attr_text(c, href, "link[rel=canonical]"));
  const GumboAttribute* lang = attribute(e, "hreflang");
  // A typed alternate (an RSS or Atom feed in a language) is not a language version of the page.
  const GumboAttribute* type = attribute(e, "type");
  bool typed = type && lower_ascii(text::trim(type->value)) != "text/html";
  if (lang && has_token(rel->value, "alternate") && !typed) {
    std::string element = std::string("link[rel=alternate][hreflang=") + lang->value + "]";
    c.head.alternates.push_back({attr_text(c, lang, element), attr_text(c, href, element)});
  }
}

void read_title(Ctx& c, const GumboElement& e) {
  if (c.head.title) return;  // the first title is the one browsers show
  std::size_t begin = 0;
  std::string raw, decoded;
  if (!child_text(c, e, begin, raw, decoded)) return;
  c.head.title = Text{text::collapse_space(decoded), raw, span_loc(c, begin, begin + raw.size(), "title")};
}

void visit(Ctx& c, const GumboNode* root) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = n->v.element;
    switch (e.tag) {
      case GUMBO_TAG_TITLE: read_title(c, e); continue;
      case GUMBO_TAG_META: read_meta(c, e); continue;
      case GUMBO_TAG_LINK: read_link(c, e); continue;
      case GUMBO_TAG_SCRIPT: {
        const GumboAttribute* type = attribute(e, "type");
        if (type && lower_ascii(type->value).find("application/ld+json") != std::string::npos) read_jsonld(c, e);
        continue;
      }
      case GUMBO_TAG_SVG:
      case GUMBO_TAG_MATH: continue;  // foreign content holds no head data
      default: break;
    }
    for (unsigned i = e.children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(e.children.data[i]));
  }
}
}  // namespace

namespace html {

namespace {
// Elements that never hold others, or that the parser closes by itself when the next one starts.
constexpr std::string_view kNoDepth =
    " area base br col embed hr img input link meta param source track wbr p li td th tr option optgroup dt dd"
    " tbody thead tfoot colgroup caption rb rt rp ";
// Elements whose content is text up to their end tag.
constexpr std::string_view kRawText = " script style textarea title xmp iframe noembed noframes noscript ";

bool in_set(std::string_view set, const std::string& name) {
  return set.find(" " + name + " ") != std::string_view::npos;
}
}  // namespace

/// The offset of the end tag "</name" at or after from (any case), or npos.
std::size_t find_end_tag(std::string_view html, const std::string& name, std::size_t from) {
  for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2))
    if (text::lower_ascii(html.substr(i + 2, name.size())) == name) return i;
  return std::string_view::npos;
}

std::size_t too_deep(std::string_view html, std::size_t limit) {
  std::size_t tags = 0;  // fewer tags than the limit cannot nest deeper: most heads and bodies end here
  for (const char* p = html.data();
       tags <= limit && (p = static_cast<const char*>(std::memchr(p, '<', html.data() + html.size() - p))); ++p)
    ++tags;
  if (tags <= limit) return std::string_view::npos;
  std::size_t depth = 0, foreign = 0;  // foreign: open <svg>/<math>, where "/>" really closes an element
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.substr(i, 4) == "<!--") {
      if ((i = html.find("-->", i + 4)) == std::string_view::npos) break;
      continue;
    }
    bool close = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t n = i + 1 + close, e = n;
    while (e < html.size() && std::isalnum(static_cast<unsigned char>(html[e]))) ++e;
    std::size_t gt = html.find('>', e);
    if (e == n || gt == std::string_view::npos) continue;
    std::string name = text::lower_ascii(html.substr(n, e - n));
    bool svg = name == "svg" || name == "math";
    if (close) {
      if (svg && foreign) --foreign;
      if (!in_set(kNoDepth, name) && depth) --depth;
    } else if (in_set(kRawText, name) && !foreign) {
      if ((i = find_end_tag(html, name, gt)) == std::string_view::npos) break;
    } else if (in_set(kNoDepth, name) || (foreign && html[gt - 1] == '/')) {
      continue;  // HTML ignores "/>" on other elements: <div/> opens a div
    } else {
      foreign += svg;
      if (++depth > limit) return i;
    }
  }
  return std::string_view::npos;
}

const GumboAttribute* attribute(const GumboElement& e, const char* name) {
  return gumbo_get_attribute(&e.attributes, name);
}

Text attribute_text(std::string_view html, const GumboAttribute* a, const json::OffsetMap& map,
                    const std::string& pointer, const std::string& element) {
  const char* data = a->original_value.data;
  bool inside = data >= html.data() && data + a->original_value.length <= html.data() + html.size();
  std::size_t begin = inside ? data - html.data() : a->value_start.offset;
  std::size_t len = inside ? a->original_value.length : 0;
  if (len >= 2 && (data[0] == '"' || data[0] == '\'')) ++begin, len -= 2;
  return {text::collapse_space(a->value), std::string(html.substr(begin, len)),
          Loc{map.to_source(begin), map.to_source(begin + len), pointer, element}};
}

std::vector<const GumboNode*> find_all(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> out, stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == tag) out.push_back(n);
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return out;
}

Document::Document(std::string_view html) : html_(html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  out_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

Document::~Document() { gumbo_destroy_output(&kGumboDefaultOptions, out_); }

/// The lang of the real <html> tag: attributes a stray second <html> merged in lie outside its tag.
const GumboAttribute* html_lang(const Document& doc) {
  const GumboElement& e = doc.root()->v.element;
  const GumboAttribute* lang = attribute(e, "lang");
  if (!lang || !e.original_tag.data) return nullptr;
  std::size_t tag_begin = e.original_tag.data - doc.html().data();
  std::size_t tag_end = tag_begin + e.original_tag.length;
  return lang->name_start.offset >= tag_begin && lang->name_start.offset < tag_end ? lang : nullptr;
}

void read_head(const Document& doc, const std::shared_ptr<const json::OffsetMap>& map, const std::string& pointer,
               const json::Limits& limits, Head& head) {
  Ctx c{doc.html(), map, pointer, limits, head};
  head.known = true;
  visit(c, doc.root());
  if (const GumboAttribute* lang = html_lang(doc)) head.html_lang = attr_text(c, lang, "html[lang]");
}

}  // namespace html

void read_head(std::string_view html, const std::shared_ptr<const json::OffsetMap>& map, const std::string& pointer,
               const json::Limits& limits, Head& head) {
  html::read_head(html::Document(html), map, pointer, limits, head);
}

}  // namespace seolint
