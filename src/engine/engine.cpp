#include "seolint/engine.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "engine/summary_store.hpp"
#include "engine/suppress.hpp"

namespace seolint {

namespace {
/// A rule's report as a finding: severity from the policy, message from the template; false when the message
/// is off. A message id the rule's metadata does not declare is a RuleBug.
bool make_finding(const Rule& rule, const Policy& policy, std::string_view message_id, const Loc& loc, Args args,
                  std::vector<Related> related, std::vector<std::string> values, Finding& f) {
  const MessageMeta* m = rule.meta.message(message_id);
  if (!m)
    throw RuleBug(rule.meta.id, "rule " + std::string(rule.meta.id) + " reported message \"" + std::string(message_id) +
                                    "\", which its metadata does not declare");
  Severity s = policy.severity(rule.meta, *m);
  if (s == Severity::Off) return false;
  f.rule = rule.meta.id;
  f.message_id = message_id;
  f.severity = s;
  f.message = format_message(m->text, args);
  f.loc = loc;
  f.related = std::move(related);
  f.values = std::move(values);
  return true;
}

class Collector : public Sink {
 public:
  Collector(const Rule& rule, const Policy& policy) : rule_(rule), policy_(policy) {}
  void report(std::string_view message_id, const Loc& loc, Args args, std::vector<Related> related,
              std::vector<std::string> values) override {
    Finding f;
    if (make_finding(rule_, policy_, message_id, loc, args, std::move(related), std::move(values), f))
      findings.push_back(std::move(f));
  }
  std::vector<Finding> findings;

 private:
  const Rule& rule_;
  const Policy& policy_;
};

class SiteCollector : public SiteSink {
 public:
  SiteCollector(const Rule& rule, const Policy& policy) : rule_(rule), policy_(policy) {}
  void report(std::string_view message_id, const PostSummary& post, const Loc& loc, Position start, Position end,
              Args args, std::vector<Related> related, std::vector<std::string> values) override {
    Finding f;
    if (!make_finding(rule_, policy_, message_id, loc, args, std::move(related), std::move(values), f)) return;
    f.start = start, f.end = end, f.post = post.ref;
    f.fingerprint = fingerprint(f);
    findings.push_back(std::move(f));
  }
  std::vector<Finding> findings;

 private:
  const Rule& rule_;
  const Policy& policy_;
};

/// The engine boundary of a RuleBug: an error naming the rule in errors, or, with nowhere to put it, on
/// standard error and abort (a bug must never pass unseen).
void rule_bug(const RuleBug& bug, std::string file, const std::string& where, std::vector<InputError>* errors) {
  InputError e{std::move(file), {}, "internal error in " + where + ": " + bug.what() + " (a bug in seolint)"};
  if (!errors) {
    std::fprintf(stderr, "seolint: error: %s\n", e.str().c_str());
    std::abort();
  }
  errors->push_back(std::move(e));
}
}  // namespace

std::vector<Finding> Engine::lint_site(const SummaryStore& store, std::vector<InputError>* errors) const {
  std::vector<Finding> out;
  if (!policy_.site_rules()) return out;
  const auto& rules = policy_.rules();
  for (const auto& group : store.groups()) {
    std::vector<PostSummary> posts = store.load(group);
    for (std::size_t i = 0; i < rules.size(); ++i) {
      if (!rules[i]->site_check) continue;
      SiteCollector sink(*rules[i], policy_);
      try {
        rules[i]->site_check(posts, policy_.options(i), sink);
      } catch (const RuleBug& bug) {
        rule_bug(bug, posts.empty() ? "seolint" : posts.front().ref.file, "the site-wide rules", errors);
        continue;
      }
      for (auto& f : sink.findings) out.push_back(std::move(f));
    }
  }
  apply_directives(store.load(store.with_directives()), policy_, out);  // the posts' seolint-disable comments
  std::stable_sort(out.begin(), out.end(), output_order);
  return out;
}

std::vector<Finding> Engine::lint(const Post& post, std::size_t index, PostSummary* summary,
                                  std::vector<InputError>* errors) const {
  std::vector<Finding> out;
  std::string lang = policy_.per_locale() ? post.declared_language() : "";
  const auto& rules = policy_.rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (!rules[i]->check) continue;  // site-wide: lint_site
    Collector sink(*rules[i], policy_);
    try {
      rules[i]->check(post, policy_.options(i, lang), sink);
    } catch (const RuleBug& bug) {
      rule_bug(bug, post.source->display(), post.label(), errors);
      continue;
    }
    for (auto& f : sink.findings) out.push_back(std::move(f));
  }
  bool summarise = summary && policy_.site_rules();
  PostRef ref;  // what the findings and the editor reports show of the post
  if (summarise || !out.empty()) ref = post_reference(post, index);
  if (summarise) *summary = summarize(post, ref);
  for (auto& f : out) stamp(f, post, ref);
  std::stable_sort(out.begin(), out.end(), output_order);
  apply_directives(post, index, policy_, out, summary);  // the post's seolint-disable comments
  return out;
}

}  // namespace seolint
