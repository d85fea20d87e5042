#pragma once
/// Site-wide rules: they need every post of a site, so they see a compact summary of each, not the post.
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
};

/// What site-wide rules need of one post: a few values, their places, and the post's reference.
struct PostSummary {
  PostRef ref;
  std::string id, link, site;  ///< site: the host of the canonical or link
  std::string language;        ///< declared language
  std::string slug;
  std::optional<Placed> title, description, canonical;
  std::vector<std::pair<std::string, Placed>> alternates;    ///< hreflang -> href
  std::vector<std::pair<std::string, std::string>> translations;  ///< language -> id or URL
  std::string url;             ///< where the post is served (link, og:url, canonical), normalised
};

/// The summary of a post (SEO title and description decoded, without the site-name suffix).
PostSummary summarize(const Post& post, const PostRef& ref);

}  // namespace seolint
