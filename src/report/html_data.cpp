// html: the posts and findings as JSON in the page, which its script lists (report.js): the data block.
#include <algorithm>
#include <map>

#include "report/html.hpp"

namespace seolint::html {

namespace {

/// A JSON string for the data block: '<' is escaped too, so no "</script>" can end the block.
void json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (u < 0x20 || c == '<' || c == '>' || c == '&') out += "\\u00", out += kHex[u >> 4], out += kHex[u & 15];
    else out += c;
  }
  out += '"';
}

/// Labels for the offending values of a message, and whether they are two versions of one thing.
struct ValueView {
  std::string_view rule, message;  ///< message "" for every message of the rule
  std::string_view first, second;  ///< second "" for a list shown as one value
  bool compare;                    ///< highlight the part the two values differ in
  unsigned languages;              ///< bit i: value i is a language code, shown by name (bit 0: a whole list)
};
constexpr ValueView kValueViews[] = {
    {"canonical-schema-mismatch", "", "Canonical URL", "Schema URL", true, 0},
    {"mixed-locale", "declared", "Declared languages", "", false, 1},
    {"mixed-locale", "written", "Declared language", "Written language", false, 3},
    {"untranslated-title", "other-language", "Title", "Declared language", false, 2},
};

const ValueView* value_view(const Finding& f) {
  for (const auto& v : kValueViews)
    if (v.rule == f.rule && (v.message.empty() || v.message == f.message_id)) return &v;
  return nullptr;
}

void values_json(std::string& out, const Finding& f) {
  const ValueView* view = value_view(f);
  out += '[';
  auto add = [&](std::string_view label, std::string_view pre, std::string_view diff, std::string_view post) {
    if (out.back() != '[') out += ',';
    out += '[';
    json_string(out, label), out += ',', json_string(out, pre), out += ',', json_string(out, diff), out += ',';
    json_string(out, post);
    out += ']';
  };
  auto is_language = [&](std::size_t i) {
    return view && (view->second.empty() ? view->languages & 1 : view->languages >> std::min<std::size_t>(i, 31) & 1);
  };
  auto shown = [&](std::size_t i) {
    return is_language(i) && !f.values[i].empty() ? locale_name(f.values[i]) : f.values[i];
  };
  if (view && view->second.empty()) {
    std::string joined;
    for (std::size_t i = 0; i < f.values.size(); ++i) joined += (joined.empty() ? "" : ", ") + shown(i);
    if (!f.values.empty()) add(view->first, joined, "", "");
  } else if (view && view->compare && f.values.size() == 2) {
    Difference d = differing_part(f.values[0], f.values[1]);
    for (int i = 0; i < 2; ++i) {
      std::string_view v = f.values[i];
      add(i ? view->second : view->first, v.substr(0, d.prefix), v.substr(d.prefix, v.size() - d.prefix - d.suffix),
          v.substr(v.size() - d.suffix));
    }
  } else {
    for (std::size_t i = 0; i < f.values.size(); ++i)
      add(view ? (i == 0 ? view->first : i == 1 ? view->second : "Value") : "Value", shown(i), "", "");
  }
  out += ']';
}

std::string field_of(const Loc& loc) {
  return loc.pointer + (loc.pointer.empty() || loc.element.empty() ? "" : " ") + loc.element;
}

}  // namespace

/// {"rules":[{id, severity}], "posts":[[title,url,live,locale,language,status,file,label,pointer]],
///  "findings":[[post,severity,rule,message id,message,line,column,field,values,related]]}
std::string data_json(const Report& r, const Tally& t) {
  std::string out = "{\"rules\":[";
  std::map<std::string, std::size_t> rule_index;
  for (const Rule* rule : r.run.rules) {
    if (!rule_index.empty()) out += ',';
    rule_index.emplace(std::string(rule->meta.id), rule_index.size());
    json_string(out, rule->meta.id);
  }
  out += "],\"posts\":[";
  std::map<std::string, std::string> language_names;
  for (std::size_t i = 0; i < t.posts.size(); ++i) {
    const PostRef& p = r.findings[t.posts[i].first].post;
    auto [name, fresh] = language_names.try_emplace(p.locale);
    if (fresh) name->second = locale_name(p.locale);
    out += i ? ",[" : "[";
    for (const std::string* s : {&p.title, &p.url}) json_string(out, *s), out += ',';
    out += is_web_url(p.url) ? "1," : "0,";
    const std::string& language = name->second;
    for (const std::string* s : {&p.locale, &language, &p.status, &p.file, &p.label, &p.pointer}) {
      json_string(out, *s);
      out += s == &p.pointer ? "]" : ",";
    }
  }
  out += "],\"findings\":[";
  for (std::size_t pi = 0; pi < t.posts.size(); ++pi) {
    for (std::size_t i = t.posts[pi].first; i < t.posts[pi].first + t.posts[pi].count; ++i) {
      const Finding& f = r.findings[i];
      auto rule = rule_index.find(f.rule);
      out += i ? ",[" : "[";
      out += std::to_string(pi) + "," + std::to_string(static_cast<int>(f.severity)) + "," +
             (rule == rule_index.end() ? std::string("-1") : std::to_string(rule->second)) + ",";
      json_string(out, f.message_id), out += ',';
      json_string(out, f.message);
      out += "," + std::to_string(f.start.line) + "," + std::to_string(f.start.column) + ",";
      json_string(out, field_of(f.loc)), out += ',';
      values_json(out, f);
      out += ",[";
      for (std::size_t k = 0; k < f.related.size(); ++k) {
        const Related& rel = f.related[k];
        out += k ? ",[" : "[";
        json_string(out, rel.message);
        out += "," + std::to_string(rel.start.line) + "," + std::to_string(rel.start.column) + ",";
        json_string(out, field_of(rel.loc));
        out += ']';
      }
      out += "]]";
    }
  }
  out += "]}";
  return out;
}

}  // namespace seolint::html
