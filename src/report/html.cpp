// html: one self-contained page for editors. The run and a summary with SVG charts are written as HTML; the
// posts travel as JSON in the page and a small script lists them (paginated, collapsed, filtered), building
// every node with textContent, so nothing from a post is ever parsed as markup. The rules' docs are an
// appendix; each finding clones its "why it matters" and "how to fix it" from there.
// This file writes the page around the parts (src/report/html.hpp) and the posts section's filters.
#include "report/html.hpp"

#include <cstdio>
#include <random>

#include "seolint_version.hpp"
#include "seolint/text/language.hpp"

namespace seolint {

namespace html {

const char* const kSeverityTitle[4] = {"Off", "Notes", "Warnings", "Errors"};

std::string locale_name(const std::string& code) {
  return code.empty() ? "Not declared" : text::language_name(code) + " (" + code + ")";
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  while (!s.empty()) {
    std::size_t nl = s.find('\n');
    lines.push_back(s.substr(0, nl));
    s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
  }
  return lines;
}

namespace {

/// A nonce for the Content-Security-Policy: only the page's own style and script run.
std::string nonce() {
  std::random_device rd;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x%08x%08x%08x", rd(), rd(), rd(), rd());
  return buf;
}

void filters(std::string& out, const Tally& t) {
  out += "<form class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"Filter the findings\">\n"
         "<fieldset class=\"severities\"><legend>Severity</legend>";
  for (int s = 3; s >= 1; --s)
    out += std::string("<label class=\"sev-toggle sev-") + severity_name(static_cast<Severity>(s)) +
           "\"><input type=\"checkbox\" name=\"severity\" value=\"" + std::to_string(s) + "\" checked> " +
           kSeverityTitle[s] + " <span class=\"muted\">" + with_commas(t.severity[s]) + "</span></label>";
  out += "</fieldset>\n<label class=\"field\">Rule <select id=\"filter-rule\"><option value=\"\">All rules</option>";
  for (const auto& [rule, c] : t.rules)
    out += "<option value=\"" + html_escape(rule) + "\">" + html_escape(rule) + " (" + with_commas(c[1] + c[2] + c[3]) +
           ")</option>";
  out += "</select></label>\n<label class=\"field\">Language <select id=\"filter-locale\"><option value=\"*\">All "
         "languages</option>";
  for (const auto& [locale, c] : t.locales)
    out += "<option value=\"" + html_escape(locale) + "\">" + html_escape(locale_name(locale)) + " (" +
           with_commas(c[1] + c[2] + c[3]) + ")</option>";
  out += "</select></label>\n<label class=\"field grow\">Search <input type=\"search\" id=\"filter-text\" "
         "placeholder=\"Title, address, message…\" autocomplete=\"off\"></label>\n</form>\n";
}

}  // namespace

}  // namespace html

void report_html(const Report& r, std::ostream& out, const ReportOptions&) {
  using namespace html;
  Tally t = tally(r.findings);
  std::string n = nonce();
  std::string headline =
      t.total() ? plural(t.total(), "problem") + " in " + plural(t.posts.size(), "post") : std::string("No problems");
  std::string page;
  page.reserve(1 << 16);
  page += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'nonce-" +
          n + "'; script-src 'nonce-" + n +
          "'; base-uri 'none'; form-action 'none'\">\n"
          "<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"seolint " +
          html_escape(SEOLINT_VERSION) + "\">\n<title>SEO review: " + headline + "</title>\n<style nonce=\"" + n +
          "\">\n" + std::string(kReportCss) +
          "</style>\n</head>\n<body>\n<header class=\"page-head\"><div class=\"wrap\">"
          "<p class=\"kicker\">seolint · SEO review</p>\n<h1>" +
          headline + "</h1>\n<p class=\"lead\">";
  for (int s = 3; s >= 1; --s)
    page += std::string("<span class=\"pill sev-") + severity_name(static_cast<Severity>(s)) + "\">" +
            plural(t.severity[s], severity_name(static_cast<Severity>(s))) + "</span> ";
  page += "<span class=\"muted\">· read " + plural(r.run.posts, "post") + " in " + plural(r.run.files, "file");
  if (!r.errors.empty()) page += ", " + plural(r.errors.size(), "input") + " could not be read";
  page += "</span></p>\n<nav class=\"jump\"><a href=\"#summary\">Summary</a><a href=\"#posts\">Posts</a>"
          "<a href=\"#rules\">Rules</a></nav></div></header>\n<main class=\"wrap\">\n";
  run_section(page, r);
  summary_section(page, r, t);
  if (t.total()) {
    page += "<section id=\"posts\"><h2>Posts and their problems</h2>\n";
    filters(page, t);
    page += "<div class=\"list-bar\"><p id=\"status\" aria-live=\"polite\"></p><span class=\"list-actions\">"
            "<button type=\"button\" id=\"filter-reset\">Clear filters</button><button type=\"button\" "
            "id=\"expand-all\">Expand all</button><button type=\"button\" id=\"collapse-all\">"
            "Collapse all</button></span></div>\n<div id=\"post-list\"></div>\n<nav class=\"pager\" id=\"pager\" "
            "aria-label=\"Pages\"></nav>\n<noscript><p class=\"card\">The list of posts needs JavaScript. The summary "
            "above is complete without it.</p></noscript>\n</section>\n";
  }
  page += "<section id=\"rules\"><h2>The rules</h2>\n<p class=\"muted\">What each rule checks, why it matters and "
          "how to fix what it reports.</p>\n";
  for (const Rule* rule : r.run.rules) rule_article(page, *rule);
  page += "</section>\n</main>\n<footer class=\"wrap muted\">Made by seolint " + html_escape(SEOLINT_VERSION) +
          ". This page is self-contained: it works offline and loads nothing.</footer>\n";
  out << page;
  out << "<script type=\"application/json\" id=\"report-data\">";
  out << data_json(r, t);
  out << "</script>\n<script nonce=\"" << n << "\">\n" << kReportJs << "</script>\n</body>\n</html>\n";
}

}  // namespace seolint
