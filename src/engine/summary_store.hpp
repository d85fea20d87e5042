#pragma once
/// Post summaries for the site-wide rules: kept in a summaries file (NDJSON), with a small index in memory.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/site.hpp"

namespace seolint {

/// Summaries written to a file as they are added; in memory only each post's place in the file and the
/// hashes of the keys that relate it to other posts (docs/formats.md: the summaries file).
class SummaryStore {
 public:
  /// One post in memory: where its summary is, and its order in the run.
  struct Entry {
    std::uint64_t offset = 0;  ///< where its line starts in its file
    std::uint64_t index = 0;   ///< PostRef::index: its order in the whole run
    std::uint32_t length = 0;  ///< bytes of its line, without the newline
    std::uint16_t file = 0;    ///< 0: the store's own file; n: the n-th file read
    bool points = false;       ///< has alternates or translations (followed by groups())
    bool directives = false;   ///< has seolint-disable comments site-wide findings may use
  };

  /// Writes to a temporary file (removed at once) when path is "", else to path, which is kept.
  explicit SummaryStore(const std::string& path = "");
  ~SummaryStore();
  SummaryStore(const SummaryStore&) = delete;
  SummaryStore& operator=(const SummaryStore&) = delete;

  /// Adds a post's summary, in run order; the same post met again is kept once. False on a write error.
  bool add(const PostSummary& summary);
  /// Adds every summary of a summaries file another run wrote (read in place, not copied); each error names
  /// file:line:col, and a bad line loses only that line. False on any error.
  bool read(const std::string& path, const std::function<void(InputError&&)>& on_error);
  /// The number of posts kept (the same post met twice counts once).
  std::size_t size() const { return entries_.size(); }
  /// Related posts (sharing a key, directly or through others): each group of two or more in run order
  /// (PostRef::index), groups in the order of their first post. Values are positions for load().
  std::vector<std::vector<std::uint32_t>> groups() const;
  /// The summaries at these positions, in that order (a summary that cannot be read back is left out).
  /// Positions of the posts with seolint-disable comments, in run order.
  std::vector<std::uint32_t> with_directives() const;
  std::vector<PostSummary> load(const std::vector<std::uint32_t>& positions) const;
  /// The first error creating or writing the file or reading it back (message "" when none).
  const InputError& error() const { return error_; }
  /// Bytes of memory the index holds (entries and key table, as allocated).
  std::size_t index_bytes() const;

 private:
  /// Reads back the summary of entry i; false (and error_ set) when it cannot.
  bool load_one(std::uint32_t i, PostSummary& out) const;
  /// The position of the post s is a copy of (the same id and link; without id, the same URL), or none.
  std::uint32_t copy_of(const PostSummary& s) const;
  /// Indexes s, whose line is at offset in file: as a new post, or in place of its copy (at copy) when s
  /// comes earlier in the run. False when the index is full.
  bool keep(const PostSummary& s, std::uint32_t copy, std::uint16_t file, std::uint64_t offset, std::uint64_t length);
  /// The slot of key in the table: where it is, or the empty slot where it would go.
  std::size_t slot(std::uint64_t key) const;
  /// Adds key for post i: the first post with a key is its owner; a later one is joined to it.
  void own(std::uint64_t key, std::uint32_t i);
  /// Each post's root after following hreflang alternates and translations to the posts they name.
  std::vector<std::uint32_t> roots() const;
  /// Doubles the key table.
  void grow();
  /// Sets error_ (about file) when it is still empty; returns false.
  bool fail(std::uint16_t file, std::string message) const;

  std::vector<int> fds_;            ///< open files: the store's own first, then those read
  std::vector<std::string> paths_;  ///< their names, for errors
  std::uint64_t written_ = 0;       ///< bytes in the store's own file
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> parents_;  ///< union-find over entries: a related post (itself at a root)
  std::vector<std::uint64_t> keys_;     ///< open addressing, linear probing: key hashes (0: empty slot)
  std::vector<std::uint32_t> owners_;   ///< the first post with the key in the same slot
  std::size_t used_ = 0;                ///< keys in the table
  mutable InputError error_;
};

}  // namespace seolint
