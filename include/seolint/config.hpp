#pragma once
/// The configuration file, .seolint.json: JSON with comments and trailing commas.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/post.hpp"

namespace seolint {

/// One entry of "suppressions" in .seolint.json: the findings of rules on the posts all its selectors pick.
struct SuppressionEntry {
  std::vector<std::string> rules;  ///< "rule", "rule/message" or "all"
  std::vector<std::string> posts;  ///< post ids
  std::vector<std::string> slugs;  ///< slug globs
  std::vector<std::string> urls;   ///< URL globs (* anything)
  std::vector<std::string> files;  ///< input path globs (* within a folder, ** across folders)
  std::string reason;              ///< why the findings are accepted (required)
  std::string file;                ///< the configuration file (display path), for the unused note
  Position position;               ///< the entry's "{" in that file
  /// True when f's rule is one of rules and f's post matches every selector given (any item of each).
  bool covers(const Finding& f) const;
};

using OptionValues = std::map<std::string, std::map<std::string, std::string>>;  ///< rule -> option -> value

/// What the user configured: severities by rule or by "rule/message", rule options (also per locale),
/// and the site settings.
struct Config {
  std::map<std::string, Severity> severity;  ///< "rule" or "rule/message-id" -> severity; Off disables
  OptionValues options;
  std::map<std::string, OptionValues> locale_options;  ///< language ("de") -> options for its posts
  SiteSettings site;
  std::vector<std::string> ignore_paths;       ///< globs on input paths ("drafts/**")
  std::vector<std::string> ignore_posts;       ///< post ids ("123") or URL globs ("https://x.org/old/*")
  std::vector<SuppressionEntry> suppressions;  ///< findings accepted with a reason (applied by Suppressions)
  /// True when the post is to be skipped (its id or its URL matches ignore_posts).
  bool ignored(const Post& post) const;
  /// True when the input path is to be skipped.
  bool ignored_path(const std::string& display_path) const;
};

/// A glob: ? one character, ** anything; * anything within a path segment, or anything at all in a URL
/// (path false).
bool glob_match(std::string_view pattern, std::string_view text, bool path = true);

/// The file in force: the one given, else .seolint.json found walking up from the current directory, else "".
std::string find_config(const std::string& given);

/// Reads and validates a configuration into config. Every problem is an error naming the file's line and
/// column (with a did-you-mean); false when there was any.
bool load_config(const std::string& path, Config& config, std::vector<InputError>& errors);

/// The same, from text (for tests and standard input).
bool parse_config(const std::string& display, const std::string& text, Config& config, std::vector<InputError>& errors);

/// The configuration in force, every rule with its severities and options, as a .seolint.json.
std::string print_config(const Config& config);

}  // namespace seolint
