// seolint: lint the SEO metadata of WordPress posts and web pages.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/help.hpp"
#include "cli/manpage.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "engine/baseline.hpp"
#include "input/stream.hpp"
#include "input/wordpress.hpp"
#include "report/common.hpp"
#include "seolint/config.hpp"
#include "seolint/engine.hpp"
#include "seolint/input.hpp"
#include "seolint/registry.hpp"
#include "seolint/report.hpp"
#include "seolint_version.hpp"

namespace po = boost::program_options;
using namespace seolint;

namespace {

constexpr int kExitClean = 0, kExitFindings = 1, kExitTrouble = 2;

using cli::CliArgs;
using cli::format_names;

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string item; std::getline(in, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

int usage_error(const std::string& message) {
  std::cerr << "seolint: " << message << "\nTry 'seolint --help' for more information.\n";
  return kExitTrouble;
}

std::string suggest_option(const po::options_description& d, std::string name) {
  while (!name.empty() && name[0] == '-') name.erase(0, 1);
  name = name.substr(0, name.find('='));
  std::string best;
  std::size_t best_d = name.size() / 2 + 2;
  for (const auto& o : d.options()) {
    std::size_t dist = edit_distance(name, o->long_name());
    if (dist < best_d) best_d = dist, best = o->long_name();
  }
  return best.empty() ? "" : " (did you mean --" + best + "?)";
}

int list_rules(std::ostream& out) {
  for (const Rule* r : all_rules())
    out << std::left << std::setw(28) << r->meta.id << std::setw(9) << severity_name(r->meta.default_severity())
        << r->meta.summary << "\n";
  return kExitClean;
}

/// A rule, or one of its messages ("rule/message"), or "all"; "" or why it is unknown.
std::string check_rule(const std::string& id) {
  if (id == "all") return "";
  std::string rule = id.substr(0, id.find('/'));
  const Rule* r = find_rule(rule);
  if (!r) {
    std::string s = suggest_rule(rule);
    return "unknown rule '" + rule + "'" + (s.empty() ? "" : " (did you mean " + s + "?)");
  }
  if (rule != id && !r->meta.message(id.substr(rule.size() + 1))) {
    std::string known;
    for (const auto& m : r->meta.messages) known += (known.empty() ? "" : ", ") + std::string(m.id);
    return "rule " + rule + " has no message '" + id.substr(rule.size() + 1) + "' (it has " + known + ")";
  }
  return "";
}

/// RULE:OPTION=VALUE into the configuration; "" or why not.
std::string set_option(const std::string& spec, Config& config) {
  std::size_t colon = spec.find(':'), eq = spec.find('=');
  if (colon == std::string::npos || eq == std::string::npos || eq < colon)
    return "--rule-option takes RULE:OPTION=VALUE, not '" + spec + "'";
  std::string rule = spec.substr(0, colon), name = spec.substr(colon + 1, eq - colon - 1), value = spec.substr(eq + 1);
  if (auto e = check_rule(rule); !e.empty() || rule == "all") return e.empty() ? "--rule-option needs a rule" : e;
  const RuleMeta& meta = find_rule(rule)->meta;
  const OptionMeta* option = nullptr;
  std::string best, known;
  for (const auto& o : meta.options) {
    if (o.name == name) option = &o;
    known += (known.empty() ? "" : ", ") + std::string(o.name);
    if (edit_distance(name, o.name) <= 2) best = o.name;
  }
  if (!option)
    return "rule " + rule + " has no option '" + name + "'" +
           (best.empty() ? known.empty() ? " (it has none)" : " (it has " + known + ")"
                         : " (did you mean " + best + "?)");
  char* end = nullptr;
  std::strtod(value.c_str(), &end);
  bool integer = value.find_first_not_of("0123456789") == std::string::npos && !value.empty();
  if (option->type == "integer" ? !integer : (value.empty() || *end))
    return "option " + rule + ":" + name + " takes " + (option->type == "integer" ? "a whole number" : "a number") +
           ", not '" + value + "'";
  config.options[rule][name] = value;
  return "";
}

/// Turns --enable/--disable (in command-line order) and --rule-option into the configuration.
std::string configure(const CliArgs& a, Config& config) {
  for (const auto& [enable, id] : a.switches) {
    if (auto e = check_rule(id); !e.empty()) return e;
    if (id == "all" && enable) config.severity.clear();
    else if (id == "all")
      for (const Rule* r : all_rules()) config.severity[std::string(r->meta.id)] = Severity::Off;
    else if (enable) config.severity.erase(id);
    else config.severity[id] = Severity::Off;
  }
  for (const auto& spec : a.rule_options)
    if (auto e = set_option(spec, config); !e.empty()) return e;
  return "";
}

bool use_color(const CliArgs& a) {
  if (a.color == "always") return true;
  if (a.color == "never" || !a.output.empty()) return false;
  const char* term = std::getenv("TERM");
  return ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR") && !(term && std::string(term) == "dumb");
}

/// seolint fetch: the site's posts from its REST API; credentials come from the environment only.
void fetch(const CliArgs& a, const ReadOptions& read, const PostSink& on_post, const ErrorSink& on_error,
           RunSummary& run) {
  FetchOptions f = a.fetch_options;
  f.site = a.paths.at(0);
  f.types = split_commas(a.types);
  f.statuses = split_commas(a.statuses);
  f.max_response_bytes = static_cast<std::uint64_t>(a.max_response_mib) << 20;
  read_credentials(f);
  f.progress = a.progress_mode == "always" || (a.progress_mode == "auto" && ::isatty(STDERR_FILENO) && !a.quiet);
  FetchStats stats;
  fetch_site(f, read, on_post, on_error, stats);
  run.files = stats.pages;
  run.inputs.push_back(f.site);
  if (f.progress)
    std::fprintf(stderr, "fetched %zu posts in %zu pages (%zu requests) in %.1f s\n", stats.posts, stats.pages,
                 stats.requests, stats.seconds);
}

/// Prints a rule's page: what it checks, why it matters, how to fix it, its options.
int explain(const std::string& id) {
  if (!find_rule(id)) {
    std::string s = suggest_rule(id);
    return usage_error("unknown rule '" + id + "'" + (s.empty() ? "" : " (did you mean " + s + "?)"));
  }
  std::cout << rule_doc(id);
  return kExitClean;
}

/// "K/N" into a 0-based shard and a count; false when malformed.
bool parse_shard(const std::string& spec, std::size_t& shard, std::size_t& shards) {
  std::size_t slash = spec.find('/');
  if (slash == std::string::npos) return false;
  std::string k = spec.substr(0, slash), n = spec.substr(slash + 1);
  auto number = [](const std::string& x) {
    return !x.empty() && x.size() < 7 && x.find_first_not_of("0123456789") == std::string::npos;
  };
  if (!number(k) || !number(n)) return false;
  shard = std::stoul(k), shards = std::stoul(n);
  if (shard < 1 || shard > shards) return false;
  return --shard, true;
}

std::uint64_t total_size(const std::vector<InputPath>& inputs) {
  std::uint64_t total = 0;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in.path != "-") total += std::filesystem::file_size(in.path, ec) * !ec;
  }
  return total;
}

