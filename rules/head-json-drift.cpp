// head-json-drift: yoast_head and yoast_head_json say different things once decoded.
#include <set>

#include "seolint/rule.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"drift", Severity::Warning, "yoast_head_json {field} is \"{json}\" but yoast_head {head_field} is \"{head}\""},
};

constexpr RuleMeta kMeta{"head-json-drift",
                         "yoast_head and yoast_head_json must carry the same values once decoded.",
                         "head",
                         kMessages,
                         {}};

/// yoast_head_json keys that are one meta tag of yoast_head.
constexpr std::pair<std::string_view, std::string_view> kMetas[] = {
    {"description", "description"},
    {"og_locale", "og:locale"},
    {"og_type", "og:type"},
    {"og_title", "og:title"},
    {"og_description", "og:description"},
    {"og_url", "og:url"},
    {"og_site_name", "og:site_name"},
    {"article_publisher", "article:publisher"},
    {"article_author", "article:author"},
    {"article_published_time", "article:published_time"},
    {"article_modified_time", "article:modified_time"},
    {"twitter_card", "twitter:card"},
    {"twitter_title", "twitter:title"},
    {"twitter_description", "twitter:description"},
    {"twitter_image", "twitter:image"},
    {"twitter_site", "twitter:site"},
    {"twitter_creator", "twitter:creator"},
    {"author", "author"},
};

void report(Sink& sink, const std::string& field, const Text& json, const std::string& head_field, const Text& head) {
  if (json.value == head.value) return;
  sink.report("drift", json.loc,
              {{"field", field}, {"json", json.value}, {"head_field", head_field}, {"head", head.value}},
              {{head.loc, "the " + head_field + " in yoast_head", {}, {}}}, {field, json.value, head.value});
}

void check_robots(const SchemaNode& yoast, const Post& post, Sink& sink) {
  auto robots = yoast.member("robots");
  const Text* meta = post.head.meta("robots");
  if (!robots || !robots->value->is_object() || !meta) return;
  std::set<std::string> in_json, in_head;
  std::string json_list;
  for (const auto& m : robots->value->members)
    if (m.value.is_string()) {
      in_json.insert(text::lower_ascii(m.value.text));
      json_list += (json_list.empty() ? "" : ", ") + m.value.text;
    }
  std::string token;
  for (char c : meta->value + ",")
    if (c == ',') {
      auto b = token.find_first_not_of(' '), e = token.find_last_not_of(' ');
      if (b != std::string::npos) in_head.insert(text::lower_ascii(token.substr(b, e - b + 1)));
      token.clear();
    } else {
      token += c;
    }
  if (in_json == in_head) return;
  Text json{json_list, json_list, robots->loc()};
  Text head = *meta;
  sink.report("drift", json.loc,
              {{"field", "robots"}, {"json", json_list}, {"head_field", "meta robots"}, {"head", head.value}},
              {{head.loc, "the meta robots in yoast_head", {}, {}}}, {"robots", json_list, head.value});
}

void check_image(const SchemaNode& yoast, const Post& post, Sink& sink) {
  auto images = yoast.member("og_image");
  if (!images || !images->value->is_array() || images->value->items.empty()) return;
  SchemaNode image = images->item(0);
  for (const auto& [key, meta] : {std::pair{"url", "og:image"},
                                  {"width", "og:image:width"},
                                  {"height", "og:image:height"},
                                  {"type", "og:image:type"}}) {
    auto v = image.member(key);
    const Text* m = post.head.meta(meta);
    if (!v || !m || !(v->value->is_string() || v->value->is_number())) continue;
    report(sink, std::string("og_image ") + key, v->text(), std::string("meta ") + meta, *m);
  }
}

/// Where compare() is in both copies; appended to on the way down and cut back on the way up (no copies).
struct Path {
  std::string a, b, name;
  template <typename F>
  void down(std::string_view seg, std::string_view label, F f) {
    std::size_t la = a.size(), lb = b.size(), ln = name.size();
    a.append(seg), b.append(seg), name.append(label);
    f();
    a.resize(la), b.resize(lb), name.resize(ln);
  }
};

/// Compares every scalar of a (JSON copy) with the same place in b (yoast_head copy).
void compare(const json::Value& a, const JsonLd& da, const json::Value& b, const JsonLd& db, Path& path, Sink& sink) {
  if (a.is_object() && b.is_object()) {
    for (const auto& m : a.members)
      if (const json::Value* other = b.find(m.key))
        path.down(json::pointer_segment(m.key), "." + m.key, [&] { compare(m.value, da, *other, db, path, sink); });
  } else if (a.is_array() && b.is_array()) {
    for (std::size_t i = 0; i < a.items.size() && i < b.items.size(); ++i)
      path.down("/" + std::to_string(i), "[" + std::to_string(i) + "]",
                [&] { compare(a.items[i], da, b.items[i], db, path, sink); });
  } else if ((a.is_string() || a.is_number()) && (b.is_string() || b.is_number())) {
    if (a.text == b.text) return;  // the same as written is the same decoded: nothing to build
    Text ta = a.is_string() ? da.text(a, path.a) : Text{a.text, a.text, da.loc(a, path.a)};
    Text tb = b.is_string() ? db.text(b, path.b) : Text{b.text, b.text, db.loc(b, path.b)};
    report(sink, "schema " + path.name, ta, "schema " + path.name, tb);
  }
}

std::string node_name(const json::Value& node, std::size_t index) {
  const json::Value* type = node.find("@type");
  std::string t = type && type->is_string()                          ? type->text
                  : type && type->is_array() && !type->items.empty() ? type->items[0].text
                                                                     : "node " + std::to_string(index);
  return t;
}

void check_schema(const Post& post, Sink& sink) {
  if (!post.yoast_json_schema || !post.yoast_json_schema->top) return;
  const JsonLd& json_doc = *post.yoast_json_schema;
  auto json_nodes = json_doc.nodes();
  for (const JsonLd& head_doc : post.head.jsonld) {
    if (!head_doc.parsed) continue;
    auto head_nodes = head_doc.nodes();
    for (std::size_t i = 0; i < json_nodes.size(); ++i) {
      const auto& [node, p] = json_nodes[i];
      const json::Value* id = node->find_string("@id");
      const std::pair<const json::Value*, std::string>* match = nullptr;
      for (const auto& h : head_nodes) {
        const json::Value* hid = h.first->find_string("@id");
        if (id ? (hid && hid->text == id->text) : (!hid && &h - head_nodes.data() == static_cast<long>(i))) {
          match = &h;
          break;
        }
      }
      if (!match) continue;
      Path path{p, match->second, node_name(*node, i)};
      compare(*node, json_doc, *match->first, head_doc, path, sink);
    }
  }
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  auto yoast = post.yoast_json();
  if (post.head_from() != HeadFrom::YoastBoth || !yoast) return;
  if (auto title = post.yoast_text("title"); title && post.head.title)
    report(sink, "title", *title, "<title>", *post.head.title);
  for (const auto& [key, meta] : kMetas) {
    auto json = post.yoast_text(key);
    const Text* head = post.head.meta(meta);
    if (json && head) report(sink, std::string(key), *json, "meta " + std::string(meta), *head);
  }
  if (auto canonical = post.yoast_text("canonical"); canonical && !post.head.canonicals.empty())
    report(sink, "canonical", *canonical, "link rel=canonical", post.head.canonicals.front());
  check_robots(*yoast, post, sink);
  check_image(*yoast, post, sink);
  check_schema(post, sink);
}

}  // namespace

extern const Rule head_json_drift{kMeta, check};

}  // namespace seolint::rules
