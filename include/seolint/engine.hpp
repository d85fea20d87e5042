#pragma once
/// The engine: runs the policy's rules over posts and stamps, locates and orders their findings.
#include <string>
#include <utility>
#include <vector>

#include "seolint/config.hpp"
#include "seolint/finding.hpp"
#include "seolint/policy.hpp"
#include "seolint/post.hpp"
#include "seolint/rule.hpp"
#include "seolint/site.hpp"

namespace seolint {

class SummaryStore;

class Engine {
 public:
  explicit Engine(const Config& config) : policy_(config) {}
  explicit Engine(Policy policy) : policy_(std::move(policy)) {}
  /// What runs, with which severities and options.
  const Policy& policy() const { return policy_; }
  /// The rules that will run, in id order (policy().rules()).
  const std::vector<const Rule*>& rules() const { return policy_.rules(); }
  /// True when a site-wide rule runs, so posts must be summarised (policy().site_rules()).
  bool site_rules() const { return policy_.site_rules(); }
  /// Lints one post: findings stamped with rule, severity, positions and fingerprint, in output_order, with
  /// the post's seolint-disable comments applied. With summary, also fills in what the site-wide rules need
  /// of the post (when any of them runs).
  /// A RuleBug (a rule's undeclared message or option) drops that rule's findings on the post and becomes an
  /// error naming the rule in *errors (the run exits 2); with no errors, it is printed and the engine aborts.
  std::vector<Finding> lint(const Post& post, std::size_t index, PostSummary* summary = nullptr,
                            std::vector<InputError>* errors = nullptr) const;
  /// Runs the site-wide rules on each group of related posts in the store (SummaryStore::groups(): a rule
  /// finds the same there as over all posts). Findings in output_order; a RuleBug as in lint.
  std::vector<Finding> lint_site(const SummaryStore& store, std::vector<InputError>* errors = nullptr) const;

 private:
  Policy policy_;
};

/// The output order, the one definition (DESIGN "Output order"): post index, then line, column, rule, message
/// id and message. Engine::lint (one post's findings), Engine::lint_site (site-wide findings) and the
/// unused-suppression notes apply_directives adds all sort with it.
bool output_order(const Finding& a, const Finding& b);

/// The post as findings name it (file, label, identity, pointer, index; title, URL, locale, status, id, slug
/// for the reports and the configured suppressions). Used by the engine and by apply_directives.
PostRef post_reference(const Post& post, std::size_t index);

/// Stamps a finding of post: positions of its location and related locations, ref, fingerprint.
void stamp(Finding& f, const Post& post, const PostRef& ref);

/// The stable fingerprint of a finding (DESIGN): no line numbers, no array indexes.
std::string fingerprint(const Finding& f);
/// The field part of a fingerprint: "pointer|element|" without array indexes.
std::string fingerprint_field(const Loc& loc);

}  // namespace seolint
