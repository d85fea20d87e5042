#pragma once
/// seolint fetch: posts read from a WordPress site's REST API (over net::Client), linted as they arrive.
/// Private to the command line: not part of the public headers.
#include <cstdint>
#include <string>
#include <vector>

#include "seolint/input.hpp"

namespace seolint {

struct FetchOptions {
  std::string site;                                ///< https://example.org (a path prefix is kept)
  std::vector<std::string> types{"post", "page"};  ///< post types
  std::vector<std::string> statuses{"publish"};    ///< anything but publish needs credentials
  std::string modified_after;                      ///< ISO 8601, for incremental scans
  bool all_languages = false;
  std::string user, password;  ///< from the environment only (read_credentials); never printed
  long timeout_seconds = 30;
  int parallel = 4;  ///< requests under way at once
  std::uint64_t max_response_bytes = 256ull << 20;
  bool follow_other_hosts = false;
  int retries = 4;        ///< on 429 and 5xx, with backoff honouring Retry-After
  std::string ca_file;    ///< extra CA bundle (certificate verification is always on)
  std::string save_path;  ///< NDJSON of exactly what was fetched
  bool progress = false;  ///< one line on standard error
};

struct FetchStats {
  std::size_t requests = 0, pages = 0, posts = 0;
  double seconds = 0;
};

/// SEOLINT_WP_USER and SEOLINT_WP_APP_PASSWORD into the options (credentials never come from the command line).
void read_credentials(FetchOptions& options);

/// Fetches the requested posts in a deterministic order (language, type, page) and hands each
/// response page to the REST reader. Problems are input errors (the file is the URL); the posts
/// fetched before them are still handed on.
void fetch_site(const FetchOptions& options, const ReadOptions& read, const PostSink& on_post,
                const ErrorSink& on_error, FetchStats& stats);

}  // namespace seolint
