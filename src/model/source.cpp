#include <algorithm>
#include <cstring>

#include "seolint/location.hpp"
#include "text/utf8.hpp"

namespace seolint {

Source::Source(std::string path, std::string display, std::string data)
    : path_(std::move(path)), display_(std::move(display)), data_(std::move(data)) {
  line_starts_.push_back(0);
  const char* p = data_.data();
  const char* end = p + data_.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', end - p)))) line_starts_.push_back(++p - data_.data());
}

Position Source::position(std::uint64_t offset) const {
  offset = std::min<std::uint64_t>(offset, data_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = it - line_starts_.begin();
  std::uint64_t start = line_starts_[line - 1];
  auto col = text::utf16_length(std::string_view(data_).substr(start, offset - start));
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(col + 1)};
}

}  // namespace seolint
