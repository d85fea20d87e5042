// The man page writer (src/cli/manpage.cpp): troff escaping, and sections with their tagged items.
#include <catch2/catch.hpp>

#include <sstream>

#include "cli/manpage.hpp"

using seolint::cli::troff_text;

TEST_CASE("man page text: troff's special characters are escaped", "[manpage]") {
  CHECK(troff_text("a\\b") == "a\\eb");
  CHECK(troff_text("comma-separated") == "comma\\-separated");
  CHECK(troff_text(".seolint.json is read") == "\\&.seolint.json is read");
  CHECK(troff_text("'all' for every rule") == "\\&'all' for every rule");
  CHECK(troff_text("a.b 'c'") == "a.b 'c'");
  CHECK(troff_text("two\nlines") == "two lines");
}

TEST_CASE("man page text: non-ASCII characters as groff u escapes, bad UTF-8 as a question mark", "[manpage]") {
  CHECK(troff_text("caf\xc3\xa9 \xe2\x80\xa6") == "caf\\[u00E9] \\[u2026]");
  CHECK(troff_text("\xf0\x9f\x98\x80") == "\\[u1F600]");
  CHECK(troff_text("a\xff"
                   "b") == "a?b");
  CHECK(troff_text("\xc3") == "?");
  CHECK(troff_text("\xe2\x80z") == "??z");
}

TEST_CASE("man page text: options in bold, hyphenated words and a lone dash not", "[manpage]") {
  CHECK(troff_text("still count for --fail-on.") == "still count for \\fB\\-\\-fail\\-on\\fR.");
  CHECK(troff_text("(-j) or -q") == "(\\fB\\-j\\fR) or \\fB\\-q\\fR");
  CHECK(troff_text("non-public, or - for standard input") == "non\\-public, or \\- for standard input");
  CHECK(troff_text("-word and docs/-x") == "\\-word and docs/\\-x");
}

TEST_CASE("man page: sections, their items and the option tags", "[manpage]") {
  using seolint::cli::ManItem;
  using seolint::cli::ManSection;
  std::vector<ManSection> sections = {
      {"OPTIONS",
       "",
       {{{"-f", "--format"}, "FORMAT", {"Output format."}},
        {{"-q", "--quiet"}, "", {"Errors only; see --fail-on."}},
        {{"--fail-on"}, "LEVEL", {"Gate.", "More about the gate."}}}},
      {"FETCH OPTIONS", "For fetch.", {{{"--all-languages"}, "", {"Every language."}}}},
      {"EXIT STATUS", "", {{{"0"}, "", {"Clean."}}}},
      {"SEE ALSO", "docs/ and seolint --explain.", {}},
  };
  std::ostringstream out;
  seolint::cli::write_manpage(out,
                              {"1.2.3", "lint things", {"seolint [OPTIONS] PATH..."}, {"First.", "Second."}, sections});
  std::string page = out.str();
  CHECK(page.find(".TH SEOLINT 1 \"\" \"seolint 1.2.3\"") != std::string::npos);
  CHECK(page.find(".SH NAME\nseolint \\- lint things\n") != std::string::npos);
  CHECK(page.find(".SH SYNOPSIS\n\\fBseolint\\fR [\\fIOPTIONS\\fR] \\fIPATH\\fR...\n") != std::string::npos);
  CHECK(page.find(".SH DESCRIPTION\nFirst.\n.PP\nSecond.\n") != std::string::npos);
  CHECK(page.find(".TP\n\\fB\\-f\\fR, \\fB\\-\\-format\\fR \\fIFORMAT\\fR\nOutput format.\n") != std::string::npos);
  CHECK(page.find(".TP\n\\fB\\-q\\fR, \\fB\\-\\-quiet\\fR\nErrors only; see \\fB\\-\\-fail\\-on\\fR.\n") !=
        std::string::npos);
  // A longer description is an indented paragraph below the first.
  CHECK(page.find(".TP\n\\fB\\-\\-fail\\-on\\fR \\fILEVEL\\fR\nGate.\n.IP\nMore about the gate.\n") !=
        std::string::npos);
  CHECK(page.find(".SH \"FETCH OPTIONS\"\nFor fetch.\n.TP\n\\fB\\-\\-all\\-languages\\fR\n") != std::string::npos);
  CHECK(page.find(".SH \"EXIT STATUS\"\n.TP\n\\fB0\\fR\nClean.\n") != std::string::npos);
  CHECK(page.find(".SH \"SEE ALSO\"\ndocs/ and seolint \\fB\\-\\-explain\\fR.\n") != std::string::npos);
  std::size_t last = 0;
  for (const auto& s : sections) {
    std::size_t at = page.find(".SH \"" + s.title + "\"");
    CHECK(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  // No line of text starts with a dot or quote unless it is a request.
  std::istringstream lines(page);
  for (std::string l; std::getline(lines, l);)
    if (!l.empty() && l[0] == '\'') FAIL("a text line starts with a quote: " << l);
}
