// seolint.1 from the option tables: what `seolint --help-man` prints and the build installs.
#include "cli/manpage.hpp"

#include <boost/program_options/cmdline.hpp>
#include <cctype>
#include <cstdio>

namespace po = boost::program_options;

namespace seolint::cli {
namespace {

/// A tagged paragraph of the fixed sections: the tag in bold, then its text.
struct Item {
  const char* tag;
  const char* text;
};

/// The sections after the option tables, in order; each is an optional paragraph and tagged items.
struct Section {
  const char* title;
  const char* intro;
  std::vector<Item> items;
};

const std::vector<Section>& fixed_sections() {
  static const std::vector<Section> sections = {
      {"EXIT STATUS", nullptr,
       {{"0", "No finding at or above --fail-on (default error), and no more warnings than --max-warnings."},
        {"1", "A finding at or above --fail-on, or more warnings than --max-warnings allows. Findings covered by "
              "the baseline or a suppression do not count."},
        {"2", "A usage error (an unknown option or a bad value), a bad configuration, an input that could not be "
              "read or parsed, or a report that could not be written. The other inputs are still linted and "
              "reported; each problem is printed on standard error as file:line:col: message."}}},
      {"FILES", nullptr,
       {{".seolint.json",
         "The configuration, found in the current folder or the nearest parent folder unless --config names "
         "one: rule and message severities, rule options, ignored paths, the site's settings and suppressions "
         "(rules switched off for some posts, slugs, URLs or files, each with its reason). --print-config shows "
         "the configuration in force; docs/configuration.md describes every key."}}},
      {"ENVIRONMENT", nullptr,
       {{"SEOLINT_WP_USER", "The WordPress user that seolint fetch signs in as, for drafts and other statuses "
                            "that need credentials."},
        {"SEOLINT_WP_APP_PASSWORD", "That user's application password (WordPress: Users, Profile, Application "
                                    "Passwords). Credentials are read from the environment only, never from "
                                    "the command line or the site URL, and are never printed."},
        {"NO_COLOR", "When set, the text report has no colour unless --color always is given. Colour is also "
                     "off when standard output is not a terminal, with --output, and when TERM is dumb."}}},
      {"SEE ALSO",
       "seolint --list-rules lists the rules and seolint --explain RULE prints a rule's page. README.md and "
       "docs/ in the seolint sources (installed in the package's documentation folder, "
       "/usr/share/doc/seolint) describe the inputs, the configuration, the output formats and the use in "
       "continuous integration (docs/ci.md).",
       {}},
  };
  return sections;
}

/// Appends the code point of the UTF-8 sequence at s[i] as \[uXXXX] and advances i; '?' for a bad byte.
void append_non_ascii(const std::string& s, std::size_t& i, std::string& out) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  std::size_t extra = b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : 0;
  char32_t cp = b & (0x3F >> extra);
  bool ok = extra > 0;
  for (std::size_t k = 1; ok && k <= extra; ++k) {
    ok = i + k < s.size() && (byte(i + k) & 0xC0) == 0x80;
    if (ok) cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (!ok) {
    out += '?';
    ++i;
    return;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\[u%04X]", static_cast<unsigned>(cp));
  out += buf;
  i += extra + 1;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; }

/// The length of an option name starting at s[i] (--long-name or -x), or 0.
std::size_t option_at(const std::string& s, std::size_t i) {
  if (s[i] != '-' || (i > 0 && (is_word_char(s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.'))) return 0;
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '-') ++j;
  std::size_t start = j;
  if (j >= s.size() || !std::isalpha(static_cast<unsigned char>(s[j]))) return 0;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
  if (start == i + 1 && j - start != 1) return 0;  // "-x" only: "-word" is not an option
  return j - i;
}

/// Escapes plain text for troff: backslash, hyphens, non-ASCII; no fonts.
std::string escape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      append_non_ascii(s, i, out);
      continue;
    }
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else if (c == '\n' || c == '\t') out += ' ';
    else out += c;
    ++i;
  }
  return out;
}

std::string bold(const std::string& s) { return "\\fB" + escape(s) + "\\fR"; }
std::string italic(const std::string& s) { return "\\fI" + escape(s) + "\\fR"; }

/// A text line must not start with a control character ('.' or '\'').
std::string line(std::string s) {
  if (!s.empty() && (s[0] == '.' || s[0] == '\'')) s.insert(0, "\\&");
  return s + "\n";
}

/// A usage line: command words in bold, placeholders (upper case) in italics, the rest plain.
std::string synopsis_line(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == '_'; };
    auto lower = [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '-'; };
    if (upper(s[i])) {
      while (j < s.size() && upper(s[j])) ++j;
      out += italic(s.substr(i, j - i));
    } else if (lower(s[i])) {
      while (j < s.size() && lower(s[j])) ++j;
      out += bold(s.substr(i, j - i));
    } else {
      while (j < s.size() && !upper(s[j]) && !lower(s[j])) ++j;
      out += escape(s.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

/// "-f, --format FORMAT" for one option of a table.
std::string option_tag(const po::option_description& o) {
  std::string tag;
  std::string shortest = o.canonical_display_name(po::command_line_style::allow_dash_for_short);
  if (shortest.size() == 2 && shortest[0] == '-') tag = bold(shortest) + ", ";
  tag += bold("--" + o.long_name());
  if (std::string value = o.format_parameter(); !value.empty()) tag += " " + italic(value);
  return tag;
}

}  // namespace

std::string troff_text(const std::string& text) {
  std::string out;
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (std::size_t n = option_at(text, i)) {
      out += escape(text.substr(plain, i - plain)) + bold(text.substr(i, n));
      i += n;
      plain = i;
    } else {
      ++i;
    }
  }
  out += escape(text.substr(plain));
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

void write_manpage(std::ostream& out, const ManText& text, const std::vector<ManTable>& tables) {
  out << ".\\\" Generated by seolint --help-man from the option tables of --help; do not edit.\n"
      << ".TH SEOLINT 1 \"\" \"seolint " << escape(text.version) << "\" \"User Commands\"\n"
      << ".nh\n.ad l\n"  // no hyphenation or justification: option names, rule ids and paths stay whole
      << ".SH NAME\nseolint \\- lint the SEO metadata of WordPress posts and web pages\n"
      << ".SH SYNOPSIS\n";
  for (std::size_t i = 0; i < text.synopsis.size(); ++i)
    out << (i ? ".br\n" : "") << line(synopsis_line(text.synopsis[i]));
  out << ".SH DESCRIPTION\n";
  for (std::size_t i = 0; i < text.description.size(); ++i)
    out << (i ? ".PP\n" : "") << troff_text(text.description[i]) << "\n";
  for (const ManTable& t : tables) {
    out << ".SH \"" << t.section << "\"\n";
    if (!t.intro.empty()) out << troff_text(t.intro) << "\n";
    for (const auto& o : t.table->options())
      out << ".TP\n" << line(option_tag(*o)) << troff_text(o->description()) << "\n";
  }
  for (const Section& s : fixed_sections()) {
    out << ".SH \"" << s.title << "\"\n";
    if (s.intro) out << troff_text(s.intro) << "\n";
    for (const Item& item : s.items) out << ".TP\n" << line(bold(item.tag)) << troff_text(item.text) << "\n";
  }
}

}  // namespace seolint::cli
