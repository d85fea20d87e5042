// junit: JUnit XML for CI test views: a testsuite per input, a testcase per post, a failure per finding
// (documented in docs/formats.md).
#include <algorithm>
#include <map>
#include <pugixml.hpp>

#include "report/common.hpp"
#include "report/xml.hpp"
#include "seolint/report.hpp"

namespace seolint {

namespace {
/// A post with findings: one testcase.
struct Case {
  std::string label;
  std::size_t index = 0;
  std::vector<const Finding*> findings;
};

/// An input: one testsuite.
struct Suite {
  std::string name;
  std::vector<Case> cases;
  std::map<std::string, std::size_t> by_pointer;  ///< post pointer -> cases index
  std::vector<const InputError*> errors;
  std::size_t posts = 0;  ///< posts read from it, when known
  bool counted = false;
};

std::string position(Position p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

void set_counts(pugi::xml_node node, std::size_t tests, std::size_t failures, std::size_t errors) {
  node.append_attribute("tests") = static_cast<unsigned long long>(tests);
  node.append_attribute("failures") = static_cast<unsigned long long>(failures);
  node.append_attribute("errors") = static_cast<unsigned long long>(errors);
}

pugi::xml_node testcase(pugi::xml_node suite, const std::string& name, const std::string& file) {
  pugi::xml_node c = suite.append_child("testcase");
  c.append_attribute("name") = xml_chars(name).c_str();
  c.append_attribute("classname") = xml_chars(file).c_str();
  return c;
}

/// Testcases for posts without findings: they have no label in the report, only a count.
void clean_cases(pugi::xml_node suite, const std::string& classname, std::size_t n) {
  for (std::size_t k = 1; k <= n; ++k)
    testcase(suite, "post without findings (" + std::to_string(k) + " of " + std::to_string(n) + ")", classname);
}
}  // namespace

void report_junit(const Report& r, std::ostream& out, const ReportOptions&) {
  std::vector<Suite> suites;
  std::map<std::string, std::size_t> by_name;
  auto suite = [&](const std::string& file) -> Suite& {
    auto [it, fresh] = by_name.try_emplace(file, suites.size());
    if (fresh) suites.push_back(Suite{file, {}, {}, {}, 0, false});
    return suites[it->second];
  };
  for (const auto& in : r.run.inputs) suite(in);
  std::size_t failing = 0;
  for (const auto& f : r.findings) {
    if (f.suppression) continue;  // a suppressed finding does not fail its post
    Suite& s = suite(f.post.file);
    auto [it, fresh] = s.by_pointer.try_emplace(f.post.pointer, s.cases.size());
    if (fresh) s.cases.push_back({f.post.label, f.post.index, {}}), ++failing;
    s.cases[it->second].findings.push_back(&f);
  }
  for (const auto& e : r.errors) suite(e.file).errors.push_back(&e);

  // Posts per input: counted by the caller, or all of them when there is one input.
  if (r.run.input_posts.size() == r.run.inputs.size()) {
    for (std::size_t i = 0; i < r.run.inputs.size(); ++i) {
      Suite& s = suite(r.run.inputs[i]);
      s.posts += r.run.input_posts[i], s.counted = true;
    }
  } else if (r.run.inputs.size() == 1) {
    Suite& s = suite(r.run.inputs[0]);
    s.posts = r.run.posts, s.counted = true;
  }
  // Without a count for every input with findings, the posts without findings are pooled in a suite of their own.
  bool per_input = std::all_of(suites.begin(), suites.end(), [](const Suite& s) {
    return s.cases.empty() || (s.counted && s.posts >= s.cases.size());
  });

  pugi::xml_document doc;
  pugi::xml_node root = xml_root(doc, "testsuites");
  root.append_attribute("name") = "seolint";
  std::size_t tests = 0, errors = 0;
  for (Suite& s : suites) {
    std::size_t clean = per_input && s.counted ? s.posts - s.cases.size() : 0;
    pugi::xml_node node = root.append_child("testsuite");
    node.append_attribute("name") = xml_chars(s.name).c_str();
    set_counts(node, s.cases.size() + clean + s.errors.size(), s.cases.size(), s.errors.size());
    tests += s.cases.size() + clean + s.errors.size(), errors += s.errors.size();
    // Site-wide findings come after all posts: a post's testcase keeps its place in the file.
    std::stable_sort(s.cases.begin(), s.cases.end(), [](const Case& a, const Case& b) { return a.index < b.index; });
    for (const Case& c : s.cases) {
      pugi::xml_node tc = testcase(node, c.label, s.name);
      for (const Finding* f : c.findings) {
        pugi::xml_node failure = tc.append_child("failure");
        failure.append_attribute("message") = xml_chars(f->message).c_str();
        failure.append_attribute("type") = xml_chars(f->rule).c_str();
        // The message again on a second line: GitLab shows only the text of a failure, not its attributes.
        failure.text().set(xml_chars(f->post.file + ":" + position(f->start) + " " + f->rule + "/" + f->message_id +
                                     " " + severity_name(f->severity) + "\n" + f->message)
                               .c_str());
      }
    }
    clean_cases(node, s.name, clean);
    for (const InputError* e : s.errors) {
      pugi::xml_node tc =
          testcase(node, e->position.line ? "input error at " + position(e->position) : "input error", s.name);
      pugi::xml_node error = tc.append_child("error");
      error.append_attribute("message") = xml_chars(e->message).c_str();
      error.append_attribute("type") = "input-error";
      error.text().set(xml_chars(e->str()).c_str());
    }
  }
  if (!per_input) {
    std::size_t clean = r.run.posts > failing ? r.run.posts - failing : 0;
    pugi::xml_node node = root.append_child("testsuite");
    node.append_attribute("name") = "seolint: posts without findings";
    set_counts(node, clean, 0, 0);
    clean_cases(node, "seolint", clean);
    tests += clean;
  }
  root.insert_attribute_after("tests", root.attribute("name")) = static_cast<unsigned long long>(tests);
  root.insert_attribute_after("failures", root.attribute("tests")) = static_cast<unsigned long long>(failing);
  root.insert_attribute_after("errors", root.attribute("failures")) = static_cast<unsigned long long>(errors);
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace seolint
