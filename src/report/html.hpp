#pragma once
/// The parts of the HTML report. report_html (html.cpp) writes the page around them: the run and the summary
/// (html_summary.cpp), the posts as JSON for the page's script (html_data.cpp) and the rules' docs
/// (html_rules.cpp); the page's stylesheet and script are src/report/assets/.
#include <string>
#include <string_view>
#include <vector>

#include "report/common.hpp"
#include "seolint/report.hpp"

namespace seolint {

/// src/report/assets/report.css and report.js, embedded by cmake/embed.cmake (generated/report_assets.cpp).
extern const std::string_view kReportCss, kReportJs;

namespace html {

// html.cpp: what the parts share.
/// "Notes", "Warnings", "Errors" by Severity.
extern const char* const kSeverityTitle[4];
/// "French (fr-FR)", or "Not declared" for "".
std::string locale_name(const std::string& code);
/// The lines of s, without their line ends.
std::vector<std::string_view> split_lines(std::string_view s);

// html_summary.cpp
/// The run: when, which seolint, the inputs, the configuration, the inputs that could not be read.
void run_section(std::string& out, const Report& r);
/// The summary: charts by severity, rule and language (their labels set the filters), the posts with the most.
void summary_section(std::string& out, const Report& r, const Tally& t);

// html_data.cpp
/// The run's posts and findings as the JSON the page's script lists (safe inside a <script> element).
std::string data_json(const Report& r, const Tally& t);

// html_rules.cpp
/// A rule's page in the appendix, from its doc (docs/rules/<id>.md).
void rule_article(std::string& out, const Rule& rule);

}  // namespace html
}  // namespace seolint
