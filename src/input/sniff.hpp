#pragma once
/// How an input is recognised: its name's extension, and where its content starts.
#include <span>
#include <string>
#include <string_view>

#include "seolint/text/utf8.hpp"

namespace seolint::sniff {

/// True when path ends with one of exts, in any case (".HTML" is ".html").
inline bool has_extension(std::string_view path, std::span<const std::string_view> exts) {
  std::string lower = text::lower_ascii(path);
  for (auto ext : exts)
    if (lower.size() >= ext.size() && lower.compare(lower.size() - ext.size(), ext.size(), ext) == 0) return true;
  return false;
}

/// The offset after a UTF-8 byte order mark, which is not content.
inline std::size_t after_bom(std::string_view data) { return data.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

/// The first byte that is not white space (after a BOM), or 0.
inline char first_char(std::string_view data) {
  std::size_t p = data.find_first_not_of(" \t\r\n", after_bom(data));
  return p == std::string_view::npos ? 0 : data[p];
}

inline constexpr std::string_view kHtml[] = {".html", ".htm"};
inline constexpr std::string_view kXml[] = {".xml"};
inline constexpr std::string_view kNdjson[] = {".ndjson", ".jsonl"};
/// What a directory walk reads.
inline constexpr std::string_view kWalked[] = {".json", ".ndjson", ".jsonl", ".html", ".htm", ".xml"};

}  // namespace seolint::sniff
