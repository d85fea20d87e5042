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

void report_json(const Report& r, std::ostream& out, const ReportOptions&) {
  bj::array all;
  for (const auto& f : r.findings) {
    bj::array related;
    for (const auto& rel : f.related)
      related.push_back({{"message", rel.message},
                         {"file", rel.file.empty() ? f.post.file : rel.file},
                         {"region", position(rel.start, rel.end)},
                         {"pointer", rel.loc.pointer},
                         {"element", rel.loc.element}});
    all.push_back({{"file", f.post.file},
                   {"region", position(f.start, f.end)},
                   {"rule", f.rule},
                   {"messageId", f.message_id},
                   {"severity", severity_name(f.severity)},
                   {"message", f.message},
                   {"post", {{"label", f.post.label}, {"identity", f.post.identity}, {"pointer", f.post.pointer}}},
                   {"pointer", f.loc.pointer},
                   {"element", f.loc.element},
                   {"fingerprint", f.fingerprint},
                   {"related", std::move(related)}});
  }
  out << bj::serialize(all) << "\n";
}

}  // namespace seolint
