#pragma once
/// The configuration file, .seolint.json: JSON with comments and trailing commas.
#include <string>
#include <vector>

#include "seolint/engine.hpp"
#include "seolint/finding.hpp"

namespace seolint {

/// The file in force: the one given, else .seolint.json found walking up from the current directory, else "".
std::string find_config(const std::string& given);

/// Reads and validates a configuration into config. Every problem is an error naming the file's line and
/// column (with a did-you-mean); false when there was any.
bool load_config(const std::string& path, Config& config, std::vector<InputError>& errors);

/// The same, from text (for tests and standard input).
bool parse_config(const std::string& display, const std::string& text, Config& config, std::vector<InputError>& errors);

/// The configuration in force, every rule with its severities and options, as a .seolint.json.
std::string print_config(const Config& config);

}  // namespace seolint
