#pragma once
/// The engine: runs the enabled rules over posts and stamps, locates and orders their findings.
#include <map>
#include <string>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/post.hpp"
#include "seolint/rule.hpp"

namespace seolint {

/// What the user configured: severities by rule or by "rule/message", and rule options.
struct Config {
  std::map<std::string, Severity> severity;  ///< "rule" or "rule/message-id" -> severity; Off disables
  std::map<std::string, std::map<std::string, std::string>> options;  ///< rule -> option -> value
};

class Engine {
 public:
  explicit Engine(const Config& config);
  /// The rules that will run, in id order.
  const std::vector<const Rule*>& rules() const { return rules_; }
  /// Lints one post: findings stamped with rule, severity, positions and fingerprint, in output order.
  std::vector<Finding> lint(const Post& post, std::size_t index) const;
  /// The severity a rule's message has under this configuration.
  Severity severity(const RuleMeta& meta, const MessageMeta& message) const;

 private:
  Config config_;
  std::vector<const Rule*> rules_;
  std::vector<RuleOptions> options_;
};

/// The stable fingerprint of a finding (DESIGN): no line numbers, no array indexes.
std::string fingerprint(const Finding& f);

}  // namespace seolint
