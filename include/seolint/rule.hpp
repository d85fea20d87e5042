#pragma once
/// A rule: its metadata table and a pure check over one post.
#include <initializer_list>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/post.hpp"

namespace seolint {

/// One message a rule can report; text has {named} placeholders.
struct MessageMeta {
  std::string_view id;
  Severity severity;
  std::string_view text;
};

/// One option of a rule, with its default written as JSON would write it.
struct OptionMeta {
  std::string_view name;
  std::string_view type;  ///< "integer" or "number"
  std::string_view default_value;
  std::string_view doc;
};

struct RuleMeta {
  std::string_view id;
  std::string_view summary;
  std::string_view category;
  std::span<const MessageMeta> messages;
  std::span<const OptionMeta> options;
  /// The highest default severity of its messages (what --list-rules and SARIF show).
  Severity default_severity() const;
  const MessageMeta* message(std::string_view id) const;
};

/// A mistake in a rule's code, not in its input: it reported a message id, or asked for an option, that its
/// RuleMeta does not declare. RuleOptions and the engine's sinks throw it; Engine::lint and lint_site catch it
/// around each rule (it never leaves the engine) and turn it into an error naming the rule (exit 2).
class RuleBug : public std::logic_error {
 public:
  RuleBug(std::string_view rule, const std::string& what);
  /// The rule's id.
  const std::string& rule() const { return rule_; }

 private:
  std::string rule_;
};

/// A rule's option values, defaults first, then configuration.
class RuleOptions {
 public:
  explicit RuleOptions(const RuleMeta& meta);
  void set(const std::string& name, const std::string& value) { values_[name] = value; }
  /// The value as a number. Throws RuleBug when the rule's metadata declares no option name.
  double number(std::string_view name) const;
  /// The value as written in JSON. Throws RuleBug when the rule's metadata declares no option name.
  std::string text(std::string_view name) const;

 private:
  /// The value of a declared option; RuleBug for any other name.
  const std::string& value(std::string_view name) const;

  const RuleMeta* meta_;
  std::map<std::string, std::string, std::less<>> values_;
};

using Args = std::initializer_list<std::pair<std::string_view, std::string_view>>;

/// Where a rule reports; the engine stamps rule id, severity and position. A message id the rule's metadata
/// does not declare is a RuleBug.
class Sink {
 public:
  virtual ~Sink() = default;
  /// Reports message id at loc, filling its placeholders from args; values feed the fingerprint.
  virtual void report(std::string_view message_id, const Loc& loc, Args args, std::vector<Related> related = {},
                      std::vector<std::string> values = {}) = 0;
};

using CheckFn = void (*)(const Post&, const RuleOptions&, Sink&);

struct PostSummary;

/// Where a site-wide rule reports: at a place of one of the summaries. An undeclared message id is a RuleBug.
class SiteSink {
 public:
  virtual ~SiteSink() = default;
  virtual void report(std::string_view message_id, const PostSummary& post, const Loc& loc, Position start,
                      Position end, Args args, std::vector<Related> related = {},
                      std::vector<std::string> values = {}) = 0;
};

using SiteCheckFn = void (*)(const std::vector<PostSummary>&, const RuleOptions&, SiteSink&);

/// A rule: per post (check), or site-wide over all posts' summaries (site_check).
struct Rule {
  const RuleMeta& meta;
  CheckFn check = nullptr;
  SiteCheckFn site_check = nullptr;
};

/// Fills {name} placeholders of a message template.
std::string format_message(std::string_view text, Args args);

}  // namespace seolint
