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
  std::string page_url;  ///< --page-url: the URL of a single rendered page
  std::size_t shard = 0, shards = 1;  ///< --shard: REST posts of other shards are skipped before they are parsed
};

/// The 0-based shard of a post (--shard): a hash of its id, else its URL, else its place in its file.
std::size_t shard_of(std::string_view id, std::string_view url, std::string_view place, std::size_t shards);

using PostSink = std::function<void(Post&&)>;
using ErrorSink = std::function<void(InputError&&)>;

/// Reads WordPress REST JSON (one post, an array, or NDJSON) from a loaded source.
/// explicit_path: named on the command line, so a file without posts is an error (not skipped).
void read_rest(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
               const PostSink& on_post, const ErrorSink& on_error);

/// Reads a rendered HTML page (one post) from a loaded source.
void read_page(const std::shared_ptr<const Source>& source, const ReadOptions& options, const PostSink& on_post,
               const ErrorSink& on_error);
/// Drops a post body nested deeper than the limit (gumbo would stall on it), with an error at the body:
/// the post is still linted, its written language unknown.
void guard_body(Post& post, const ReadOptions& options, const ErrorSink& on_error);

/// Reads a WordPress export (WXR) from a loaded source.
void read_wxr(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
              const PostSink& on_post, const ErrorSink& on_error);
/// True when the content is a WordPress export (RSS with the wp: export namespace).
bool looks_like_wxr(std::string_view data);
/// Reads any supported input: HTML pages and REST JSON, chosen by content first, then by extension.
void read_input(const std::shared_ptr<const Source>& source, const ReadOptions& options, bool explicit_path,
                const PostSink& on_post, const ErrorSink& on_error);

/// Parses an HTML head into head; map turns offsets in html into file offsets; pointer names the field.
void read_head(std::string_view html, const std::shared_ptr<const json::OffsetMap>& map, const std::string& pointer,
               const json::Limits& limits, Head& head);

/// Expands the command line's paths: files as given, directories walked in sorted order, "-" for stdin.
struct InputPath {
  std::string path;
  bool explicit_path = true;
};
/// What a file's pieces held, for the verdict at its end: posts, errors, and values that were not posts.
struct FileTally {
  std::size_t posts = 0;    ///< posts met, including those of other shards
  std::size_t skipped = 0;  ///< posts of other shards, not read further
  std::size_t errors = 0;
  std::vector<InputError> not_posts;
};
/// At the end of a REST file: a file named on the command line must hold a post; values that are not posts
/// are errors unless the file was met in a directory walk and held nothing else.
void finish_rest_file(const std::string& display, bool explicit_path, FileTally& tally, const ErrorSink& on_error);

/// Reads one piece of a streamed REST file (an array element, or an NDJSON line) at JSON pointer pointer.
void read_piece(const std::shared_ptr<const Source>& piece, const std::string& pointer, bool in_array,
                const ReadOptions& options, const PostSink& on_post, const ErrorSink& on_error, FileTally& tally);

/// One unit of input, in file order: a post's piece of a streamed file, a whole source, an error, or the end
/// of a streamed file.
struct InputItem {
  enum class Kind { Piece, Whole, Error, End };
  Kind kind = Kind::Whole;
  std::shared_ptr<const Source> source;  ///< Whole: the file
  std::string pointer;                   ///< Piece: its JSON pointer ("/3")
  bool in_array = false;                 ///< Piece: an array element (one level deep), not an NDJSON line
  InputError error;                      ///< Error
  std::string display;                   ///< the file's display path
  bool explicit_path = true;
  // Piece: its bytes and where they start, made into a Source where it is parsed (on a worker thread).
  std::string path = "";
  std::string bytes = "";
  Origin origin = {};
};
using ItemSink = std::function<void(InputItem&&)>;
/// Reads an input path as items: REST arrays and NDJSON post by post, in memory bounded by the largest post;
/// pages, exports and single JSON objects whole. A streamed file ends with an End item. bytes_read grows as
/// the file is read (for progress).
void stream_input(const InputPath& in, const ReadOptions& options, const ItemSink& on_item,
                  std::uint64_t* bytes_read = nullptr);

std::vector<InputPath> expand_paths(const std::vector<std::string>& args, const ErrorSink& on_error);

/// Loads a path ("-" is standard input) into a source; false with an error when it cannot be read.
std::shared_ptr<const Source> load_source(const std::string& path, const ErrorSink& on_error);

/// The name used in reports: relative to the current directory when inside it, else absolute.
std::string display_path(const std::string& path);

}  // namespace seolint
