// json: a plain array of findings for scripts (documented in docs/formats.md).
#include <boost/json.hpp>

#include "seolint/report.hpp"

namespace seolint {

namespace {
namespace bj = boost::json;

bj::object position(Position start, Position end) {
  return {{"line", start.line}, {"column", start.column}, {"endLine", end.line}, {"endColumn", end.column}};
}
}  // namespace

namespace {
bj::object finding(const Finding& f) {
  bj::array related;
  for (const auto& rel : f.related)
    related.push_back({{"message", rel.message},
                       {"file", rel.file.empty() ? f.post.file : rel.file},
                       {"region", position(rel.start, rel.end)},
                       {"pointer", rel.loc.pointer},
                       {"element", rel.loc.element}});
  bj::object o{{"file", f.post.file},
               {"region", position(f.start, f.end)},
               {"rule", f.rule},
               {"messageId", f.message_id},
               {"severity", severity_name(f.severity)},
               {"message", f.message},
               {"post", {{"label", f.post.label}, {"identity", f.post.identity}, {"pointer", f.post.pointer}}},
               {"pointer", f.loc.pointer},
               {"element", f.loc.element},
               {"fingerprint", f.fingerprint},
               {"related", std::move(related)}};
  if (f.suppression)
    o["suppression"] = {{"kind", f.suppression->kind}, {"justification", f.suppression->justification}};
  return o;
}

/// The array is opened at the first finding and closed at the end, so nothing is kept.
class JsonWriter : public ReportWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}
  void add(std::span<const Finding> findings) override {
    for (const auto& f : findings) out_ << (first_ ? "[" : ",") << bj::serialize(finding(f)), first_ = false;
  }
  void finish(const RunSummary&, const std::vector<InputError>&) override { out_ << (first_ ? "[]" : "]") << "\n"; }

 private:
  std::ostream& out_;
  bool first_ = true;
};
}  // namespace

std::unique_ptr<ReportWriter> stream_json(std::ostream& out, const RunSummary&, const ReportOptions&) {
  return std::make_unique<JsonWriter>(out);
}

void report_json(const Report& r, std::ostream& out, const ReportOptions& options) {
  write_through(*stream_json(out, r.run, options), r);
}

}  // namespace seolint
