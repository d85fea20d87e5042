#pragma once
/// Site-wide rules: they need every post of a site, so they see a compact summary of each, not the post.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/post.hpp"

namespace seolint {

/// A value of a post, kept with its place once the post itself is gone.
struct Placed {
  std::string value;
  Loc loc;
  Position start, end;
  bool operator==(const Placed&) const = default;
};

/// One rule of a post's seolint-disable comment that site-wide findings may still use (kept once the post is gone).
struct SiteDirective {
  Placed rule;  ///< "all", "rule" or "rule/message", at its place
  std::string reason;
  bool used = false;  ///< a finding of the post itself was suppressed by it
  bool operator==(const SiteDirective&) const = default;
};

/// What site-wide rules need of one post: a few values, their places, and the post's reference. Produced by
/// summarize() only; every member is also one line of the field table in src/model/summary_fields.hpp, from
/// which the summaries file is written and read.
struct PostSummary {
  PostRef ref;
  std::string id, link, site;  ///< site: the host of the canonical or link
  std::string language;        ///< declared language
  std::string slug;
  std::optional<Placed> title, description, canonical, link_at;
  std::vector<std::pair<std::string, Placed>> alternates;         ///< hreflang -> href
  std::vector<std::pair<std::string, std::string>> translations;  ///< language -> id or URL
  /// language -> post id, for a WPML translation whose target above is its href (the href may differ from the
  /// translated post's link: a relative copy, another host, an old slug; the id still finds it on the site)
  std::vector<std::pair<std::string, std::string>> translation_ids;
  std::string url;                        ///< where the post is served (link, og:url, canonical), normalised
  std::vector<SiteDirective> directives;  ///< filled by apply_directives
  bool operator==(const PostSummary&) const = default;
};

class SiteSink;

/// The summary of a post (SEO title and description decoded, without the site-name suffix).
PostSummary summarize(const Post& post, const PostRef& ref);

/// Posts of one site sharing a value (key), in run order: the groups of two or more.
std::vector<std::vector<const PostSummary*>> same_value(const std::vector<PostSummary>& posts,
                                                        const std::function<std::string(const PostSummary&)>& key);

/// Reports every post after the first whose field has the same value as an earlier post of its site
/// (case-insensitively when fold_case), naming the first; message args: {value}, {other}, {count}.
void report_duplicates(const std::vector<PostSummary>& posts, std::optional<Placed> PostSummary::*field, bool fold_case,
                       std::string_view message_id, SiteSink& sink);
/// The same, comparing key(post) instead of the field's value (posts whose key is "" are not compared).
void report_duplicates_by(const std::vector<PostSummary>& posts, std::optional<Placed> PostSummary::*field,
                          const std::function<std::string(const PostSummary&)>& key, std::string_view message_id,
                          SiteSink& sink);

/// A related location at a placed value of another post.
Related related_at(const PostSummary& post, const Placed& p, const std::string& message);

}  // namespace seolint
