#include "seolint/registry.hpp"

#include <algorithm>
#include <vector>

namespace seolint {

namespace rules {
#define SEOLINT_RULE(name, id) extern const Rule name;
#include "rules/rules.def"
#undef SEOLINT_RULE
}  // namespace rules

extern const std::pair<std::string_view, std::string_view> kRuleDocs[];
extern const std::size_t kRuleDocCount;

namespace {
const Rule* const kRules[] = {
#define SEOLINT_RULE(name, id) &rules::name,
#include "rules/rules.def"
#undef SEOLINT_RULE
};
}  // namespace

std::span<const Rule* const> all_rules() { return kRules; }

const Rule* find_rule(std::string_view id) {
  for (const Rule* r : kRules)
    if (r->meta.id == id) return r;
  return nullptr;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string suggest_rule(std::string_view id) {
  std::string best;
  std::size_t best_d = id.size() / 2 + 2;
  for (const Rule* r : kRules) {
    std::size_t d = edit_distance(id, r->meta.id);
    if (d < best_d) best_d = d, best = std::string(r->meta.id);
  }
  return best;
}

std::string_view rule_doc(std::string_view id) {
  for (std::size_t i = 0; i < kRuleDocCount; ++i)
    if (kRuleDocs[i].first == id) return kRuleDocs[i].second;
  return {};
}

}  // namespace seolint
