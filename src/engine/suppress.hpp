#pragma once
/// Suppressions (issue #8): the configuration's "suppressions" and the posts' seolint-disable comments.
///
/// A suppressed finding is still reported (SARIF result.suppressions, hidden in text), but never counts
/// against the gate. Order of a run: the engine applies in-content comments (Engine::lint, lint_site);
/// the caller then applies the configuration (Suppressions::apply), then the baseline (Baseline::absorb).
/// Both read the run's Policy (which rules and messages are on), never the Engine.
#include <string>
#include <string_view>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/json.hpp"
#include "seolint/config.hpp"
#include "seolint/policy.hpp"
#include "seolint/post.hpp"

namespace seolint {

struct PostSummary;

/// The configuration's suppressions over a whole run, finding by finding from one thread, remembering use.
class Suppressions {
 public:
  /// The entries of policy.config(); policy decides whether an unused entry is reported (rule
  /// unused-suppression on, the entry's rules run).
  explicit Suppressions(const Policy& policy);
  /// Marks f suppressed {external, the entry's reason} when an entry covers it; true when one does. A finding
  /// already suppressed (by a comment in the post) keeps its suppression; the entry still counts as used.
  /// The notes of unused() are never suppressed by an entry.
  bool apply(Finding& f);
  /// After the last finding: an unused-suppression note (message unused-config) at each entry that covered
  /// nothing, in file order. An entry whose rules did not run is not judged.
  std::vector<Finding> unused() const;

 private:
  std::vector<SuppressionEntry> entries_;
  std::vector<bool> used_;
  std::vector<bool> judged_;  ///< false when none of its rules ran or the note is off
  Severity note_ = Severity::Off;
};

/// "" when ref names a rule ("rule", "rule/message" or "all"), else why not, with a did-you-mean.
std::string unknown_rule(std::string_view ref);

/// The seolint-disable comments in text (decoded HTML); map turns its offsets into file offsets, pointer
/// names the field. Only `<!-- seolint-disable … -->` counts: the words in running text are no directive.
std::vector<Directive> find_directives(std::string_view text, const json::OffsetMap& map, const std::string& pointer);
/// The same in the JSON string at loc of source (REST content.rendered): decoded only when the word is there.
std::vector<Directive> find_directives_in_json(const Source& source, const Loc& loc, const std::string& pointer);

/// End of Engine::lint: marks the findings the post's comments cover (kind inSource, the reason), and adds
/// unused-suppression findings (unknown rule; nothing suppressed) in output_order (out is in it already).
/// Comments that site-wide rules may still use go to summary when it is given and site rules run, for the
/// overload below.
void apply_directives(const Post& post, std::size_t index, const Policy& policy, std::vector<Finding>& out,
                      PostSummary* summary);
/// End of Engine::lint_site: the same for site-wide findings, with the comments the summaries carry; the notes
/// are appended (lint_site then sorts out in output_order).
void apply_directives(const std::vector<PostSummary>& posts, const Policy& policy, std::vector<Finding>& out);

}  // namespace seolint
