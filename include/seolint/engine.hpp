#pragma once
/// The engine: runs the enabled rules over posts and stamps, locates and orders their findings.
#include <map>
#include <string>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/post.hpp"
#include "seolint/rule.hpp"
#include "seolint/config.hpp"
#include "seolint/site.hpp"

namespace seolint {

class SummaryStore;

class Engine {
 public:
  explicit Engine(const Config& config);
  /// The rules that will run, in id order.
  const std::vector<const Rule*>& rules() const { return rules_; }
  /// Lints one post: findings stamped with rule, severity, positions and fingerprint, in output order.
  /// With summary, also fills in what the site-wide rules need of the post (when any of them runs).
  std::vector<Finding> lint(const Post& post, std::size_t index, PostSummary* summary = nullptr) const;
  /// The post as findings name it.
  PostRef reference(const Post& post, std::size_t index) const;
  /// True when a site-wide rule runs (so posts must be summarised).
  bool site_rules() const;
  /// Runs the site-wide rules on each group of related posts in the store (SummaryStore::groups(): a rule
  /// finds the same there as over all posts). Findings by post index, line, column, rule and message id.
  std::vector<Finding> lint_site(const SummaryStore& store) const;
  /// The severity a rule's message has under this configuration.
  Severity severity(const RuleMeta& meta, const MessageMeta& message) const;

 private:
  /// The options of rule i for a post in language lang.
  const RuleOptions& options_for(std::size_t i, const std::string& lang) const;

  Config config_;
  std::vector<const Rule*> rules_;
  std::vector<RuleOptions> options_;
  std::map<std::string, std::vector<RuleOptions>> locale_options_;
};

/// The stable fingerprint of a finding (DESIGN): no line numbers, no array indexes.
std::string fingerprint(const Finding& f);
/// The field part of a fingerprint: "pointer|element|" without array indexes.
std::string fingerprint_field(const Loc& loc);

}  // namespace seolint
