#pragma once
/// JSON text written by hand, for the outputs that carry one record per post or finding (SARIF results,
/// summaries): building Boost.JSON objects for each costs more than the rest of writing them.
#include <cstdint>
#include <string>
#include <string_view>

namespace seolint::text {

struct JsonText {
  std::string& out;
  /// A JSON string; s must be UTF-8 (bytes at or above 0x80 pass through).
  JsonText& str(std::string_view s) {
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out.append(s.substr(run, i - run));
      run = i + 1;
      static constexpr char kShort[] = "btn\0fr";  // \b \t \n, \f \r
      if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
      else if (c >= 8 && c <= 13 && c != 11) out += '\\', out += kShort[c - 8];
      else out += "\\u00", out += "0123456789abcdef"[c >> 4], out += "0123456789abcdef"[c & 15];
    }
    out.append(s.substr(run));
    out += '"';
    return *this;
  }
  /// "key": (after a comma unless first).
  JsonText& key(std::string_view k, bool first = false) {
    if (!first) out += ',';
    str(k), out += ':';
    return *this;
  }
  JsonText& num(std::uint64_t n) {
    out += std::to_string(n);
    return *this;
  }
  JsonText& raw(std::string_view s) {
    out += s;
    return *this;
  }
};

}  // namespace seolint::text
