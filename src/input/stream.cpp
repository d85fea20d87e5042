// Streamed input: a REST JSON array or NDJSON file read post by post, so memory does not grow with the file.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "input/sniff.hpp"
#include "input/stream.hpp"
#include "seolint/input.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {

constexpr std::size_t kBlock = 1 << 20;

/// A file read in blocks; the bytes from the oldest piece still wanted on are kept in memory.
class Blocks {
 public:
  explicit Blocks(int fd) : fd_(fd) {}
  ~Blocks() {
    if (fd_ > 0) ::close(fd_);
  }
  /// Reads another block; false at the end of the file or on an error (error() says which).
  bool more() {
    if (eof_) return false;
    std::size_t old = buf_.size();
    buf_.resize(old + kBlock);
    ssize_t n;
    do n = ::read(fd_, buf_.data() + old, kBlock);
    while (n < 0 && errno == EINTR);
    buf_.resize(old + (n > 0 ? n : 0));
    if (n < 0) error_ = std::strerror(errno);
    if (n <= 0) eof_ = true;
    if (bytes_) *bytes_ += n > 0 ? n : 0;
    return n > 0;
  }
  /// True when the byte at file offset at is held (reading on as needed).
  bool has(std::uint64_t at) {
    while (at >= start_ + buf_.size())
      if (!more()) return false;
    return true;
  }
  char at(std::uint64_t off) const { return buf_[off - start_]; }
  std::string_view held(std::uint64_t from) const { return std::string_view(buf_).substr(from - start_); }
  std::string copy(std::uint64_t from, std::uint64_t to) const { return buf_.substr(from - start_, to - from); }
  /// Forgets the bytes before off (they are done with).
  void drop(std::uint64_t off) {
    std::size_t n = off - start_;
    if (n < buf_.size() / 2 && n < kBlock) return;  // amortised: move the tail only when it is worth it
    buf_.erase(0, n);
    start_ = off;
  }
  std::uint64_t end() const { return start_ + buf_.size(); }
  const std::string& error() const { return error_; }
  void count_into(std::uint64_t* bytes) { bytes_ = bytes; }

 private:
  int fd_;
  std::string buf_;
  std::uint64_t start_ = 0;
  bool eof_ = false;
  std::string error_;
  std::uint64_t* bytes_ = nullptr;
};

/// Line and UTF-16 column of a file offset, advanced as the file is read.
struct Cursor {
  Origin at;
  void advance(std::string_view bytes) {
    const char* last = nullptr;
    for (const char* p = bytes.data();
         (p = static_cast<const char*>(std::memchr(p, '\n', bytes.data() + bytes.size() - p)));)
      last = p++, ++at.line;
    std::string_view tail = last ? bytes.substr(last + 1 - bytes.data()) : bytes;
    at.column = (last ? 0 : at.column) + text::utf16_length(tail);
    at.offset += bytes.size();
  }
};

bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

class Streamer {
 public:
  Streamer(int fd, const InputPath& in, const ReadOptions& options, const ItemSink& on_item)
      : blocks_(fd), in_(in), display_(display_path(in.path)), options_(options), on_item_(on_item) {}

  void count_into(std::uint64_t* bytes) { blocks_.count_into(bytes); }

  void run() {
    std::uint64_t first = skip_space(sniff::after_bom(head()));
    char c = blocks_.has(first) ? blocks_.at(first) : 0;
    bool binary = std::memchr(head().data(), 0, std::min<std::size_t>(head().size(), 8192)) != nullptr;
    if (!binary && c == '[') return array(first), end();
    if (!binary && c == '{' && ndjson(first)) return lines(), end();
    whole();
  }

 private:
  std::string_view head() {
    blocks_.has(8192);
    return blocks_.held(0).substr(0, 8192);
  }
  /// True when the byte at at is held; past the post size limit, the bytes behind are let go as the scan goes.
  bool reach(std::uint64_t at) {
    if (!blocks_.has(at)) return false;
    if (at - from_ <= options_.max_post_bytes) return true;
    if (!oversize_) oversize_ = true, from_pos_ = position(from_);
    if (at - cursor_.at.offset > 2 * kMargin) advance(at - kMargin), blocks_.drop(at - kMargin);
    return true;
  }
  void start_piece(std::uint64_t from) { from_ = from, oversize_ = false; }

