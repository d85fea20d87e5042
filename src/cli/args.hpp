#pragma once
/// What the command line says: the values the option table (cli/help.hpp) parses into.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "input/wordpress.hpp"

namespace seolint::cli {

struct CliArgs {
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string color = "auto";
  std::string page_url;
  std::string config_file, explain;
  bool print_config = false;
  std::vector<std::string> enable, disable, paths, rule_options;
  std::vector<std::pair<bool, std::string>> switches;  ///< --enable/--disable in command-line order
  std::size_t max_depth = 1000;
  std::size_t max_post_mib = 64;
  bool list_rules = false, quiet = false, version = false, help = false, show_baselined = false;
  std::size_t jobs = 0;  ///< 0: one per core
  std::string shard, summaries, sarif_category, progress_mode = "auto";
  std::size_t sarif_max_results = 25000;
  std::string baseline, write_baseline;
  bool prune_baseline = false;
  long max_warnings = -1;
  // seolint fetch SITE_URL
  bool fetch = false;
  bool merge = false;  ///< seolint merge SUMMARIES...
  FetchOptions fetch_options;
  std::string types = "post,page", statuses = "publish";
  std::size_t max_response_mib = 256;
};

}  // namespace seolint::cli
