// title-entities: a title carries a double-encoded entity, an HTML tag, or white space at either end.
#include <cctype>
#include <cstdio>

#include "seolint/rule.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"double-encoded", Severity::Warning,
     "{field} \"{title}\" is encoded twice: {entity} still shows as text once decoded{copy}"},
    {"html-tag", Severity::Warning, "{field} \"{title}\" contains the HTML tag {tag}, shown as text{copy}"},
    {"whitespace", Severity::Note, "{field} \"{title}\" has {where} white space ({chars}){copy}"},
};

constexpr RuleMeta kMeta{"title-entities",
                         "Titles must not carry double-encoded entities, HTML tags or white space at either end.",
                         "titles",
                         kMessages,
                         {}};

struct Field {
  std::string name;
  const Text* text;
  bool element;  ///< a <title> element, whose line-break indentation is markup, not text
};

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// The first character reference left in text that was decoded once ("&#8211;"), or "".
std::string entity_left(const std::string& once) {
  for (std::size_t i = once.find('&'); i != std::string::npos; i = once.find('&', i + 1)) {
    std::size_t j = i + 1;
    if (j < once.size() && once[j] == '#') {
      ++j;
      bool hex = j < once.size() && (once[j] == 'x' || once[j] == 'X');
      if (hex) ++j;
      std::size_t digits = j;
      while (j < once.size() && (hex ? std::isxdigit(static_cast<unsigned char>(once[j]))
                                     : std::isdigit(static_cast<unsigned char>(once[j]))))
        ++j;
      if (j == digits) continue;
    } else {
      if (j >= once.size() || !is_alpha(once[j])) continue;
      while (j < once.size() && is_alnum(once[j])) ++j;
    }
    if (j >= once.size() || once[j] != ';') continue;
    std::string ref = once.substr(i, j + 1 - i);
    if (text::decode_entities(ref) != ref) return ref;
  }
  return "";
}

/// The first HTML tag in text ("<br>", "</em>"), or "".
std::string tag_in(const std::string& s) {
  for (std::size_t i = s.find('<'); i != std::string::npos; i = s.find('<', i + 1)) {
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '/') ++j;
    if (j >= s.size() || !is_alpha(s[j])) continue;
    while (j < s.size() && (is_alnum(s[j]) || s[j] == '-')) ++j;
    if (j >= s.size() || !(s[j] == '>' || s[j] == '/' || s[j] == ' ' || s[j] == '\t' || s[j] == '\n')) continue;
    std::size_t close = s.find('>', j);
    if (close == std::string::npos || s.find('<', j) < close) continue;
    return s.substr(i, close + 1 - i);
  }
  return "";
}

std::string hex(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

/// The white space at one end: its code points, or nothing; ASCII white space at either end of an element does
/// not count (browsers and search engines strip it: document.title strips and collapses ASCII white space).
struct Run {
  std::vector<char32_t> cps;
  bool counts(bool element) const {
    if (cps.empty()) return false;
    if (!element) return true;
    bool ascii = true;
    for (char32_t c : cps) ascii = ascii && c < 0x80;
    return !ascii;
  }
};

std::string describe(const Run& lead, const Run& trail, bool element, std::string& where) {
  std::vector<char32_t> all;
  bool l = lead.counts(element), t = trail.counts(element);
  where = l && t ? "leading and trailing" : l ? "leading" : "trailing";
  if (l) all = lead.cps;
  if (t) all.insert(all.end(), trail.cps.begin(), trail.cps.end());
  std::string out;
  for (char32_t c : all) {
    std::string h = hex(c);
    if (out.find(h) == std::string::npos) out += (out.empty() ? "" : ", ") + h;
  }
  return out;
}

/// One finding of a kind: the first field that shows it, the other copies as related locations.
struct Defect {
  std::string id, key, detail, where;
  const Field* first = nullptr;
  std::vector<const Field*> copies;
};

void check(const Post& post, const RuleOptions&, Sink& sink) {
  std::optional<Text> json_title = post.yoast_text("title");
  // The SEO title (yoast_head_json first, then the head's copy), then the post title as its own property.
  std::vector<Field> seo, own;
  if (json_title) seo.push_back({"yoast_head_json.title", &*json_title, false});
  if (post.head.title) seo.push_back({"<title>", &*post.head.title, true});
  if (post.title_field() == "title.rendered" && post.title_rendered)
    own.push_back({"title.rendered", &*post.title_rendered, false});

  for (const auto* group : {&seo, &own}) {
    Defect defects[3];
    defects[0].id = "double-encoded", defects[0].key = "entity";
    defects[1].id = "html-tag", defects[1].key = "tag";
    defects[2].id = "whitespace", defects[2].key = "chars";
    for (const Field& f : *group) {
      std::string once = text::decode_entities(f.text->raw);
      std::string found[3];
      found[0] = entity_left(once);
      found[1] = tag_in(once);
      Run lead, trail;
      for (std::size_t i = 0; i < once.size();) {
        char32_t c = text::next_code_point(once, i);
        if (!is_space(c)) break;
        lead.cps.push_back(c);
      }
      if (lead.cps.size() < text::code_points(once)) {
        std::vector<char32_t> cps;
        for (std::size_t i = 0; i < once.size();) cps.push_back(text::next_code_point(once, i));
        for (auto it = cps.rbegin(); it != cps.rend() && is_space(*it); ++it) trail.cps.insert(trail.cps.begin(), *it);
      }
      std::string where;
      if (lead.counts(f.element) || trail.counts(f.element)) found[2] = describe(lead, trail, f.element, where);
      for (int k = 0; k < 3; ++k) {
        if (found[k].empty()) continue;
        if (!defects[k].first) defects[k].first = &f, defects[k].detail = found[k], defects[k].where = where;
        else defects[k].copies.push_back(&f);
      }
    }
    for (auto& d : defects) {
      if (!d.first) continue;
      std::vector<Related> related;
      std::string copy;
      for (const Field* c : d.copies) {
        related.push_back({c->text->loc, c->name, {}, {}});
        copy += (copy.empty() ? "; so is " : ", ") + c->name;
      }
      sink.report(d.id, d.first->text->loc,
                  {{"field", d.first->name},
                   {"title", d.first->text->value},
                   {d.key, d.detail},
                   {"where", d.where},
                   {"copy", copy}},
                  std::move(related), {d.first->text->value, d.detail});
    }
  }
}

}  // namespace

extern const Rule title_entities{kMeta, check};

}  // namespace seolint::rules
