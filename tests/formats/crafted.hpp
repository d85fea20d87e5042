#pragma once
// A crafted run for the CI formats: paths and messages with the characters each format must escape
// (% : , CR LF, markup, a control character), a value spanning lines, an empty region, the same fingerprint
// twice, a suppressed finding, a site-wide finding after the others, and input errors with and without a position.
#include <string>
#include <vector>

#include "seolint/report.hpp"

namespace seolint::test {

struct Crafted {
  RunSummary run;
  std::vector<Finding> findings;
  std::vector<InputError> errors;
  Report report() const { return Report{run, findings, errors}; }
};

inline const std::string kOddFile = "we%ird:: na,me\nx.json";
inline const std::string kOddMessage = "100% sure: a, b\nline two\r\nthree %0A %3A %25 literal ::x";

inline Finding crafted_finding(const std::string& file, const std::string& pointer, std::size_t index,
                               const std::string& rule, Severity severity, const std::string& message, Position start,
                               Position end, const std::string& fingerprint) {
  Finding f;
  f.rule = rule;
  f.message_id = "crafted";
  f.severity = severity;
  f.message = message;
  f.start = start, f.end = end;
  f.post.file = file;
  f.post.pointer = pointer;
  f.post.index = index;
  f.post.label = "post " + std::to_string(index + 1) + " odd: a, b%";
  f.post.identity = "example.org/" + std::to_string(index + 1);
  f.fingerprint = fingerprint;
  return f;
}

/// With counts: the posts read from each input are known (RunSummary::input_posts).
inline Crafted crafted(bool with_counts) {
  Crafted c;
  c.run.inputs = {kOddFile, "plain.json", "broken: a,b%.json"};
  if (with_counts) c.run.input_posts = {2, 3, 0};
  c.run.posts = 5, c.run.files = 3;
  c.findings.push_back(
      crafted_finding(kOddFile, "/0", 0, "title-length", Severity::Warning, kOddMessage, {1, 5}, {1, 30}, "aaaa"));
  c.findings.push_back(crafted_finding(kOddFile, "/0", 0, "canonical-invalid", Severity::Error,
                                       "canonical <a href=\"x\"> & 'y'\x01 spans lines", {2, 3}, {4, 1}, "bbbb"));
  c.findings.push_back(
      crafted_finding(kOddFile, "/1", 1, "mixed-locale", Severity::Note, "an empty value", {5, 7}, {5, 7}, "cccc"));
  // The same post given twice: the same fingerprint again.
  c.findings.push_back(
      crafted_finding(kOddFile, "/1", 1, "mixed-locale", Severity::Note, "an empty value", {5, 7}, {5, 7}, "cccc"));
  Finding baselined = crafted_finding("plain.json", "/0", 2, "missing-image", Severity::Error, "in the baseline",
                                      {1, 1}, {1, 2}, "dddd");
  baselined.suppression = Suppression{"external", "in baseline .seolint-baseline.json", true};
  c.findings.push_back(baselined);
  c.findings.push_back(crafted_finding("plain.json", "/2", 4, "og-incomplete", Severity::Error, "café ✓ 🙂",
                                       {3, 2}, {3, 9}, "eeee"));
  // Site-wide findings come last; this one is about the first post.
  c.findings.push_back(crafted_finding(kOddFile, "/0", 0, "duplicate-title", Severity::Warning,
                                       "the same title as plain.json, post 5", {1, 5}, {1, 30}, "ffff"));
  c.errors.push_back({"broken: a,b%.json", {3, 7}, "unexpected ',' or %: here"});
  c.errors.push_back({"missing\nfile.json", {0, 0}, "no such file or directory"});
  return c;
}

}  // namespace seolint::test
