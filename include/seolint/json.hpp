#pragma once
/// A JSON reader that keeps every value's byte offset, for file:line:col locations.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seolint::json {

enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };

struct Member;

/// One JSON value. Offsets are bytes into the buffer it was parsed from, plus that buffer's base.
struct Value {
  Kind kind = Kind::Null;
  bool boolean = false;
  std::uint64_t begin = 0;  ///< first character of the value; for strings, the one after the quote
  std::uint64_t end = 0;    ///< one past the last character; for strings, the closing quote
  std::string text;         ///< decoded string, or the number as written
  std::vector<Value> items;
  std::vector<Member> members;

  bool is_string() const { return kind == Kind::String; }
  bool is_object() const { return kind == Kind::Object; }
  bool is_array() const { return kind == Kind::Array; }
  bool is_number() const { return kind == Kind::Number; }
  /// The first member with this key, or null.
  const Value* find(std::string_view key) const;
  /// The member's string value, or null when absent or not a string.
  const Value* find_string(std::string_view key) const;
  /// The value at a JSON pointer ("/@graph/0/@id"), or null.
  const Value* at(std::string_view pointer) const;
};

struct Member {
  std::string key;
  std::uint64_t key_begin = 0;
  Value value;
};

struct Limits {
  std::size_t max_depth = 1000;
};

struct Error {
  std::uint64_t offset = 0;
  std::string message;
};

/// Reads JSON values one at a time from a buffer (so arrays and NDJSON can be read element by element).
class Reader {
 public:
  Reader(std::string_view buffer, std::uint64_t base, Limits limits);
  /// Skips white space; returns the next byte or 0 at the end.
  char peek();
  /// Consumes one expected byte after white space.
  bool expect(char c);
  bool at_end() { return peek() == 0 && pos_ >= buf_.size(); }
  /// Parses one value at the current position, nested depth levels deep (an array element: 1).
  bool value(Value& out, std::size_t depth = 0);
  std::uint64_t offset() const { return base_ + pos_; }
  void seek(std::uint64_t offset) { pos_ = offset - base_; }
  const Error& error() const { return error_; }

 private:
  bool parse(Value& out, std::size_t depth);
  bool string(std::string& out);
  bool number(Value& out);
  bool literal(Value& out);
  bool fail(std::string message);
  bool fail_at(std::size_t pos, std::string message);

  std::string_view buf_;
  std::uint64_t base_;
  std::size_t pos_ = 0;
  Limits limits_;
  Error error_;
};

/// Parses a whole buffer holding exactly one value.
bool parse(std::string_view buffer, std::uint64_t base, Limits limits, Value& out, Error& error);

/// Maps offsets in a decoded string back to offsets in the raw JSON string it came from.
class OffsetMap {
 public:
  OffsetMap() = default;
  /// Decodes raw JSON string contents (between the quotes) at file offset base, recording escapes.
  static OffsetMap decode(std::string_view raw, std::uint64_t base, std::string& decoded);
  /// The map alone, for raw JSON string contents whose decoded text the reader already has.
  static OffsetMap of(std::string_view raw, std::uint64_t base);
  /// Identity map for text that is its own source, starting at base.
  static OffsetMap identity(std::uint64_t base);
  std::uint64_t to_source(std::uint64_t decoded_offset) const;

 private:
  struct Step {
    std::uint64_t decoded;
    std::uint64_t source;
  };
  std::vector<Step> steps_;
};

/// A key as one JSON pointer segment: "~" as "~0", "/" as "~1" (RFC 6901), with the leading "/".
std::string pointer_segment(std::string_view key);

}  // namespace seolint::json
