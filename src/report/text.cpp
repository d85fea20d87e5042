// text: `path:line:col: severity: message [rule-id]`, grouped per post, with a summary line.
#include <array>
#include <vector>

#include "report/common.hpp"
#include "seolint/report.hpp"

namespace seolint {

namespace {
constexpr std::array<const char*, 4> kColor = {"", "\x1b[36m", "\x1b[33m", "\x1b[31m"};  // off note warning error
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

class TextWriter : public ReportWriter {
 public:
  TextWriter(std::ostream& out, const ReportOptions& style) : out_(out), style_(style) {}

  void add(std::span<const Finding> findings) override {
    for (const auto& f : findings) {
      if (f.suppression && !style_.show_baselined) {
        ++hidden_;
        continue;
      }
      std::string key = f.post.file + "\n" + f.post.pointer;
      if (key != current_) {
        current_ = key;
        count_post(f.post.index);
        out_ << (lines_ ? "\n" : "") << paint(kBold, printable(f.post.label)) << " "
             << paint(kDim, "(" + printable(f.post.file) + ")") << "\n";
      }
      ++lines_;
      if (f.suppression) ++hidden_;
      else ++counts_[static_cast<int>(f.severity)];
      out_ << printable(f.post.file) << ":" << f.start.line << ":" << f.start.column << ": "
           << paint(kColor[static_cast<int>(f.severity)], severity_name(f.severity)) << ": " << printable(f.message)
           << " " << paint(kDim, "[" + f.rule + "]") << suppressed_mark(f) << "\n";
    }
  }

  void finish(const RunSummary& run, const std::vector<InputError>& errors) override {
    std::size_t total = counts_[1] + counts_[2] + counts_[3];
    if (lines_) out_ << "\n";
    for (const auto& note : run.notes) out_ << paint(kColor[1], "note") << ": " << printable(note) << "\n";
    std::string summary = total ? plural(total, "problem") : "no problems";
    summary += " (" + plural(counts_[3], "error") + ", " + plural(counts_[2], "warning") + ", " +
               plural(counts_[1], "note") + ") in " + plural(posts_, "post") + "; read " + plural(run.posts, "post") +
               " in " + plural(run.files, "file");
    if (hidden_) summary += "; " + with_commas(hidden_) + " suppressed";
    if (!errors.empty()) summary += "; " + plural(errors.size(), "input error");
    out_ << paint(total || !errors.empty() ? kBold : "", summary) << "\n";
  }

 private:
  std::string paint(const char* code, const std::string& s) const {
    return style_.color && *code ? code + s + kReset : s;
  }
  std::string suppressed_mark(const Finding& f) const {
    if (!f.suppression) return "";
    return " " + paint(kDim, "(suppressed: " + printable(f.suppression->justification) + ")");
  }

  std::ostream& out_;
  ReportOptions style_;
  std::array<std::size_t, 4> counts_{};
  std::string current_;
  std::size_t posts_ = 0, hidden_ = 0, lines_ = 0;
  std::vector<bool> counted_;  ///< by post index: posts already counted

  /// Counts a post once, though site-wide findings name it again; a note about the configuration is no post.
  void count_post(std::size_t index) {
    if (index == kNoPost) return;
    if (counted_.size() <= index) counted_.resize(index + 1);
    posts_ += !counted_[index];
    counted_[index] = true;
  }
};
}  // namespace

std::unique_ptr<ReportWriter> stream_text(std::ostream& out, const RunSummary&, const ReportOptions& options) {
  return std::make_unique<TextWriter>(out, options);
}

void report_text(const Report& r, std::ostream& out, const ReportOptions& style) {
  write_through(*stream_text(out, r.run, style), r);
}

}  // namespace seolint
