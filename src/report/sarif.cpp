// sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.
#include <boost/json.hpp>

#include "seolint/registry.hpp"
#include "seolint/report.hpp"
#include "text/url.hpp"
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

bj::object result(const Finding& f, std::size_t rule_index) {
  std::string fq = f.post.identity + (f.loc.pointer.empty() ? "" : "#" + f.loc.pointer) +
                   (f.loc.element.empty() ? "" : " " + f.loc.element);
  bj::array logical{{{"name", f.post.label}, {"fullyQualifiedName", f.post.identity}, {"kind", "object"}},
                    {{"name", f.loc.element.empty() ? f.loc.pointer : f.loc.element},
                     {"fullyQualifiedName", fq},
                     {"kind", "member"}}};
  bj::object loc{{"physicalLocation", physical(f.post.file, f.start, f.end)}, {"logicalLocations", std::move(logical)}};
  bj::object res{{"ruleId", f.rule},
                 {"ruleIndex", rule_index},
                 {"level", level(f.severity)},
                 {"message", {{"text", f.message}}},
                 {"locations", bj::array{std::move(loc)}},
                 {"partialFingerprints", {{"seolintFingerprint/v1", f.fingerprint}}},
                 {"properties", {{"messageId", f.message_id}, {"post", f.post.label}}}};
  if (f.suppression) {
    bj::object sup{{"kind", f.suppression->kind}, {"status", "accepted"}};
    if (!f.suppression->justification.empty()) sup["justification"] = f.suppression->justification;
    res["suppressions"] = bj::array{std::move(sup)};
  }
  if (!f.related.empty()) {
    bj::array related;
    int id = 1;
    for (const auto& r : f.related)
      related.push_back({{"id", id++}, {"physicalLocation", physical(r.file.empty() ? f.post.file : r.file, r.start, r.end)},
                         {"message", {{"text", r.message}}}});
    res["relatedLocations"] = std::move(related);
  }
  return res;
}

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
                                     std::to_string(limit) + " in output order are written (split the run with "
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
      out_ << (written_++ ? "," : "") << bj::serialize(result(f, rule_index(f.rule)));
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
};
}  // namespace

std::unique_ptr<ReportWriter> stream_sarif(std::ostream& out, const RunSummary& run, const ReportOptions& options) {
  return std::make_unique<SarifWriter>(out, run, options);
}

void report_sarif(const Report& r, std::ostream& out, const ReportOptions& options) {
  write_through(*stream_sarif(out, r.run, options), r);
}

}  // namespace seolint