  std::uint64_t skip_space(std::uint64_t at) {
    while (blocks_.has(at) && space(blocks_.at(at))) ++at;
    return at;
  }
  void emit_error(std::uint64_t at, std::string message) {
    InputItem item{InputItem::Kind::Error, nullptr, "", false, {display_, position(at), std::move(message)}, display_,
                   in_.explicit_path};
    on_item_(std::move(item));
  }
  Position position(std::uint64_t at) {
    advance(at);
    return {cursor_.at.line, static_cast<std::uint32_t>(cursor_.at.column + 1)};
  }
  void advance(std::uint64_t to) {
    if (to > cursor_.at.offset) cursor_.advance(blocks_.held(cursor_.at.offset).substr(0, to - cursor_.at.offset));
  }
  /// Hands on the bytes [from, to) as one post's piece.
  void piece(std::uint64_t from, std::uint64_t to, std::size_t index, bool in_array) {
    if (oversize_) {
      on_item_({InputItem::Kind::Error,
                nullptr,
                "",
                false,
                {display_, from_pos_,
                 "post is " + std::to_string((to - from) >> 20) + " MiB, over the " +
                     std::to_string(options_.max_post_bytes >> 20) + " MiB limit (raise it with --max-post-size)"},
                display_,
                in_.explicit_path});
      advance(to);
      blocks_.drop(to);
      return;
    }
    advance(from);
    InputItem item{InputItem::Kind::Piece, nullptr, "/" + std::to_string(index), in_array, {}, display_,
                   in_.explicit_path};
    item.bytes = blocks_.copy(from, to), item.origin = cursor_.at,
    item.path = in_.path;  // the Source is made by a worker
    on_item_(std::move(item));
    advance(to);
    blocks_.drop(to);
  }
  void end() {
    if (!blocks_.error().empty()) emit_error(blocks_.end(), "cannot read: " + blocks_.error());
    on_item_({InputItem::Kind::End, nullptr, "", false, {}, display_, in_.explicit_path});
  }

  /// The end of the JSON value starting at from (one past it), or where the file ended inside it.
  std::uint64_t value_end(std::uint64_t from) {
    std::string open;  // the brackets still open; a closer that does not match breaks the file's structure
    std::uint64_t at = from;
    start_piece(from);
    for (; reach(at); ++at) {
      char c = blocks_.at(at);
      if (c == '"') {
        at = string_end(at + 1);
        if (open.empty()) return at + 1;
      } else if (c == '{' || c == '[') {
        open += c;
      } else if (c == '}' || c == ']') {
        if (open.empty() || open.back() != (c == '}' ? '{' : '[')) return broken_ = true, at + 1;
        open.pop_back();
        if (open.empty()) return at + 1;
      } else if (open.empty() && (c == ',' || space(c))) {
        return at;  // a number or literal element
      }
    }
    broken_ = !open.empty();  // the file ended inside it: its parse says so
    return at;
  }
  /// The offset of the quote closing a string whose contents start at from (or the file's end).
  std::uint64_t string_end(std::uint64_t from) {
    std::uint64_t at = from;
    while (reach(at)) {
      std::string_view rest = blocks_.held(at);
      const char* q = static_cast<const char*>(std::memchr(rest.data(), '"', rest.size()));
      if (!q) {
        at += rest.size();
        continue;
      }
      at += q - rest.data();
      std::uint64_t slashes = 0;
      while (at - slashes > from && blocks_.at(at - slashes - 1) == '\\') ++slashes;
      if (slashes % 2 == 0) return at;
      ++at;
    }
    return at;
  }

