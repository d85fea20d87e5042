#pragma once
/// Inputs: files, directories and standard input, read into posts.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/json.hpp"
#include "seolint/post.hpp"

namespace seolint {

struct ReadOptions {
  json::Limits limits;
  std::uint64_t max_post_bytes = 64ull << 20;
  std::string page_url;                      ///< --page-url: the URL of a single rendered page
  std::size_t shard = 0, shards = 1;         ///< --shard: REST posts of other shards are skipped before they are parsed
  std::shared_ptr<const SiteSettings> site;  ///< the configuration's site settings, given to every post read
};

using PostSink = std::function<void(Post&&)>;
using ErrorSink = std::function<void(InputError&&)>;

/// Reads WordPress REST JSON (one post, an array, or NDJSON) from a loaded source.
/// explicit_path: named on the command line, so a file without posts is an error (not skipped).
void read_rest(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
               const PostSink& on_post, const ErrorSink& on_error);

/// Reads a rendered HTML page (one post) from a loaded source.
void read_page(const std::shared_ptr<const Source>& source, const ReadOptions& options, const PostSink& on_post,
               const ErrorSink& on_error);
/// Reads a WordPress export (WXR) from a loaded source.
void read_wxr(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
              const PostSink& on_post, const ErrorSink& on_error);
/// True when the content is a WordPress export (RSS with the wp: export namespace).
bool looks_like_wxr(std::string_view data);
/// Reads any supported input: HTML pages and REST JSON, chosen by content first, then by extension.
void read_input(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
                const PostSink& on_post, const ErrorSink& on_error);

/// Expands the command line's paths: files as given, directories walked in sorted order, "-" for stdin.
struct InputPath {
  std::string path;
  bool explicit_path = true;
};
std::vector<InputPath> expand_paths(const std::vector<std::string>& args, const ErrorSink& on_error);

/// Loads a path ("-" is standard input) into a source; false with an error when it cannot be read.
std::shared_ptr<const Source> load_source(const std::string& path, const ErrorSink& on_error);

/// The name used in reports: relative to the current directory when inside it, else absolute.
std::string display_path(const std::string& path);

}  // namespace seolint
