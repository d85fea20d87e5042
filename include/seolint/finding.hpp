#pragma once
/// A finding: what one rule observed about one post, at one place.
#include <optional>
#include <string>
#include <vector>

#include "seolint/location.hpp"

namespace seolint {

enum class Severity { Off, Note, Warning, Error };

/// "error", "warning", "note", "off".
const char* severity_name(Severity s);
/// Parses a severity name; false when unknown.
bool parse_severity(const std::string& name, Severity& out);

/// Another place a finding's message names (SARIF related location).
struct Related {
  Loc loc;
  std::string message;
  Position start, end;    ///< resolved by the engine
  std::string file = "";  ///< another input's display path (site-wide rules), or "" for the finding's own
};

/// PostRef::index of a finding about no post (an unused entry of the configuration).
inline constexpr std::size_t kNoPost = static_cast<std::size_t>(-1);

/// Which post a finding is about, for headers, logical locations and fingerprints.
struct PostRef {
  std::string file;       ///< display path of the source
  std::string label;      ///< "post 50288 myofascial-release-…"
  std::string identity;   ///< "host/id", else the canonical, else file#index
  std::string pointer;    ///< JSON pointer of the post in its file ("" or "/3")
  std::size_t index = 0;  ///< order of the post in the run
  // For the editor reports (html, markdown): decoded, as the post gives them; "" when unknown.
  std::string title;      ///< title.rendered, else the head's <title>
  std::string url;        ///< the URL it is served at (any scheme: check before making it a link)
  std::string locale;     ///< the first declared language ("fr")
  std::string status;     ///< WordPress status ("publish", "draft"), "" for pages
  std::string id = "";    ///< the post's id ("50288"), "" for pages; configured suppressions select by it
  std::string slug = "";  ///< the post's slug, "" for pages
  bool operator==(const PostRef&) const = default;
};

/// Why a finding does not count against the gate (SARIF result.suppressions).
struct Suppression {
  std::string kind;  ///< SARIF's kind: "external" (baseline, configuration) or "inSource" (a comment in the post)
  std::string justification;  ///< the reason given, or "in baseline FILE"
  bool baseline = false;      ///< true when the baseline suppressed it (text shows it only with --show-baselined)
};

struct Finding {
  std::string rule;
  std::string message_id;
  Severity severity = Severity::Warning;
  std::string message;
  Loc loc;
  std::vector<Related> related;
  std::vector<std::string> values;  ///< the offending values, for the fingerprint
  // Filled by the engine:
  Position start, end;
  PostRef post;
  std::string fingerprint;
  std::optional<Suppression> suppression;  ///< set when a baseline or a suppression covers the finding
};

/// An input that could not be read: not a finding, it makes the run exit 2.
struct InputError {
  std::string file;
  Position position;  ///< {0,0} when it concerns the whole file
  std::string message;
  /// "file:line:col: message" (or "file: message").
  std::string str() const;
};

}  // namespace seolint