int run(const CliArgs& a) {
  if (!a.explain.empty()) return explain(a.explain);
  Config config;
  std::string config_path = find_config(a.config_file);
  std::vector<InputError> config_errors;
  if (!config_path.empty() && !load_config(config_path, config, config_errors)) {
    for (const auto& e : config_errors) std::cerr << "seolint: error: " << printable(e.str()) << "\n";
    return kExitTrouble;
  }
  if (auto e = configure(a, config); !e.empty()) return usage_error(e);
  if (a.print_config) return std::cout << print_config(config), kExitClean;
  cli::SessionOptions session;
  if (a.fail_on == "never") session.gate.fail_on = Severity::Off;
  else if (!parse_severity(a.fail_on, session.gate.fail_on))
    return usage_error("--fail-on takes error, warning, note or never, not '" + a.fail_on + "'");
  const Reporter* reporter = find_reporter(a.format);
  if (!reporter) return usage_error("--format takes " + format_names() + ", not '" + a.format + "'");
  if (a.color != "auto" && a.color != "always" && a.color != "never")
    return usage_error("--color takes auto, always or never, not '" + a.color + "'");
  if (a.progress_mode != "auto" && a.progress_mode != "always" && a.progress_mode != "never")
    return usage_error("--progress takes auto, always or never, not '" + a.progress_mode + "'");
  if (!a.shard.empty() && !parse_shard(a.shard, session.shard, session.shards))
    return usage_error("--shard takes K/N with 1 <= K <= N, e.g. 2/4, not '" + a.shard + "'");
  if (a.fetch && a.paths.size() != 1) return usage_error("seolint fetch takes one site URL, e.g. https://example.org");
  if (a.fetch && a.paths[0].find('@') != std::string::npos)
    return usage_error("credentials do not belong in the site URL: set SEOLINT_WP_USER and SEOLINT_WP_APP_PASSWORD");
  if (a.merge && a.paths.empty())
    return usage_error("seolint merge takes the summaries files of the shards (--summaries)");
  if (a.merge && (!a.shard.empty() || !a.summaries.empty()))
    return usage_error("seolint merge runs the site-wide rules over whole sites: --shard and --summaries do not apply");
  if (a.paths.empty()) return usage_error("no input: name files, directories, or - for standard input");
  if (a.max_depth < 1 || a.max_depth > 10000)
    return usage_error("--max-depth takes 1 to 10000 (deeper input would exhaust the stack)");
  if (a.jobs > 256) return usage_error("--jobs takes 1 to 256");
  if (a.max_warnings < -1) return usage_error("--max-warnings takes a count of 0 or more");
  if (a.prune_baseline && a.baseline.empty())
    return usage_error("--prune-baseline rewrites the --baseline FILE: name it");
  session.gate.max_warnings = a.max_warnings;
  std::optional<Baseline> baseline;
  if (!a.baseline.empty()) {
    std::vector<InputError> errors;
    if (!(baseline = Baseline::load(a.baseline, errors))) {
      for (const auto& e : errors) std::cerr << "seolint: error: " << printable(e.str()) << "\n";
      return kExitTrouble;
    }
    session.baseline = &*baseline;
  }
  BaselineWriter record(display_path(a.write_baseline));
  if (!a.write_baseline.empty()) session.record = &record;

  Engine engine(config);
  ReadOptions read;
  read.limits.max_depth = a.max_depth;
  read.max_post_bytes = static_cast<std::uint64_t>(a.max_post_mib) << 20;
  read.page_url = a.page_url;
  read.site = std::make_shared<const SiteSettings>(config.site);
  read.shard = session.shard, read.shards = session.shards;
  std::vector<InputError> early_errors;
  auto on_error = [&](InputError&& e) { early_errors.push_back(std::move(e)); };  // reported in order below
  std::vector<InputPath> inputs;
  if (!a.fetch && !a.merge) {
    inputs = expand_paths(a.paths, on_error);
    std::erase_if(inputs, [&](const InputPath& in) { return config.ignored_path(display_path(in.path)); });
    if (!a.page_url.empty() && inputs.size() != 1)
      return usage_error("--page-url names the URL of one page, but " + std::to_string(inputs.size()) +
                         " inputs were given");
  }
  std::error_code cwd_error;  // a deleted working directory: report paths absolute, do not abort
  RunSummary run{engine.rules(),
                 {},
                 0,
                 0,
                 std::filesystem::current_path(cwd_error).string(),
                 std::chrono::system_clock::now(),
                 describe_configuration(config, a.fail_on, a.quiet),
                 {},
                 0};
  cli::Output output(a.output);
  if (!output.error().empty()) return std::cerr << "seolint: error: " << output.error() << "\n", kExitTrouble;
  ReportOptions style{use_color(a), 65536, a.show_baselined, a.sarif_category, a.sarif_max_results};
  auto writer = make_writer(*reporter, output.stream(), run, style);

  session.jobs = a.jobs ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
  session.quiet = a.quiet;
  session.progress =
      !a.fetch && !a.quiet && (a.progress_mode == "always" || (a.progress_mode == "auto" && ::isatty(STDERR_FILENO)));
  session.total_bytes = total_size(inputs);
  session.summaries = a.summaries;
  cli::Session lint(engine, config, session, read, *writer, run);
  for (auto& e : early_errors) lint.add(InputItem{InputItem::Kind::Error, nullptr, "", false, std::move(e), "", true});
  if (a.fetch) {
    fetch(
        a, read, [&](Post&& p) { lint.add(std::move(p)); },
        [&](InputError&& e) {
          lint.add(InputItem{InputItem::Kind::Error, nullptr, "", false, std::move(e), "", true});
        },
        run);
  }
  if (a.merge) lint.merge(a.paths);
  for (const auto& in : inputs) {
    lint.next_file();
    stream_input(
        in, read, [&](InputItem&& item) { lint.add(std::move(item)); }, lint.bytes_read());
  }
  lint.finish();
  std::string err = output.commit();
  if (err.empty() && a.prune_baseline) err = cli::write_output(a.baseline, baseline->pruned_json());
  if (err.empty() && !a.write_baseline.empty()) err = cli::write_output(a.write_baseline, record.json());
  if (!err.empty()) {
    std::cerr << "seolint: error: " << err << "\n";
    return kExitTrouble;
  }
  if (!lint.errors().empty()) return kExitTrouble;
  return lint.gate().failed() ? kExitFindings : kExitClean;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "--help-man") {  // hidden: the build writes seolint.1 with it
    cli::write_manpage(std::cout, cli::manual());
    return std::cout.flush() ? kExitClean : kExitTrouble;
  }
  CliArgs a;
  a.fetch = argc > 1 && std::string(argv[1]) == "fetch";
  a.merge = argc > 1 && std::string(argv[1]) == "merge";
  po::options_description table = cli::option_table(a, cli::Group::Main);
  // add() keeps a pointer: fetch_options must outlive table
  po::options_description fetch_options = cli::option_table(a, cli::Group::Fetch);
  if (a.fetch) table.add(fetch_options);
  po::options_description all;
  all.add(table).add_options()("path", po::value(&a.paths)->composing(), "");
  if (a.fetch || a.merge) --argc, ++argv;  // the subcommand is not an input
  po::positional_options_description positional;
  positional.add("path", -1);
  try {
    po::variables_map vm;
    po::parsed_options parsed = po::command_line_parser(argc, argv).options(all).positional(positional).run();
    po::store(parsed, vm);
    for (const auto& o : parsed.options)  // enable/disable apply in the order given
      if (o.string_key == "enable" || o.string_key == "disable")
        for (const auto& v : o.value) a.switches.emplace_back(o.string_key == "enable", v);
    po::notify(vm);
  } catch (const po::unknown_option& e) {
    return usage_error("unknown option '" + e.get_option_name() + "'" + suggest_option(table, e.get_option_name()));
  } catch (const po::error& e) {
    return usage_error(e.what());
  }
  if (a.help) return cli::print_help(std::cout, a.fetch), kExitClean;
  if (a.version) return std::cout << "seolint " << SEOLINT_VERSION << "\n", kExitClean;
  if (a.list_rules) return list_rules(std::cout);
  return run(a);
}
