#pragma once
/// Baselines (issue #8, like ESLint's bulk suppressions): the findings a project accepted, by fingerprint and
/// count, so that only new findings fail the gate.
///
/// The file is sorted, pretty-printed JSON, one entry per line, so that it diffs well in review:
///   {
///     "version": 1,
///     "findings": [
///       {"post": "x.org/post/12", "rule": "title-length", "message": "too-long", "field": "/yoast_head_json/title",
///        "values": ["…"], "count": 1, "fingerprint": "0123456789abcdef0123456789abcdef"}
///     ]
///   }
/// The fingerprint (engine.hpp) is the key; post, rule, message, field and values are there for readers.
/// Occurrences are counted: with 2 in the baseline and 3 in the run, one finding is new.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "seolint/finding.hpp"

namespace seolint {

/// One fingerprint of a baseline and how many findings have it.
struct BaselineEntry {
  std::string fingerprint;
  std::string rule, message_id;
  std::string post;   ///< the post's identity (host/type/id, else canonical, else file#title)
  std::string field;  ///< JSON pointer and element without array indexes
  std::vector<std::string> values;
  std::size_t count = 1;
};

/// A baseline read from a file, used up finding by finding as a run streams them (one thread).
class Baseline {
 public:
  /// Reads a baseline file; nothing, with errors at file:line:col, when unreadable, malformed or alien.
  static std::optional<Baseline> load(const std::string& path, std::vector<InputError>& errors);
  /// The same from text; display names the file in errors and in the findings' justification.
  static std::optional<Baseline> parse(const std::string& display, const std::string& text,
                                       std::vector<InputError>& errors);
  /// When an occurrence of f's fingerprint is left, takes it and marks f suppressed {external, "in baseline
  /// FILE", baseline}: true. False for a new finding, and for one already suppressed (configuration, comment).
  bool absorb(Finding& f);
  /// The occurrences no finding took (fixed since the baseline was written), count = how many, in file order.
  std::vector<BaselineEntry> unmatched() const;
  /// "3 baselined findings are fixed; run with --prune-baseline to drop them from FILE", or "" when none are.
  std::string fixed_hint() const;
  /// The baseline without its unmatched occurrences, as a file (--prune-baseline; new findings are not added).
  std::string pruned_json() const;
  const std::string& display() const { return display_; }

 private:
  std::string display_;
  std::vector<BaselineEntry> entries_;
  std::vector<std::size_t> left_;             ///< occurrences not yet taken, per entry
  std::map<std::string, std::size_t> index_;  ///< fingerprint -> entry
};

/// Collects the findings of a run into a new baseline (--write-baseline).
class BaselineWriter {
 public:
  /// display names the file being written, in the justification of the findings it takes.
  explicit BaselineWriter(std::string display = "") : display_(std::move(display)) {}
  /// Records f (as add) and, when nothing else suppressed it, marks it suppressed by this baseline: a run that
  /// writes a baseline passes the gate, as the next run with --baseline will (ESLint's --suppress-all).
  void absorb(Finding& f);
  /// Records f, unless configuration or a comment suppressed it (a finding the old baseline absorbed counts).
  void add(const Finding& f);
  /// Records an entry as it is (for pruning).
  void add(const BaselineEntry& e);
  /// "10 findings recorded in baseline FILE", for the run's notes.
  std::string note() const;
  /// The baseline file: sorted by post, rule, message, field, values, the same whatever the finding order.
  std::string json() const;

 private:
  std::string display_;
  std::map<std::string, BaselineEntry> entries_;  ///< by fingerprint
};

}  // namespace seolint
