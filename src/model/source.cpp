#include <algorithm>
#include <cstring>

#include "seolint/location.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

Source::Source(std::string path, std::string display, std::string data, Origin origin)
    : path_(std::move(path)), display_(std::move(display)), data_(std::move(data)), origin_(origin) {
  line_starts_.push_back(0);
  const char* p = data_.data();
  const char* end = p + data_.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', end - p)))) line_starts_.push_back(++p - data_.data());
  // Built now, not on first use, so posts of one source can be located from several threads.
  std::size_t l = 0;
  for (std::uint64_t mark = kStride; mark <= data_.size(); mark += kStride) {
    while (l + 1 < line_starts_.size() && line_starts_[l + 1] <= mark) ++l;
    std::uint64_t from = std::max(line_starts_[l], mark - kStride);
    std::uint64_t base = from == line_starts_[l] ? (l == 0 ? origin_.column : 0) : stride_columns_.back();
    stride_columns_.push_back(base + text::utf16_length(std::string_view(data_).substr(from, mark - from)));
  }
}

std::string_view Source::slice(std::uint64_t begin, std::uint64_t end) const {
  auto local = [&](std::uint64_t at) {
    return std::clamp<std::uint64_t>(at, origin_.offset, origin_.offset + data_.size()) - origin_.offset;
  };
  std::uint64_t b = local(begin), e = std::max(b, local(end));
  return std::string_view(data_).substr(b, e - b);
}

Position Source::position(std::uint64_t offset) const {
  offset = std::clamp<std::uint64_t>(offset, origin_.offset, origin_.offset + data_.size()) - origin_.offset;
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = it - line_starts_.begin();
  std::uint64_t start = line_starts_[line - 1];
  std::uint64_t col = line == 1 ? origin_.column : 0;  // the piece's first line began before the piece
  if (offset - start >= kStride) {                     // a long line: start from the last stride mark on it
    std::uint64_t mark = offset / kStride * kStride;
    col = stride_columns_[mark / kStride - 1];
    start = mark;
  }
  col += text::utf16_length(std::string_view(data_).substr(start, offset - start));
  return {static_cast<std::uint32_t>(origin_.line + line - 1), static_cast<std::uint32_t>(col + 1)};
}

}  // namespace seolint
