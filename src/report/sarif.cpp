// sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.
#include <boost/json.hpp>

#include "seolint/registry.hpp"
#include "seolint/report.hpp"
#include "text/json_text.hpp"
#include "seolint/text/url.hpp"
#include "seolint_version.hpp"

namespace seolint {

namespace {
namespace bj = boost::json;

const char* level(Severity s) { return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "note"; }

/// A file path as a URI path: reserved characters and anything unsafe encoded.
std::string percent_encode_path(std::string_view path) { return text::percent_encode(path, "\"<>\\^`{|}%?#[]"); }

bj::object artifact(const std::string& file) {
  if (file == "stdin") return {{"uri", "stdin"}};
  if (file.find("://") != std::string::npos) return {{"uri", text::percent_encode(file, "\"<>\\^`{|}")}};  // fetched
  if (!file.empty() && file[0] == '/') return {{"uri", "file://" + percent_encode_path(file)}};
  return {{"uri", percent_encode_path(file)}, {"uriBaseId", "%SRCROOT%"}};
}

bj::object physical(const std::string& file, Position start, Position end) {
  bj::object region{{"startLine", start.line}, {"startColumn", start.column}};
  if (end.line) region["endLine"] = end.line, region["endColumn"] = end.column;
  return {{"artifactLocation", artifact(file)}, {"region", std::move(region)}};
}

std::string pascal(std::string_view id) {
  std::string out;
  bool up = true;
  for (char c : id) {
    if (c == '-') up = true;
    else out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c, up = false;
  }
  return out;
}

/// The doc's first paragraph after the title: the rule's plain-language explanation.
std::string full_description(const RuleMeta& meta, std::string_view doc) {
  std::size_t start = doc.find("\n\n");
  if (start == std::string_view::npos) return std::string(meta.summary);
  start += 2;
  std::size_t end = doc.find("\n\n", start);
  std::string para(doc.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  for (char& c : para)
    if (c == '\n') c = ' ';
  return para.empty() || para[0] == '#' ? std::string(meta.summary) : para;
}

bj::object rule_descriptor(const Rule& rule) {
  const RuleMeta& m = rule.meta;
  std::string_view doc = rule_doc(m.id);
  return {{"id", m.id},
          {"name", pascal(m.id)},
          {"shortDescription", {{"text", m.summary}}},
          {"fullDescription", {{"text", full_description(m, doc)}}},
          {"help", {{"text", doc.empty() ? m.summary : doc}, {"markdown", doc.empty() ? m.summary : doc}}},
          {"defaultConfiguration", {{"level", level(m.default_severity())}}},
          {"properties", {{"tags", bj::array{"seo", m.category}}}}};
}

class ResultWriter {
 public:
  /// The result of finding f as JSON text, appended to out.
  void write(std::string& out, const Finding& f, std::size_t rule_index) {
    text::JsonText w{out};
    out += "{";
    w.key("ruleId", true), w.str(f.rule);
    out += ",\"ruleIndex\":", w.num(rule_index);
    out += ",\"level\":\"", out += level(f.severity), out += '"';
    out += ",\"message\":{", w.key("text", true), w.str(f.message), out += "}";
    out += ",\"locations\":[{\"physicalLocation\":", physical_text(out, f.post.file, f.start, f.end);
    out += ",\"logicalLocations\":[{", w.key("name", true), w.str(f.post.label), w.key("fullyQualifiedName");
    w.str(f.post.identity), out += ",\"kind\":\"object\"},{", w.key("name", true);
    w.str(f.loc.element.empty() ? f.loc.pointer : f.loc.element), w.key("fullyQualifiedName");
    w.str(f.post.identity + (f.loc.pointer.empty() ? "" : "#" + f.loc.pointer) +
          (f.loc.element.empty() ? "" : " " + f.loc.element));
    out += ",\"kind\":\"member\"}]}]";
    out += ",\"partialFingerprints\":{\"seolintFingerprint/v1\":", w.str(f.fingerprint), out += "}";
    out += ",\"properties\":{", w.key("messageId", true), w.str(f.message_id), w.key("post"), w.str(f.post.label);
    out += "}";
    if (f.suppression) {
      out += ",\"suppressions\":[{", w.key("kind", true), w.str(f.suppression->kind), out += ",\"status\":\"accepted\"";
      if (!f.suppression->justification.empty()) w.key("justification"), w.str(f.suppression->justification);
      out += "}]";
    }
    if (!f.related.empty()) {
      out += ",\"relatedLocations\":[";
      int id = 1;
      for (const auto& r : f.related) {
        out += id == 1 ? "{\"id\":" : ",{\"id\":", w.num(id++), out += ",\"physicalLocation\":";
        physical_text(out, r.file.empty() ? f.post.file : r.file, r.start, r.end);
        out += ",\"message\":{", w.key("text", true), w.str(r.message), out += "}}";
      }
      out += "]";
    }
    out += "}";
  }

 private:
  void physical_text(std::string& out, const std::string& file, Position start, Position end) {
    if (file != file_) file_ = file, artifact_ = bj::serialize(artifact(file));  // one file's results come together
    text::JsonText w{out};
    out += "{\"artifactLocation\":", out += artifact_, out += ",\"region\":{\"startLine\":", w.num(start.line);
    out += ",\"startColumn\":", w.num(start.column);
    if (end.line) out += ",\"endLine\":", w.num(end.line), out += ",\"endColumn\":", w.num(end.column);
    out += "}}";
  }
  std::string file_, artifact_;
};

bj::object notification(const std::string& level_name, const std::string& id, const std::string& text) {
  return {{"level", level_name}, {"message", {{"text", text}}}, {"descriptor", {{"id", id}}}};
}

bj::object invocation(const RunSummary& run, const std::vector<InputError>& errors, std::size_t cut,
                      std::size_t limit) {
  bj::array notes;
  for (const auto& e : errors) {
    bj::object n = notification("error", "input-error", e.message);
    bj::object loc{{"physicalLocation", e.position.line ? physical(e.file, e.position, {})
                                                        : bj::object{{"artifactLocation", artifact(e.file)}}}};
    n["locations"] = bj::array{std::move(loc)};
    notes.push_back(std::move(n));
  }
  if (cut)
    notes.push_back(notification("warning", "results-cut",
                                 std::to_string(cut) + " results were left out: GitHub code scanning accepts at most " +
                                     std::to_string(limit) + " results per run, so only the first " +
                                     std::to_string(limit) +
                                     " in output order are written (split the run with "
                                     "--shard, or raise the limit with --sarif-max-results)"));
  for (const auto& note : run.notes) notes.push_back(notification("note", "run-note", note));
  bj::object inv{{"executionSuccessful", errors.empty()}};
  if (!notes.empty()) inv["toolExecutionNotifications"] = std::move(notes);
  return inv;
}

/// The log is written as it goes: the tool and rules first, results one by one, the invocation last.
class SarifWriter : public ReportWriter {
 public:
  SarifWriter(std::ostream& out, const RunSummary& run, const ReportOptions& options)
      : out_(out), rules_(run.rules), limit_(options.sarif_max_results) {
    bj::array rules;
    for (const Rule* rule : run.rules) rules.push_back(rule_descriptor(*rule));
    std::string root = "file://" + percent_encode_path(run.working_directory);
    if (root.back() != '/') root += '/';
    bj::object driver{{"name", "seolint"},
                      {"semanticVersion", SEOLINT_VERSION},
                      {"version", SEOLINT_VERSION},
                      {"rules", std::move(rules)}};
    bj::object head{{"tool", {{"driver", std::move(driver)}}},
                    {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", root}}}}},
                    {"columnKind", "utf16CodeUnits"}};
    if (!options.sarif_category.empty()) head["automationDetails"] = {{"id", options.sarif_category + "/"}};
    std::string text = bj::serialize(head);
    text.pop_back();  // the run object stays open for its results
    out_ << R"({"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[)" << text
         << R"(,"results":[)";
  }

  void add(std::span<const Finding> findings) override {
    for (const auto& f : findings) {
      if (limit_ && written_ == limit_) {
        ++cut_;
        continue;
      }
      text_.clear();
      if (written_++) text_ += ',';
      results_.write(text_, f, rule_index(f.rule));
      out_ << text_;
    }
  }

  void finish(const RunSummary& run, const std::vector<InputError>& errors) override {
    out_ << R"(],"invocations":[)" << bj::serialize(invocation(run, errors, cut_, limit_)) << "]}]}\n";
  }

 private:
  std::size_t rule_index(const std::string& id) const {
    std::size_t i = 0;
    while (i < rules_.size() && rules_[i]->meta.id != id) ++i;
    return i;
  }

  std::ostream& out_;
  std::vector<const Rule*> rules_;
  std::size_t limit_, written_ = 0, cut_ = 0;
  ResultWriter results_;
  std::string text_;
};
}  // namespace

std::unique_ptr<ReportWriter> stream_sarif(std::ostream& out, const RunSummary& run, const ReportOptions& options) {
  return std::make_unique<SarifWriter>(out, run, options);
}

void report_sarif(const Report& r, std::ostream& out, const ReportOptions& options) {
  write_through(*stream_sarif(out, r.run, options), r);
}

}  // namespace seolint
