#pragma once
/// UTF-8 helpers: validation, encoding, UTF-16 lengths.
#include <cstddef>
#include <string>
#include <string_view>

namespace seolint::text {

/// Appends code point cp as UTF-8.
void append_utf8(std::string& out, char32_t cp);
/// Length of the valid UTF-8 sequence at s[0], or 0 when it is invalid (overlong, surrogate, truncated).
std::size_t utf8_sequence_length(std::string_view s);
/// Decodes the code point at s[i] and advances i; returns U+FFFD for invalid bytes.
char32_t next_code_point(std::string_view s, std::size_t& i);
/// Offset of the first invalid UTF-8 byte, or npos.
std::size_t find_invalid_utf8(std::string_view s);
/// s decoded as browsers decode UTF-8 (the WHATWG decoder): each invalid sequence (a maximal subpart: a lead byte
/// and the continuation bytes that fit it, or one stray byte) becomes one U+FFFD. Adds their number to *replaced.
std::string replace_invalid_utf8(std::string_view s, std::size_t* replaced = nullptr);
/// Number of UTF-16 code units needed for s.
std::size_t utf16_length(std::string_view s);
/// s without ASCII white space at either end.
std::string_view trim(std::string_view s);
/// s with ASCII letters lowercased (HTML names, language tags, charsets).
std::string lower_ascii(std::string_view s);
/// Number of code points in s.
std::size_t code_points(std::string_view s);

}  // namespace seolint::text
