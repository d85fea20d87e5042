#include "seolint/text/html.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

#include "seolint/text/utf8.hpp"

namespace seolint::text {

namespace {
struct OutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};
using Output = std::unique_ptr<GumboOutput, OutputDeleter>;

Output parse(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  return Output(gumbo_parse_with_options(&options, html.data(), html.size()));
}

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_PRE: return true;
    default: return false;
  }
}

void collect(const GumboNode* node, std::string& out) {
  // Iterative walk: deep documents must not exhaust the stack.
  std::vector<std::pair<const GumboNode*, bool>> stack{{node, false}};
  while (!stack.empty()) {
    auto [n, closing] = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type != GUMBO_NODE_DOCUMENT) {
      GumboTag t = n->v.element.tag;
      if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE) continue;
      if (is_block(t)) out += ' ';
      if (closing) continue;
    }
    const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    if (n->type != GUMBO_NODE_DOCUMENT) stack.push_back({n, true});
    for (unsigned i = kids.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids.data[i]), false});
  }
}
}  // namespace

std::string strip_site_name(std::string title, const std::vector<std::string>& sites) {
  // Compared without case: "| STERN.de" is the site "stern.de".
  auto ends_with = [&](std::string_view tail) {
    if (title.size() <= tail.size()) return false;
    std::string_view end = std::string_view(title).substr(title.size() - tail.size());
    return std::equal(end.begin(), end.end(), tail.begin(),
                      [](unsigned char a, unsigned char b) { return std::tolower(a) == std::tolower(b); });
  };
  for (const auto& site : sites) {
    if (!ends_with(site)) continue;
    std::string_view before = std::string_view(title).substr(0, title.size() - site.size());
    for (std::string_view sep : {" - ", " | ", " – ", " — ", " · ", " • ", " :: ", " » "})
      if (before.size() > sep.size() && before.ends_with(sep)) return title.substr(0, before.size() - sep.size());
  }
  return title;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto ws = [&](std::size_t i) {  // white space here: its length in bytes (NBSP is two), else 0
    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    return c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0 ? 2 : 0;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    while (i < s.size() && !ws(i)) ++i;  // a run of text, copied at once
    if (i > start) {
      if (!out.empty()) out += ' ';
      out.append(s.substr(start, i - start));
    }
    while (i < s.size()) {
      int n = ws(i);
      if (!n) break;
      i += n;
    }
  }
  return out;
}

std::string decode_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  // <title> is RCDATA: the parser decodes references but never builds elements from its text.
  std::string doc = "<title>";
  doc.append(s);
  auto out = parse(doc);
  const GumboNode* head = static_cast<const GumboNode*>(out->root->v.element.children.data[0]);
  for (unsigned i = 0; i < head->v.element.children.length; ++i) {
    auto* n = static_cast<const GumboNode*>(head->v.element.children.data[i]);
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_TITLE) {
      std::string text;
      const GumboVector& kids = n->v.element.children;
      for (unsigned k = 0; k < kids.length; ++k) text += static_cast<const GumboNode*>(kids.data[k])->v.text.text;
      return text;
    }
  }
  return std::string(s);
}

std::string html_text(std::string_view html) {
  std::string text;
  auto out = parse(html);
  collect(out->document, text);
  return collapse_space(text);
}

}  // namespace seolint::text
