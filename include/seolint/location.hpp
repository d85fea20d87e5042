#pragma once
/// Where a value came from: a source file, byte offsets in it, and a logical location.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seolint {

/// A 1-based line and a 1-based column counted in UTF-16 code units.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  bool operator==(const Position&) const = default;
};

/// A value's place: byte offsets in its source file, its JSON pointer and, inside embedded HTML, its element.
struct Loc {
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
  std::string pointer;  ///< JSON pointer in the file ("/yoast_head_json/og_locale"), or "" for HTML pages
  std::string element;  ///< HTML element inside the value ("meta[property=og:locale]"), or ""
  bool operator==(const Loc&) const = default;
};

/// Where a piece of a file starts: its byte offset, line, and the UTF-16 column before it on that line.
struct Origin {
  std::uint64_t offset = 0;
  std::uint32_t line = 1;
  std::uint64_t column = 0;  ///< UTF-16 units between the line's start and offset
};

/// One input's bytes (the whole file, or one post's piece of a streamed file), with a line table to turn
/// offsets into positions. Offsets are file offsets, whatever piece is held.
class Source {
 public:
  Source(std::string path, std::string display, std::string data, Origin origin = {});
  const std::string& path() const { return path_; }
  /// The name used in reports: relative to the current directory, absolute outside it, or "stdin".
  const std::string& display() const { return display_; }
  /// The bytes held: data()[0] is at file offset origin().offset.
  const std::string& data() const { return data_; }
  const Origin& origin() const { return origin_; }
  /// The bytes between two file offsets (clamped to what is held).
  std::string_view slice(std::uint64_t begin, std::uint64_t end) const;
  Position position(std::uint64_t offset) const;

 private:
  std::string path_;
  std::string display_;
  std::string data_;
  Origin origin_;
  std::vector<std::uint64_t> line_starts_;  ///< offsets in data_ of each line start after the first
  /// Every kStride bytes: the UTF-16 column there, so a column on a long line costs one short stride.
  std::vector<std::uint64_t> stride_columns_;
  static constexpr std::uint64_t kStride = 1 << 10;
};

}  // namespace seolint
