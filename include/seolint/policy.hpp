#pragma once
/// The policy of a run, built once from a Config: which rules run, the severity of each of their messages, and
/// their options. The engine, the posts' seolint-disable comments and the configured suppressions all read it;
/// none of them asks the others.
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "seolint/config.hpp"
#include "seolint/registry.hpp"
#include "seolint/rule.hpp"

namespace seolint {

class Policy {
 public:
  /// The policy of config over the given rules (every registered rule unless a test gives its own).
  explicit Policy(const Config& config, std::span<const Rule* const> rules = all_rules());
  const Config& config() const { return config_; }
  /// The rules that run (those not set to "off"), in id order.
  const std::vector<const Rule*>& rules() const { return rules_; }
  /// The running rule with this id, or nullptr.
  const Rule* find(std::string_view id) const;
  /// True when rule id runs.
  bool runs(std::string_view id) const { return find(id) != nullptr; }
  /// True when a site-wide rule runs (so posts must be summarised).
  bool site_rules() const { return site_rules_; }
  /// The severity of a rule's message: "rule/message" if configured, else "rule" (unless off), else the
  /// message's default. Off: the message is not reported.
  Severity severity(const RuleMeta& meta, const MessageMeta& message) const;
  /// The severity of message_id of running rule id; Off when the rule does not run or has no such message.
  Severity severity(std::string_view id, std::string_view message_id) const;
  /// True when ref ("rule" or "rule/message") is on: the rule runs and, for a message, it is not off.
  bool on(std::string_view ref) const;
  /// The options of rules()[i] for a post whose declared language is lang: the rule's defaults, then the
  /// configuration's "rules", then the locale's (when lang has its own layer).
  const RuleOptions& options(std::size_t i, const std::string& lang = "") const;
  /// True when some locale has its own options (then options() depend on a post's language).
  bool per_locale() const { return !locale_options_.empty(); }

 private:
  Config config_;
  std::vector<const Rule*> rules_;
  bool site_rules_ = false;
  std::vector<RuleOptions> options_;
  std::map<std::string, std::vector<RuleOptions>> locale_options_;
};

}  // namespace seolint
