// unused-suppression: a seolint-disable comment or a configured suppression that suppresses nothing.
// The suppression step reports it (src/engine/suppress.cpp): the rule is its metadata, it has no check.
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"unused", Severity::Note, "seolint-disable {rule} suppresses nothing on this post: remove it"},
    {"unknown-rule", Severity::Warning, "seolint-disable {rule} suppresses nothing: {problem}"},
    {"unused-config", Severity::Note, "the suppression of {rules} ({reason}) matched no finding in this run"},
    {"no-reason", Severity::Off, "seolint-disable {rules} gives no reason: add one after \" -- \""},
};

constexpr RuleMeta kMeta{"unused-suppression",
                         "A suppression must still suppress something: a seolint-disable comment or a configured "
                         "suppression that covers no finding is reported.",
                         "suppressions",
                         kMessages,
                         {}};

}  // namespace

extern const Rule unused_suppression{kMeta, nullptr, nullptr};

}  // namespace seolint::rules
