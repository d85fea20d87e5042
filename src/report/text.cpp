// text: `path:line:col: severity: message [rule-id]`, grouped per post, with a summary line.
#include <array>

#include "seolint/report.hpp"

namespace seolint {

namespace {
constexpr std::array<const char*, 4> kColor = {"", "\x1b[36m", "\x1b[33m", "\x1b[31m"};  // off note warning error
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}
}  // namespace

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    bool c1 = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
              static_cast<unsigned char>(s[i + 1]) < 0xA0;
    if (c < 0x20 || c == 0x7F || c1) {
      unsigned v = c1 ? static_cast<unsigned char>(s[++i]) : c;
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", v);
      out += buf;
    } else {
      out += static_cast<char>(c);
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
