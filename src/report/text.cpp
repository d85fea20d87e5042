// text: `path:line:col: severity: message [rule-id]`, grouped per post, with a summary line.
#include <array>

#include "seolint/report.hpp"
#include "text/utf8.hpp"

namespace seolint {

namespace {
constexpr std::array<const char*, 4> kColor = {"", "\x1b[36m", "\x1b[33m", "\x1b[31m"};  // off note warning error
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

}  // namespace

std::string with_commas(std::size_t n) {
  std::string s = std::to_string(n);
  for (std::size_t i = s.size(); i > 3; i -= 3) s.insert(i - 3, ",");
  return s;
}

std::string plural(std::size_t n, std::string_view word) {
  return with_commas(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto escape = [&](unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", v);
    out += buf;
  };
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = text::utf8_sequence_length(s.substr(i));
    if (n == 0) {  // not UTF-8: shown as a byte, never passed to the terminal
      escape(c), ++i;
    } else if (c < 0x20 || c == 0x7F) {
      escape(c), ++i;
    } else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) {  // C1 controls (CSI, OSC)
      escape(static_cast<unsigned char>(s[i + 1])), i += 2;
    } else {
      out.append(s.substr(i, n)), i += n;
    }
  }
  return out;
}

void report_text(const Report& r, std::ostream& out, const ReportOptions& style) {
  auto paint = [&](const char* code, const std::string& s) {
    return style.color && *code ? code + s + kReset : s;
  };
  std::array<std::size_t, 4> counts{};
  std::string current;
  std::size_t posts_with_findings = 0;
  for (const auto& f : r.findings) {
    std::string key = f.post.file + "\n" + f.post.pointer;
    if (key != current) {
      current = key;
      ++posts_with_findings;
      out << (posts_with_findings > 1 ? "\n" : "") << paint(kBold, printable(f.post.label)) << " "
          << paint(kDim, "(" + printable(f.post.file) + ")") << "\n";
    }
    ++counts[static_cast<int>(f.severity)];
    out << printable(f.post.file) << ":" << f.start.line << ":" << f.start.column << ": "
        << paint(kColor[static_cast<int>(f.severity)], severity_name(f.severity)) << ": " << printable(f.message)
        << " " << paint(kDim, "[" + f.rule + "]") << "\n";
  }
  std::size_t total = counts[1] + counts[2] + counts[3];
  if (!r.findings.empty()) out << "\n";
  std::string summary = total ? plural(total, "problem") : "no problems";
  summary += " (" + plural(counts[3], "error") + ", " + plural(counts[2], "warning") + ", " +
             plural(counts[1], "note") + ") in " + plural(posts_with_findings, "post") + "; read " +
             plural(r.run.posts, "post") + " in " + plural(r.run.files, "file");
  if (!r.errors.empty()) summary += "; " + plural(r.errors.size(), "input error");
  out << paint(total || !r.errors.empty() ? kBold : "", summary) << "\n";
}

}  // namespace seolint
