// Helpers the reports share (src/report/common.hpp): words and numbers for people, escaping for HTML, XML and
// GitHub workflow commands, the counts of a run, and the severity names of the CI formats.
#include "report/common.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "seolint/engine.hpp"
#include "seolint/registry.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
/// s with each character in `special` written as %XX (upper-case hex), as the runner decodes it.
std::string percent_escape(std::string_view s, std::string_view special) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (special.find(c) == std::string_view::npos) {
      out += c;
    } else {
      auto u = static_cast<unsigned char>(c);
      out += '%', out += kHex[u >> 4], out += kHex[u & 15];
    }
  }
  return out;
}
}  // namespace

// ---- Words ----

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

std::string describe_configuration(const Config& config, std::string_view fail_on, bool quiet) {
  std::string on, off, changed, options;
  auto add = [](std::string& list, const std::string& item) { list += (list.empty() ? "" : ", ") + item; };
  for (const Rule* r : all_rules()) {
    std::string id(r->meta.id);
    auto it = config.severity.find(id);
    if (it != config.severity.end() && it->second == Severity::Off) add(off, id);
    else add(on, it == config.severity.end() ? id : id + " (all " + severity_name(it->second) + ")");
  }
  for (const auto& [key, severity] : config.severity)
    if (key.find('/') != std::string::npos) add(changed, key + " " + severity_name(severity));
  for (const auto& [rule, values] : config.options)
    for (const auto& [name, value] : values) add(options, rule + " " + name + "=" + value);
  std::string out = "Rules: " + (on.empty() ? std::string("none") : on);
  if (!off.empty()) out += "\nTurned off: " + off;
  if (!changed.empty()) out += "\nMessages with another severity: " + changed;
  out += "\nRule options: " + (options.empty() ? std::string("defaults") : options);
  out += "\nFails on: " + (fail_on == "never" ? std::string("never") : std::string(fail_on) + " and above");
  if (quiet) out += "\nShows errors only (--quiet)";
  return out;
}

// ---- The editor reports (html, markdown) ----

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7F) out += "\xEF\xBF\xBD";
        else out += c;
    }
  }
  return out;
}

bool is_web_url(std::string_view url) {
  auto starts = [&](std::string_view scheme) {
    if (url.size() <= scheme.size()) return false;
    for (std::size_t i = 0; i < scheme.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != scheme[i]) return false;
    return true;
  };
  if (!starts("http://") && !starts("https://")) return false;
  return std::none_of(url.begin(), url.end(),
                      [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; });
}

Difference differing_part(std::string_view a, std::string_view b) {
  auto continuation = [](std::string_view s, std::size_t i) {
    return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  };
  std::size_t n = std::min(a.size(), b.size()), p = 0;
  while (p < n && a[p] == b[p]) ++p;
  while (p > 0 && (continuation(a, p) || continuation(b, p))) --p;  // never split a character
  std::size_t s = 0;
  while (s < n - p && a[a.size() - 1 - s] == b[b.size() - 1 - s]) ++s;
  while (s > 0 && continuation(a, a.size() - s)) --s;  // the suffix's bytes are equal, so one check does
  return {p, s};
}

Tally tally(const std::vector<Finding>& findings) {
  Tally t;
  std::map<std::string, Tally::Counts> rules, locales;
  std::string current;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    auto s = static_cast<std::size_t>(f.severity);
    std::string key = f.post.file + "\n" + f.post.pointer;
    if (t.posts.empty() || key != current) t.posts.push_back({i, 0, {}}), current = key;
    ++t.posts.back().count;
    ++t.posts.back().severity[s];
    ++t.severity[s];
    ++rules[f.rule][s];
    ++locales[f.post.locale][s];
  }
  t.rules.assign(rules.begin(), rules.end());
  t.locales.assign(locales.begin(), locales.end());
  auto total = [](const Tally::Counts& c) { return c[1] + c[2] + c[3]; };
  std::stable_sort(t.locales.begin(), t.locales.end(),
                   [&](const auto& a, const auto& b) { return total(a.second) > total(b.second); });
  return t;
}

std::string counts_text(const Tally::Counts& c) {
  std::string out;
  for (int s = 3; s >= 1; --s)
    if (c[s]) out += (out.empty() ? "" : ", ") + plural(c[s], severity_name(static_cast<Severity>(s)));
  return out;
}

// ---- The CI formats (junit, github, codequality, checkstyle) ----

std::string xml_chars(std::string_view s) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = text::utf8_sequence_length(s.substr(i));
    if (n == 0) {  // a byte that is not UTF-8: one replacement each
      out += kReplacement, ++i;
    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {  // not Char in XML 1.0, even as &#1;
      out += kReplacement, ++i;
    } else if (n == 3 && c == 0xEF && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
      out += kReplacement, i += 3;  // U+FFFE, U+FFFF
    } else {
      out.append(s.substr(i, n)), i += n;
    }
  }
  return out;
}

std::string github_escape_data(std::string_view s) { return percent_escape(s, "%\r\n"); }

std::string github_escape_property(std::string_view s) { return percent_escape(s, "%\r\n:,"); }

const char* github_command(Severity s) {
  return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "notice";
}

const char* codequality_severity(Severity s) {
  return s == Severity::Error ? "major" : s == Severity::Warning ? "minor" : "info";
}

const char* checkstyle_severity(Severity s) {
  return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "info";
}

}  // namespace seolint
