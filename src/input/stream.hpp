#pragma once
/// The readers' own plumbing: streamed REST files piece by piece, shards, and the HTML head and body guards.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "seolint/input.hpp"

namespace seolint {

/// The 0-based shard of a post (--shard): a hash of its id, else its URL, else its place in its file.
std::size_t shard_of(std::string_view id, std::string_view url, std::string_view place, std::size_t shards);

/// Drops a post body nested deeper than the limit (gumbo would stall on it), with an error at the body:
/// the post is still linted, its written language unknown.
void guard_body(Post& post, const ReadOptions& options, const ErrorSink& on_error);

/// Parses an HTML head into head; map turns offsets in html into file offsets; pointer names the field.
void read_head(std::string_view html, const std::shared_ptr<const json::OffsetMap>& map, const std::string& pointer,
               const json::Limits& limits, Head& head);

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

}  // namespace seolint
