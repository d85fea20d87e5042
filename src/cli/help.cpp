// The one source of --help and the man page: the option table and the words around it.
#include "cli/help.hpp"

#include <boost/program_options.hpp>

#include "seolint/report.hpp"
#include "seolint_version.hpp"

namespace po = boost::program_options;

namespace seolint::cli {
namespace {

// Where an option's value goes: a field of CliArgs, or of a struct in it (&CliArgs::fetch_options,
// &FetchOptions::parallel).
template <auto... Member>
auto& field(CliArgs& a) {
  return (a.*....*Member);
}
template <auto... Member>
po::value_semantic* value(CliArgs& a, const char* arg) {
  return po::value(&field<Member...>(a))->value_name(arg);
}
/// Repeatable: each occurrence adds to the list.
template <auto... Member>
po::value_semantic* list(CliArgs& a, const char* arg) {
  return po::value(&field<Member...>(a))->composing()->value_name(arg);
}
template <auto... Member>
po::value_semantic* flag(CliArgs& a, const char*) {
  return po::bool_switch(&field<Member...>(a));
}

using A = CliArgs;
using F = FetchOptions;
constexpr auto kFetch = &CliArgs::fetch_options;

std::vector<Option> make_options() {
  const Group M = Group::Main;
  return {
      {M, "format,f", "FORMAT", value<&A::format>, "Output format: " + format_names() + " (default text)."},
      {M, "output,o", "FILE", value<&A::output>, "Write the report to FILE instead of standard output."},
      {M, "fail-on", "error|warning|note|never", value<&A::fail_on>,
       "Exit 1 when a finding has at least this severity (default error)."},
      {M, "enable", "RULE", list<&A::enable>,
       "Run RULE, or one message RULE/MESSAGE (repeatable, in order; 'all' for every rule)."},
      {M, "disable", "RULE", list<&A::disable>,
       "Do not run RULE, or report RULE/MESSAGE (repeatable, in order; 'all')."},
      {M, "rule-option", "RULE:OPTION=VALUE", list<&A::rule_options>,
       "Set a rule's option, e.g. untranslated-title:min-words=5 (repeatable)."},
      {M, "list-rules", nullptr, flag<&A::list_rules>, "List the rules with their default severity and summary."},
      {M, "config,c", "FILE", value<&A::config_file>,
       "Configuration (default: .seolint.json in this folder or a parent; else the built-in defaults)."},
      {M, "print-config", nullptr, flag<&A::print_config>, "Print the configuration in force and exit."},
      {M, "explain", "RULE", value<&A::explain>, "Print a rule's documentation and exit."},
      {M, "color", "auto|always|never", value<&A::color>, "Colour the text output (default auto)."},
      {M, "quiet,q", nullptr, flag<&A::quiet>, "Report errors only; warnings and notes still count for --fail-on."},
      {M, "page-url", "URL", value<&A::page_url>,
       "The URL a single rendered HTML page was served at (default: its saved-from comment, og:url, canonical)."},
      {M, "max-depth", "N", value<&A::max_depth>,
       "Deepest JSON or HTML nesting accepted (default 1000, at most 10000)."},
      {M, "max-post-size", "MIB", value<&A::max_post_mib>, "Largest post accepted, in MiB (default 64)."},
      {M, "jobs,j", "N", value<&A::jobs>, "Lint on N threads (default: one per core); the output is the same."},
      {M, "shard", "K/N", value<&A::shard>,
       "Lint only shard K of N (posts split by id or URL), for CI matrices; site-wide rules then run in seolint "
       "merge."},
      {M, "summaries", "FILE", value<&A::summaries>,
       "Write what the site-wide rules need of each post to FILE, for seolint merge."},
      {M, "max-warnings", "N", value<&A::max_warnings>,
       "Also fail (exit 1) when there are more than N warnings (suppressed and baselined ones never count)."},
      {M, "baseline", "FILE", value<&A::baseline>,
       "Report findings recorded in FILE as suppressed: only new findings fail the run."},
      {M, "write-baseline", "FILE", value<&A::write_baseline>,
       "Record every current finding in FILE (sorted, stable JSON), so that it no longer fails the run."},
      {M, "prune-baseline", nullptr, flag<&A::prune_baseline>,
       "Rewrite the --baseline file without the findings that are fixed."},
      {M, "sarif-category", "NAME", value<&A::sarif_category>,
       "SARIF runAutomationDetails id, so several scans of one commit can be uploaded to code scanning."},
      {M, "sarif-max-results", "N", value<&A::sarif_max_results>,
       "Most SARIF results written (default 25000, GitHub's per-run limit; 0 for no limit)."},
      {M, "show-baselined", nullptr, flag<&A::show_baselined>, "Text: also show suppressed and baselined findings."},
      {M, "progress", "auto|always|never", value<&A::progress_mode>,
       "Progress line on standard error (default auto: on a terminal, for runs over a second)."},
      {M, "version", nullptr, flag<&A::version>, "Print the version."},
      {M, "help,h", nullptr, flag<&A::help>, "Print this help."},

      {Group::Fetch, "type", "TYPES", value<&A::types>, "Post types, comma-separated (default post,page)."},
      {Group::Fetch, "status", "STATUSES", value<&A::statuses>,
       "publish, draft, pending, future, private, comma-separated (default publish; others need credentials)."},
      {Group::Fetch, "modified-after", "DATE", value<kFetch, &F::modified_after>,
       "Only posts modified after DATE (ISO 8601)."},
      {Group::Fetch, "all-languages", nullptr, flag<kFetch, &F::all_languages>,
       "Every language of a multilingual site (Polylang's languages, or WPML/TranslatePress URL prefixes)."},
      {Group::Fetch, "save", "FILE", value<kFetch, &F::save_path>, "Write exactly what was fetched as NDJSON."},
      {Group::Fetch, "parallel", "N", value<kFetch, &F::parallel>, "Requests under way at once (default 4)."},
      {Group::Fetch, "timeout", "SECONDS", value<kFetch, &F::timeout_seconds>, "Per request (default 30)."},
      {Group::Fetch, "max-response-size", "MIB", value<&A::max_response_mib>, "Largest answer (default 256)."},
      {Group::Fetch, "follow-redirects", nullptr, flag<kFetch, &F::follow_other_hosts>,
       "Follow redirects to other hosts too."},
      {Group::Fetch, "ca-file", "FILE", value<kFetch, &F::ca_file>,
       "Extra CA certificates (verification is always on)."},
  };
}

/// Each group's heading in --help, its man page section and the section's first paragraph.
struct GroupText {
  const char* help_title;
  const char* man_section;
  const char* man_intro;
};
const GroupText& group_text(Group g) {
  static const GroupText main{"Options", "OPTIONS", ""},
      fetch{"Fetch options (seolint fetch SITE_URL)", "FETCH OPTIONS",
            "For seolint fetch SITE_URL, besides the options above."};
  return g == Group::Main ? main : fetch;
}

/// The forms of the command: the man page's SYNOPSIS and the Usage lines of --help (a note after a line in
/// --help only).
struct Usage {
  const char* line;
  const char* help_note;
};
const Usage kUsage[] = {
    {"seolint [OPTIONS] PATH...", ""},
    {"seolint fetch [OPTIONS] SITE_URL", ""},
    {"seolint merge [OPTIONS] SUMMARIES...", "  (site-wide rules over the shards' --summaries files)"},
};

/// The NAME line of the man page; --help's first line says more.
constexpr const char* kName = "lint the SEO metadata of WordPress posts and web pages";
constexpr const char* kHelpSummary =
    "Lint the SEO metadata of WordPress posts (REST API JSON, WXR exports, a live site) and HTML pages.\n";

/// DESCRIPTION, and the short form of its PATH paragraph that --help shows.
const char* const kDescription[] = {
    "seolint lints the SEO metadata of WordPress posts and web pages: WordPress REST API JSON (one post, "
    "an array of posts, or NDJSON) with Yoast SEO's yoast_head and yoast_head_json, WordPress export "
    "files (WXR), rendered HTML pages from any CMS, and live sites through their REST API (seolint fetch). "
    "It reports each problem with its file, line and column, as text for people, SARIF for code "
    "scanning, or reports for CI systems and editors (--format).",
    "PATH is a file (REST JSON, NDJSON, an HTML page or a WordPress export), a directory (walked in "
    "sorted order for .json, .ndjson, .jsonl, .html, .htm and .xml, skipping hidden folders and "
    "node_modules), or - for standard input.",
    "seolint fetch SITE_URL reads the site's posts through its REST API and lints them in the same run "
    "(see FETCH OPTIONS). seolint merge SUMMARIES... runs the site-wide rules (duplicates, hreflang "
    "reciprocity) over the summaries that sharded runs wrote with --summaries.",
};
constexpr const char* kHelpPaths =
    "PATH is a file (REST JSON, NDJSON, an HTML page or a WordPress export), a directory (walked for .json,\n"
    ".ndjson, .jsonl, .html, .htm and .xml), or - for standard input.\n";

/// seolint fetch --help's words before the options; the man page says it under ENVIRONMENT.
constexpr const char* kHelpFetch = "Fetch posts from a WordPress site's REST API and lint them in the same run.\n"
                                   "Credentials (for drafts and other non-public statuses) come from the environment:\n"
                                   "SEOLINT_WP_USER and SEOLINT_WP_APP_PASSWORD (a WordPress application password).\n";

/// A tagged item of a fixed section: its short form (--help's exit status line) and the man page's words.
struct Item {
  const char* tag;
  const char* help;  ///< "" when --help does not show it
  const char* man;
};
const Item kExitStatus[] = {
    {"0", "no finding at or above --fail-on",
     "No finding at or above --fail-on (default error), and no more warnings than --max-warnings."},
    {"1", "findings",
     "A finding at or above --fail-on, or more warnings than --max-warnings allows. Findings covered by "
     "the baseline or a suppression do not count."},
    {"2", "usage error or unreadable input",
     "A usage error (an unknown option or a bad value), a bad configuration, an input that could not be "
     "read or parsed, or a report that could not be written. The other inputs are still linted and "
     "reported; each problem is printed on standard error as file:line:col: message."},
};
const Item kFiles[] = {
    {".seolint.json", "",
     "The configuration, found in the current folder or the nearest parent folder unless --config names "
     "one: rule and message severities, rule options, ignored paths, the site's settings and suppressions "
     "(rules switched off for some posts, slugs, URLs or files, each with its reason). --print-config shows "
     "the configuration in force; docs/configuration.md describes every key."},
};
const Item kEnvironment[] = {
    {"SEOLINT_WP_USER", "",
     "The WordPress user that seolint fetch signs in as, for drafts and other statuses that need credentials."},
    {"SEOLINT_WP_APP_PASSWORD", "",
     "That user's application password (WordPress: Users, Profile, Application Passwords). Credentials are "
     "read from the environment only, never from the command line or the site URL, and are never printed."},
    {"NO_COLOR", "",
     "When set, the text report has no colour unless --color always is given. Colour is also off when "
     "standard output is not a terminal, with --output, and when TERM is dumb."},
};
constexpr const char* kSeeAlso =
    "seolint --list-rules lists the rules and seolint --explain RULE prints a rule's page. README.md and "
    "docs/ in the seolint sources (installed in the package's documentation folder, /usr/share/doc/seolint) "
    "describe the inputs, the configuration, the output formats and the use in continuous integration "
    "(docs/ci.md).";

template <std::size_t N>
ManSection section(const char* title, const Item (&items)[N]) {
  ManSection s{title, "", {}};
  for (const Item& i : items) s.items.push_back({{i.tag}, "", {i.man}});
  return s;
}

}  // namespace

std::string format_names() {
  std::string out;
  auto all = reporters();
  for (std::size_t i = 0; i < all.size(); ++i)
    out += (i == 0 ? "" : i + 1 == all.size() ? " or " : ", ") + std::string(all[i].name);
  return out;
}

const std::vector<Option>& options() {
  static const std::vector<Option> all = make_options();
  return all;
}

po::options_description option_table(CliArgs& args, Group group) {
  po::options_description d(group_text(group).help_title);
  for (const Option& o : options())
    if (o.group == group) d.add_options()(o.names, o.bind(args, o.arg), o.help.c_str());
  return d;
}

void print_help(std::ostream& out, bool fetch) {
  CliArgs scratch;
  po::options_description table = option_table(scratch, Group::Main), fetch_table = option_table(scratch, Group::Fetch);
  if (fetch) {
    table.add(fetch_table);
    out << "Usage: " << kUsage[1].line << kUsage[1].help_note << "\n" << kHelpFetch << "\n" << table;
    return;
  }
  for (std::size_t i = 0; i < std::size(kUsage); ++i)
    out << (i ? "       " : "Usage: ") << kUsage[i].line << kUsage[i].help_note << "\n";
  out << kHelpSummary << kHelpPaths << "\n" << table << "\nExit status: ";
  for (std::size_t i = 0; i < std::size(kExitStatus); ++i)
    out << (i ? ", " : "") << kExitStatus[i].tag << " " << kExitStatus[i].help;
  out << ".\n";
}

ManText manual() {
  ManText text{SEOLINT_VERSION, kName, {}, {std::begin(kDescription), std::end(kDescription)}, {}};
  for (const Usage& u : kUsage) text.synopsis.emplace_back(u.line);
  for (Group g : {Group::Main, Group::Fetch}) {
    ManSection s{group_text(g).man_section, group_text(g).man_intro, {}};
    for (const Option& o : options()) {
      if (o.group != g) continue;
      std::string names = o.names;
      std::size_t comma = names.find(',');
      ManItem item{{"--" + names.substr(0, comma)}, o.arg ? o.arg : "", {o.help}};
      if (comma != std::string::npos) item.names.insert(item.names.begin(), "-" + names.substr(comma + 1));
      if (!o.more.empty()) item.paragraphs.push_back(o.more);
      s.items.push_back(std::move(item));
    }
    text.sections.push_back(std::move(s));
  }
  text.sections.push_back(section("EXIT STATUS", kExitStatus));
  text.sections.push_back(section("FILES", kFiles));
  text.sections.push_back(section("ENVIRONMENT", kEnvironment));
  text.sections.push_back({"SEE ALSO", kSeeAlso, {}});
  return text;
}

}  // namespace seolint::cli
