// markdown: a compact summary and per-post list for pull-request comments and CI job summaries, cut to fit
// GitHub's comment limit (ReportOptions::markdown_limit bytes; never fewer characters than bytes).
#include <algorithm>
#include <cctype>

#include "report/common.hpp"
#include "seolint/report.hpp"
#include "seolint/text/url.hpp"
#include "seolint_version.hpp"
#include "seolint/text/language.hpp"

namespace seolint {

namespace {

constexpr std::size_t kMaxMessage = 400;  ///< bytes of a message shown, before escaping

/// At most max bytes of s, cut on a character boundary, with "…" when cut.
std::string clip(std::string_view s, std::size_t max) {
  if (s.size() <= max) return std::string(s);
  while (max > 0 && (static_cast<unsigned char>(s[max]) & 0xC0) == 0x80) --max;
  return std::string(s.substr(0, max)) + "…";
}

/// Post data as inert Markdown text: HTML escaped (GitHub renders inline HTML), Markdown punctuation
/// backslash-escaped, line breaks flattened, and @mentions and #references broken with a zero-width space.
std::string md_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '@':
      case '#': {  // "@name" would notify someone, "#12" link an issue
        char next = i + 1 < s.size() ? s[i + 1] : ' ';
        bool word = std::isalnum(static_cast<unsigned char>(next)) || next == '-' || next == '_';
        out += c;
        if (c == '@' ? word : std::isdigit(static_cast<unsigned char>(next)) != 0) out += "&#8203;";
        break;
      }
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
      case '!': out += '\\', out += c; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += ' ';
        else out += c;
    }
  }
  return out;
}

/// An http(s) URL as a link destination: characters that could end or break it are percent-encoded.
/// A URL safe inside a Markdown link: characters Markdown or GitHub would act on encoded.
std::string md_url(std::string_view url) { return text::percent_encode(url, "()<>\"\\`|[]*_"); }

std::string head(const Report& r, const Tally& t) {
  std::string out = "## seolint: ";
  out += t.total() ? plural(t.total(), "problem") + " in " + plural(t.posts.size(), "post") : "no problems";
  out += "\n\n";
  for (int s = 3; s >= 1; --s)
    out += std::string(t.severity[s] ? "**" : "") + plural(t.severity[s], severity_name(static_cast<Severity>(s))) +
           (t.severity[s] ? "**" : "") + (s > 1 ? " · " : "");
  out += " — read " + plural(r.run.posts, "post") + " in " + plural(r.run.files, "file") + " with seolint " +
         SEOLINT_VERSION + ".\n";
  if (!r.errors.empty()) out += "\n**" + plural(r.errors.size(), "input") + " could not be read** (listed below).\n";
  if (!t.rules.empty()) {
    out += "\n| rule | errors | warnings | notes |\n|:--|--:|--:|--:|\n";
    for (const auto& [rule, c] : t.rules)
      out += "| `" + rule + "` | " + with_commas(c[3]) + " | " + with_commas(c[2]) + " | " + with_commas(c[1]) + " |\n";
  }
  if (!t.locales.empty()) {
    out += "\nBy declared language: ";
    for (std::size_t i = 0; i < t.locales.size(); ++i) {
      const auto& [locale, c] = t.locales[i];
      std::string name = locale.empty() ? "not declared" : text::language_name(locale) + " (" + locale + ")";
      out += (i ? " · " : "") + md_escape(name) + " " + with_commas(c[1] + c[2] + c[3]);
    }
    out += ".\n";
  }
  return out;
}

std::string post_line(const PostRef& p, const Tally::Post& counts) {
  std::string out = "\n**" + md_escape(clip(p.title.empty() ? p.label : p.title, kMaxMessage)) + "**";
  if (!p.locale.empty()) out += " · " + md_escape(p.locale);
  if (!p.status.empty()) out += " · " + md_escape(p.status);
  if (is_web_url(p.url)) out += " · [live page](" + md_url(p.url) + ")";
  else if (!p.url.empty()) out += " · " + md_escape(clip(p.url, kMaxMessage));
  return out + " · " + md_escape(p.file) + " · " + counts_text(counts.severity) + "\n\n";
}

std::string finding_line(const Finding& f) {
  return "- **" + std::string(severity_name(static_cast<Severity>(static_cast<int>(f.severity)))) + "** `" + f.rule +
         "` " + std::to_string(f.start.line) + ":" + std::to_string(f.start.column) + " " +
         md_escape(clip(f.message, kMaxMessage)) + "\n";
}

std::string truncation_note(std::size_t findings, std::size_t posts, std::size_t limit) {
  return "\n> **" + plural(findings, "more finding") + " in " + plural(posts, "post") +
         " not shown**: this summary is cut to fit " + with_commas(limit) +
         " characters (GitHub's comment limit). Run `seolint --format html` for the full report.\n";
}

}  // namespace

void report_markdown(const Report& r, std::ostream& out, const ReportOptions& options) {
  Tally t = tally(r.findings);
  const std::size_t limit = options.markdown_limit;
  const std::size_t reserve = truncation_note(r.findings.size(), t.posts.size(), limit).size() + 64;
  std::string md = head(r, t);
  std::size_t hidden_findings = 0, hidden_posts = 0;
  bool full = false;
  auto fits = [&](std::size_t more) { return !full && md.size() + more + reserve <= limit; };
  for (const auto& post : t.posts) {
    std::string header = post_line(r.findings[post.first].post, post);
    std::size_t shown = 0;
    if (fits(header.size())) {
      std::string block = header;
      for (; shown < post.count; ++shown) {
        std::string line = finding_line(r.findings[post.first + shown]);
        if (!fits(block.size() + line.size())) break;
        block += line;
      }
      if (shown > 0) md += block;
    }
    if (shown < post.count) hidden_findings += post.count - shown, ++hidden_posts, full = true;
  }
  if (!r.errors.empty()) {
    std::string errors = "\n### Could not be read\n\n";
    std::size_t listed = 0;
    for (const auto& e : r.errors) {
      std::string line = "- " + md_escape(clip(e.str(), kMaxMessage)) + "\n";
      if (md.size() + errors.size() + line.size() + reserve > limit) break;
      errors += line, ++listed;
    }
    if (listed < r.errors.size()) errors += "- and " + plural(r.errors.size() - listed, "more input error") + "\n";
    md += errors;
  }
  if (hidden_findings) md += truncation_note(hidden_findings, hidden_posts, limit);
  out << md;
}

}  // namespace seolint