  /// A JSON array: every element a piece; after a syntax error between elements, the rest is lost (DESIGN).
  void array(std::uint64_t open) {
    std::uint64_t at = skip_space(open + 1);
    if (blocks_.has(at) && blocks_.at(at) == ']') return after_array(at + 1);
    for (std::size_t i = 0;; ++i) {
      if (!blocks_.has(at)) return emit_error(at, "unexpected end of input, expected a value");
      std::uint64_t end = value_end(at);
      piece(at, end, i, true);
      if (broken_) return;  // its parse reports the error; what follows cannot be told apart (DESIGN: lost)
      at = skip_space(end);
      if (!blocks_.has(at)) return emit_error(at, "unexpected end of input, expected ',' or ']'");
      char c = blocks_.at(at);
      if (c == ']') return after_array(at + 1);
      if (c != ',') return emit_error(at, "expected ',' or ']' after an array element");
      at = skip_space(at + 1);
    }
  }
  void after_array(std::uint64_t at) {
    at = skip_space(at);
    if (blocks_.has(at)) emit_error(at, "unexpected content after the JSON array");
  }

  /// NDJSON when the name says so, or when the first line is a whole value and more follows.
  bool ndjson(std::uint64_t first) {
    if (sniff::has_extension(in_.path, sniff::kNdjson)) return true;
    std::uint64_t nl = first;
    while (blocks_.has(nl) && blocks_.at(nl) != '\n') ++nl;
    if (!blocks_.has(nl) || !blocks_.has(skip_space(nl))) return false;
    json::Value v;
    json::Error err;
    std::string_view line = blocks_.held(first).substr(0, nl - first);
    return json::parse(line, first, options_.limits, v, err);
  }
  /// NDJSON: every non-blank line a piece.
  void lines() {
    std::uint64_t at = 0;
    for (std::size_t index = 0; blocks_.has(at); ++index) {
      std::uint64_t nl = at;
      start_piece(at);
      while (true) {
        std::string_view rest = blocks_.held(nl);
        const char* p = static_cast<const char*>(std::memchr(rest.data(), '\n', rest.size()));
        if (p) {
          nl += p - rest.data();
          break;
        }
        nl += rest.size();
        if (!reach(nl)) break;
      }
      std::string_view line = oversize_ ? std::string_view("x") : blocks_.held(at).substr(0, nl - at);
      if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
        std::size_t from = at == 0 ? sniff::after_bom(line) : 0;
        piece(at + from, nl, index, false);
      }
      at = nl + 1;
    }
  }

  /// Anything else is read whole: pages, exports, one JSON object, and what is not JSON at all.
  void whole() {
    while (blocks_.more()) {
    }
    if (!blocks_.error().empty()) return emit_error(0, "cannot read: " + blocks_.error());
    auto src = std::make_shared<const Source>(in_.path, display_, std::string(blocks_.held(0)));
    on_item_({InputItem::Kind::Whole, std::move(src), "", false, {}, display_, in_.explicit_path});
  }

  Blocks blocks_;
  const InputPath& in_;
  std::string display_;
  const ReadOptions& options_;
  const ItemSink& on_item_;
  Cursor cursor_;
  std::uint64_t from_ = 0;  ///< where the piece being scanned starts
  bool oversize_ = false;   ///< it is over the post size limit: its bytes are not kept
  bool broken_ = false;     ///< a bracket did not match: the array's structure is lost from there
  Position from_pos_;
  static constexpr std::uint64_t kMargin = 1 << 16;
};

}  // namespace

void stream_input(const InputPath& in, const ReadOptions& options, const ItemSink& on_item, std::uint64_t* bytes_read) {
  int fd = in.path == "-" ? ::dup(STDIN_FILENO) : ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    on_item({InputItem::Kind::Error,
             nullptr,
             "",
             false,
             {display_path(in.path), {}, std::string("cannot open: ") + std::strerror(errno)},
             display_path(in.path),
             in.explicit_path});
    return;
  }
  Streamer s(fd, in, options, on_item);
  s.count_into(bytes_read);
  s.run();
}

}  // namespace seolint
