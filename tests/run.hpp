#pragma once
// Test helpers: run the seolint binary, and lint files in-process.
#include <string>
#include <vector>

#include "seolint/engine.hpp"
#include "seolint/finding.hpp"

namespace seolint::test {

struct Run {
  int status = -1;
  std::string out, err;
};
/// Runs the seolint binary with args (and optional standard input); prefix runs it through another
/// command (setpriv); bin replaces the built binary (a copy others may execute).
Run run_seolint(const std::vector<std::string>& args, const std::string& input = "",
                const std::vector<std::string>& prefix = {}, const std::string& bin = SEOLINT_BIN);

struct Lint {
  std::vector<Finding> findings;
  std::vector<InputError> errors;
};
/// Lints one file in-process with the given configuration.
Lint lint_file(const std::string& path, const Config& config = {});

std::string read_file(const std::string& path);

/// The four mission rules (canonical-schema-mismatch, mixed-locale, untranslated-title, missing-image): the
/// seed's seven findings are theirs, whatever other rules say about it.
inline const std::vector<std::string> kMissionRules = {"canonical-schema-mismatch", "mixed-locale",
                                                       "untranslated-title", "missing-image"};
/// True for a finding of one of the mission rules (tests written before the rule catalogue grew).
inline bool is_mission_rule(const std::string& rule) {
  for (const auto& r : kMissionRules)
    if (r == rule) return true;
  return false;
}
/// Text-output lines that start with prefix ("seed.json:1:") and come from a mission rule.
std::vector<std::string> mission_lines(const std::string& text, const std::string& prefix);
/// A fresh temporary directory (removed by the caller if it likes).
std::string temp_dir();
/// Writes content to a new file name in a fresh temporary folder; returns its path.
std::string write_temp(const std::string& name, const std::string& content);

}  // namespace seolint::test
