// html: the run and the summary at the top of the page, as HTML (the charts are inline SVG).
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <tuple>

#include "report/html.hpp"
#include "seolint_version.hpp"

namespace seolint::html {

namespace {

std::string utc_time(std::chrono::system_clock::time_point t, const char* format) {
  std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

/// One horizontal bar chart row: label (a filter button), an SVG bar of stacked segments, the count.
void bar_row(std::string& out, const std::string& attrs, const std::string& button, const std::string& label,
             const Tally::Counts& counts, std::size_t max) {
  std::size_t total = counts[1] + counts[2] + counts[3];
  out += "<li " + attrs + " data-count=\"" + std::to_string(total) +
         "\"><button type=\"button\" class=\"chart-label\" " + button + ">" + html_escape(label) +
         "</button><svg class=\"bar\" viewBox=\"0 0 100 10\" " +
         "preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect class=\"track\" width=\"100\" height=\"10\"/>";
  double x = 0;
  for (int s = 3; s >= 1; --s) {
    if (!counts[s] || !max) continue;
    double w = 100.0 * static_cast<double>(counts[s]) / static_cast<double>(max);
    char rect[160];
    std::snprintf(rect, sizeof rect, "<rect class=\"fill-%s\" x=\"%.3f\" width=\"%.3f\" height=\"10\"/>",
                  severity_name(static_cast<Severity>(s)), x, w);
    out += rect;
    x += w;
  }
  out += "</svg><span class=\"chart-count\">" + with_commas(total) + "</span></li>\n";
}

std::size_t max_total(const std::vector<std::pair<std::string, Tally::Counts>>& rows) {
  std::size_t m = 0;
  for (const auto& [key, c] : rows) m = std::max(m, c[1] + c[2] + c[3]);
  return m;
}

void charts(std::string& out, const Tally& t) {
  out += "<div class=\"charts\">\n<figure class=\"chart\" id=\"chart-severity\"><figcaption>By severity</figcaption>"
         "<ul class=\"bars\">\n";
  std::size_t max = std::max({t.severity[1], t.severity[2], t.severity[3]});
  for (int s = 3; s >= 1; --s) {
    Tally::Counts only{};
    only[s] = t.severity[s];
    bar_row(out, std::string("data-summary-severity=\"") + severity_name(static_cast<Severity>(s)) + "\"",
            std::string("data-set-severity=\"") + severity_name(static_cast<Severity>(s)) + "\"", kSeverityTitle[s],
            only, max);
  }
  out +=
      "</ul></figure>\n<figure class=\"chart\" id=\"chart-rule\"><figcaption>By rule</figcaption><ul class=\"bars\">\n";
  for (const auto& [rule, c] : t.rules)
    bar_row(out, "data-summary-rule=\"" + html_escape(rule) + "\"", "data-set-rule=\"" + html_escape(rule) + "\"", rule,
            c, max_total(t.rules));
  out += "</ul></figure>\n<figure class=\"chart\" id=\"chart-locale\"><figcaption>By declared language</figcaption>"
         "<ul class=\"bars\">\n";
  for (const auto& [locale, c] : t.locales)
    bar_row(out, "data-summary-locale=\"" + html_escape(locale) + "\"",
            "data-set-locale=\"" + html_escape(locale) + "\"", locale_name(locale), c, max_total(t.locales));
  out += "</ul></figure>\n</div>\n";
}

std::string post_title(const PostRef& p) { return p.title.empty() ? p.label : p.title; }

void top_posts(std::string& out, const Report& r, const Tally& t) {
  std::vector<std::size_t> order(t.posts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](std::size_t i) { return std::make_tuple(t.posts[i].severity[3], t.posts[i].count); };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) > key(b); });
  order.resize(std::min<std::size_t>(order.size(), 10));
  out += "<div class=\"top\"><h3>Posts with the most problems</h3>\n<ol class=\"top-posts\">\n";
  for (std::size_t i : order) {
    const PostRef& p = r.findings[t.posts[i].first].post;
    out += "<li><a href=\"#post-" + std::to_string(i) + "\">" + html_escape(post_title(p)) +
           "</a> <span class=\"muted\">" + html_escape(counts_text(t.posts[i].severity)) +
           (p.locale.empty() ? "" : " · " + html_escape(p.locale)) + "</span></li>\n";
  }
  out += "</ol></div>\n";
}

/// A list of at most `shown` items, the rest behind "and N more".
std::string short_list(const std::vector<std::string>& items, std::size_t shown) {
  std::string out = "<ul class=\"plain\">";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i == shown)
      out += "</ul><details><summary>and " + with_commas(items.size() - shown) + " more</summary><ul class=\"plain\">";
    out += "<li>" + items[i] + "</li>";
  }
  return out + (items.size() > shown ? "</ul></details>" : "</ul>");
}

}  // namespace

void run_section(std::string& out, const Report& r) {
  const RunSummary& run = r.run;
  out += "<section class=\"card run\" id=\"run\" aria-label=\"About this run\"><div class=\"run-grid\">\n";
  std::string when = run.started == std::chrono::system_clock::time_point{}
                         ? std::string("not recorded")
                         : "<time datetime=\"" + utc_time(run.started, "%Y-%m-%dT%H:%M:%SZ") + "\">" +
                               utc_time(run.started, "%Y-%m-%d %H:%M UTC") + "</time>";
  out += "<div><h3>When</h3><p>" + when + "</p><h3>seolint</h3><p>version " + html_escape(SEOLINT_VERSION) +
         "</p></div>\n";
  std::vector<std::string> inputs;
  for (const auto& in : run.inputs) inputs.push_back("<code>" + html_escape(in) + "</code>");
  out += "<div><h3>Inputs</h3><p>" + plural(run.posts, "post") + " in " + plural(run.files, "file") + "</p>" +
         short_list(inputs, 3) + "</div>\n";
  std::vector<std::string> config;
  for (auto line : split_lines(run.configuration)) config.push_back(html_escape(line));
  out += "<div class=\"wide\"><h3>Configuration</h3>" + short_list(config, 20) + "</div>\n</div>\n";
  if (!r.errors.empty()) {
    std::vector<std::string> errors;
    for (const auto& e : r.errors) errors.push_back("<code>" + html_escape(e.str()) + "</code>");
    out += "<div class=\"run-errors\"><h3 class=\"bad\">Could not be read: " + plural(r.errors.size(), "input") +
           "</h3>" + short_list(errors, 10) + "</div>\n";
  }
  out += "</section>\n";
}

void summary_section(std::string& out, const Report& r, const Tally& t) {
  out += "<section class=\"card\" id=\"summary\"><h2>Summary</h2>\n";
  if (t.total() == 0) {
    out += "<p class=\"all-good\">No problems found in " + plural(r.run.posts, "post") + ".</p></section>\n";
    return;
  }
  charts(out, t);
  top_posts(out, r, t);
  out += "</section>\n";
}

}  // namespace seolint::html
