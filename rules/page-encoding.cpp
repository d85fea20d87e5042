// page-encoding: a rendered page whose bytes contradict the charset it declares.
#include <string>

#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"invalid-utf8", Severity::Warning,
     "{count} invalid UTF-8 byte sequence(s) in a page that declares charset {charset}, the first here: browsers "
     "show each as the replacement character \xEF\xBF\xBD"},
    {"charset-mismatch", Severity::Warning,
     "the page declares charset {charset} but its bytes are UTF-8: read as declared, its text is garbled; it shows "
     "right only while the server's Content-Type header says UTF-8"},
};

constexpr RuleMeta kMeta{"page-encoding", "A page's bytes must be in the charset it declares.", "head", kMessages, {}};

void check(const Post& post, const RuleOptions&, Sink& sink) {
  const auto& problem = post.encoding_problem;
  if (!problem) return;
  std::vector<Related> related;
  if (problem->declared_at.end > problem->declared_at.begin)
    related.push_back({problem->declared_at, "charset " + problem->declared + " is declared here", {}, {}});
  if (problem->invalid) {
    std::string count = std::to_string(problem->invalid);
    sink.report("invalid-utf8", problem->first, {{"count", count}, {"charset", problem->declared}}, related,
                {problem->declared});
  } else {
    sink.report("charset-mismatch", problem->first, {{"charset", problem->declared}}, related, {problem->declared});
  }
}

}  // namespace

extern const Rule page_encoding{kMeta, check};

}  // namespace seolint::rules
