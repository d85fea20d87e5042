#pragma once
/// The rule registry: every rule listed in rules/rules.def, sorted by id.
#include <span>
#include <string>
#include <string_view>

#include "seolint/rule.hpp"

namespace seolint {

std::span<const Rule* const> all_rules();
const Rule* find_rule(std::string_view id);
/// The closest rule id to a misspelt one, or "".
std::string suggest_rule(std::string_view id);
/// The rule's documentation page (docs/rules/<id>.md), embedded at build time.
std::string_view rule_doc(std::string_view id);

/// Edit distance, for did-you-mean.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace seolint
