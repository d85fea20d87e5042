// schema-article-recommended: an Article node lacks a property Google recommends for article results.
#include <algorithm>

#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"missing", Severity::Warning, "{type} node {node} has no {missing}, which Google recommends for article results"},
    {"missing-secondary", Severity::Note,
     "{type} node {node} has no {missing}, which Google recommends for article results (it shows the result without "
     "them)"},
};

constexpr RuleMeta kMeta{"schema-article-recommended",
                         "Article, NewsArticle and BlogPosting nodes should have a headline, image, datePublished, "
                         "dateModified and author.",
                         "schema",
                         kMessages,
                         {}};

constexpr std::string_view kTypes[] = {"Article", "NewsArticle", "BlogPosting"};
constexpr std::string_view kProperties[] = {"headline", "image", "datePublished", "dateModified", "author"};
/// What an article result shows (title, thumbnail, date): without one it is degraded; the rest is advice.
constexpr std::string_view kShown[] = {"headline", "image", "datePublished"};

bool empty(const json::Value* v) {
  if (!v || v->kind == json::Kind::Null) return true;
  if (v->is_string()) return v->text.find_first_not_of(" \t\r\n") == std::string::npos;
  if (v->is_array()) return v->items.empty();
  if (v->is_object()) return v->members.empty();
  return false;
}

/// True when the post says it was never changed after publication (REST: modified_gmt not after date_gmt).
bool never_modified(const Post& post) {
  if (!post.date_gmt || !post.modified_gmt) return false;
  const std::string &published = post.date_gmt->value, &modified = post.modified_gmt->value;
  if (published.size() < 19 || modified.size() < 19) return false;
  return modified.substr(0, 19) <= published.substr(0, 19);  // both UTC, written YYYY-MM-DDTHH:MM:SS
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  for (const JsonLd* doc : post.schema_docs())
    for (auto& [node, p] : doc->nodes()) {
      SchemaNode n{node, doc, p};
      std::string_view type;
      for (auto t : kTypes)
        if (n.has_type(t)) type = t;
      if (type.empty()) continue;
      std::string missing;
      bool degraded = false;
      for (auto prop : kProperties) {
        if (!empty(node->find(prop))) continue;
        if (prop == "dateModified" && never_modified(post)) continue;  // nothing to date: Yoast leaves it out
        missing += (missing.empty() ? "" : ", ") + std::string(prop);
        degraded = degraded || std::find(std::begin(kShown), std::end(kShown), prop) != std::end(kShown);
      }
      if (missing.empty()) continue;
      const json::Value* id = node->find_string("@id");
      std::string name = id ? id->text : p.empty() ? "(the script's node)" : p;
      auto at = n.member("@type");
      Loc loc = at ? at->loc() : n.loc();
      sink.report(degraded ? "missing" : "missing-secondary", loc,
                  {{"type", type}, {"node", name}, {"missing", missing}}, {}, {std::string(type), missing});
    }
}

}  // namespace

extern const Rule schema_article_recommended{kMeta, check};

}  // namespace seolint::rules
