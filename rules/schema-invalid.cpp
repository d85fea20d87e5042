// schema-invalid: JSON-LD that does not parse, nodes without @type, references to nodes not in the graph.
#include <algorithm>
#include <set>

#include "seolint/rule.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"parse-error", Severity::Error,
     "JSON-LD {script} does not parse: {reason}; search engines ignore the whole script"},
    {"no-type", Severity::Warning, "schema node {node} has no @type"},
    {"dangling-reference", Severity::Warning,
     "{property} references @id {id}, which no node in the page's schema graph has"},
    {"wrapped", Severity::Note,
     "JSON-LD {script} is wrapped in {wrapper}: search engines read through it, but it is not JSON and strict "
     "JSON-LD processors reject the script"},
};

constexpr RuleMeta kMeta{"schema-invalid",
                         "JSON-LD must parse, its nodes must have a @type and its @id references must resolve.",
                         "schema",
                         kMessages,
                         {}};

/// A pure reference: an object whose only member is "@id".
const json::Value* reference(const json::Value& v) {
  if (!v.is_object() || v.members.size() != 1 || v.members[0].key != "@id") return nullptr;
  return v.members[0].value.is_string() ? &v.members[0].value : nullptr;
}

/// Collects the @id of every described node (an object with @id and something else) below v.
void collect_ids(const json::Value& v, std::set<std::string>& ids) {
  if (v.is_object()) {
    if (const json::Value* id = v.find_string("@id"); id && !reference(v)) ids.insert(id->text);
    for (const auto& m : v.members) collect_ids(m.value, ids);
  } else if (v.is_array()) {
    for (const auto& item : v.items) collect_ids(item, ids);
  }
}

struct Ref {
  SchemaNode id;         ///< the @id string
  std::string property;  ///< the member holding the reference
};

void collect_refs(const SchemaNode& n, const std::string& property, std::vector<Ref>& out) {
  const json::Value& v = *n.value;
  if (reference(v)) {
    out.push_back({*n.member("@id"), property});
    return;
  }
  if (v.is_object())
    for (const auto& m : v.members) collect_refs(n.child(m), m.key, out);
  else if (v.is_array())
    for (std::size_t i = 0; i < v.items.size(); ++i) collect_refs(n.item(i), property, out);
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  for (const JsonLd& doc : post.head.jsonld) {
    if (doc.parsed && doc.wrapper) {
      std::string script = doc.element;
      if (!doc.pointer.empty()) script += " in " + doc.pointer;
      sink.report("wrapped", doc.wrapper->loc, {{"script", script}, {"wrapper", doc.wrapper->value}}, {},
                  {doc.wrapper->value});
    }
    if (doc.parsed || !doc.top) continue;
    Loc loc = doc.loc(*doc.top, "");
    std::string script = doc.element;
    if (!doc.pointer.empty()) script += " in " + doc.pointer;
    sink.report("parse-error", loc, {{"script", script}, {"reason", doc.parse_error}}, {}, {doc.parse_error});
  }
  std::set<std::string> ids;
  std::vector<Ref> refs;
  auto base = post.base_url();  // relative @ids ("#breadcrumb", "/a/#author") resolve against it, as in JSON-LD
  std::string host = base ? text::url_host(*base) : std::string();
  for (const JsonLd* doc : post.schema_docs()) {
    if (!doc->parsed || !doc->top) continue;
    collect_ids(*doc->top, ids);
    for (auto& [node, p] : doc->nodes()) {
      SchemaNode n{node, doc, p};
      // An empty object, like an empty script, is an unfilled template slot: it describes nothing to lose.
      bool empty = node->is_object() && node->members.empty();
      if (!node->find("@type") && !reference(*node) && !empty) {
        const json::Value* id = node->find_string("@id");
        std::string name = id ? id->text : p.empty() ? "(the script's only node)" : p;
        sink.report("no-type", doc->loc(*node, p), {{"node", name}}, {}, {name});
      }
    }
    collect_refs(SchemaNode{doc->top, doc, ""}, "", refs);
  }
  auto absolute = [&](const std::string& id) { return base ? text::resolve_url(*base, id).value_or(id) : id; };
  std::set<std::string> resolved;
  for (const auto& id : ids) resolved.insert(absolute(id));
  for (const auto& r : refs) {
    const std::string& id = r.id.value->text;
    if (ids.count(id) || resolved.count(absolute(id))) continue;
    std::string ref_host = text::url_host(id);
    if (!ref_host.empty() && !host.empty() && !post.same_site(text::lower_ascii(ref_host), text::lower_ascii(host)))
      continue;
    sink.report("dangling-reference", r.id.loc(), {{"property", r.property}, {"id", id}}, {}, {r.property, id});
  }
}

}  // namespace

extern const Rule schema_invalid{kMeta, check};

}  // namespace seolint::rules
