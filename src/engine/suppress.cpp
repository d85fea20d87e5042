// Suppressions: the configuration's entries (applied by the caller) and the posts' seolint-disable comments
// (applied by the engine), and the unused-suppression notes for both.
#include "engine/suppress.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>

#include "seolint/engine.hpp"  // post_reference, stamp, output_order, fingerprint (stamp.cpp); never the Engine
#include "seolint/registry.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
constexpr std::string_view kWord = "seolint-disable";
constexpr std::string_view kNoteRule = "unused-suppression";
constexpr std::string_view kElement = "comment[seolint-disable]";

/// True when a rule reference ("all", "rule", "rule/message") names f's rule or message.
bool names(std::string_view ref, const Finding& f) {
  if (ref == "all" || ref == f.rule) return true;
  return ref.size() == f.rule.size() + 1 + f.message_id.size() && ref.starts_with(f.rule) &&
         ref[f.rule.size()] == '/' && ref.ends_with(f.message_id);
}

/// True when the run can tell whether ref is needed: its rule (or message) is on, per post or site-wide.
bool judged(const Policy& policy, std::string_view ref, bool site) {
  if (ref == "all") return true;
  const Rule* r = policy.find(ref.substr(0, ref.find('/')));
  return r && (r->site_check != nullptr) == site && policy.on(ref);
}

/// True when site-wide findings may use ref (so it is judged after all posts).
bool site_scope(std::string_view ref) {
  const Rule* r = find_rule(ref.substr(0, ref.find('/')));
  return ref == "all" || (r && r->site_check);
}

/// An unused-suppression finding (not yet stamped with positions and post), or nothing when it is off.
std::optional<Finding> note(const Policy& policy, std::string_view message_id, const Loc& loc, Args args,
                            std::string value) {
  Severity s = policy.severity(kNoteRule, message_id);
  if (s == Severity::Off) return std::nullopt;
  Finding f;
  f.rule = kNoteRule;
  f.message_id = message_id;
  f.severity = s;
  f.message = format_message(find_rule(kNoteRule)->meta.message(message_id)->text, args);
  f.loc = loc;
  f.values = {std::move(value)};
  return f;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

/// The distinct rule references a post's comments name: the first reason given, and whether one was used.
class Cover {
 public:
  void add(const std::string& ref, const std::string& reason, bool used) {
    auto [it, fresh] = names_.try_emplace(ref, Name{names_.size(), reason, used});
    if (!fresh) it->second.used = it->second.used || used;
  }
  /// Suppresses f (kind inSource, the earliest comment's reason) when a reference covers it; marks them used.
  void apply(Finding& f) {
    if (f.rule == kNoteRule) return;  // a comment cannot vouch for comments
    Name* first = nullptr;
    for (const std::string& ref : {f.rule + "/" + f.message_id, f.rule, std::string("all")}) {
      auto it = names_.find(ref);
      if (it == names_.end()) continue;
      it->second.used = true;
      if (!first || it->second.order < first->order) first = &it->second;
    }
    if (first && !f.suppression) f.suppression = Suppression{"inSource", first->reason, false};
  }
  bool used(const std::string& ref) const { return names_.at(ref).used; }

 private:
  struct Name {
    std::size_t order;
    std::string reason;
    bool used;
  };
  std::map<std::string, Name, std::less<>> names_;
};

/// True when ref is "all" or names a rule or one of its messages (cheap: unknown_rule also finds a suggestion).
bool known_rule(std::string_view ref) {
  std::string_view id = ref.substr(0, ref.find('/'));
  const Rule* r = find_rule(id);
  return ref == "all" || (r && (id.size() == ref.size() || r->meta.message(ref.substr(id.size() + 1))));
}

/// The notes of one comment reference judged per post: unknown, or unused.
void judge(const Text& ref, bool used, const Policy& policy, std::vector<Finding>& notes) {
  std::optional<Finding> n;
  if (!known_rule(ref.value)) {
    if (policy.severity(kNoteRule, "unknown-rule") != Severity::Off)
      n = note(policy, "unknown-rule", ref.loc, {{"rule", ref.value}, {"problem", unknown_rule(ref.value)}}, ref.value);
  } else if (!used && judged(policy, ref.value, false))
    n = note(policy, "unused", ref.loc, {{"rule", ref.value}}, ref.value);
  if (n) notes.push_back(std::move(*n));
}
}  // namespace

std::string unknown_rule(std::string_view ref) {
  if (ref == "all") return "";
  std::string id(ref.substr(0, ref.find('/')));
  const Rule* r = find_rule(id);
  if (!r) {
    std::string s = suggest_rule(id);
    return "unknown rule \"" + id + "\"" + (s.empty() ? "" : " (did you mean " + s + "?)");
  }
  if (id.size() == ref.size() || r->meta.message(ref.substr(id.size() + 1))) return "";
  std::string msg(ref.substr(id.size() + 1)), best;
  std::size_t best_d = msg.size() / 2 + 2;
  for (const auto& m : r->meta.messages)
    if (std::size_t d = edit_distance(msg, m.id); d < best_d) best_d = d, best = m.id;
  return "rule " + id + " has no message \"" + msg + "\"" + (best.empty() ? "" : " (did you mean " + best + "?)");
}

bool SuppressionEntry::covers(const Finding& f) const {
  if (std::none_of(rules.begin(), rules.end(), [&](const std::string& r) { return names(r, f); })) return false;
  auto any = [](const std::vector<std::string>& patterns, auto match) {
    return patterns.empty() || std::any_of(patterns.begin(), patterns.end(), match);
  };
  const PostRef& p = f.post;
  return any(posts, [&](const std::string& id) { return !p.id.empty() && id == p.id; }) &&
         any(slugs, [&](const std::string& g) { return !p.slug.empty() && glob_match(g, p.slug); }) &&
         any(urls, [&](const std::string& g) { return !p.url.empty() && glob_match(g, p.url, false); }) &&
         any(files, [&](const std::string& g) { return glob_match(g, p.file); });
}

Suppressions::Suppressions(const Policy& policy)
    : entries_(policy.config().suppressions),
      used_(entries_.size()),
      note_(policy.severity(kNoteRule, "unused-config")) {
  for (const auto& e : entries_)
    judged_.push_back(note_ != Severity::Off && std::any_of(e.rules.begin(), e.rules.end(), [&](const std::string& r) {
                        return judged(policy, r, false) || judged(policy, r, true);
                      }));
}

bool Suppressions::apply(Finding& f) {
  if (f.rule == kNoteRule && f.message_id == "unused-config") return false;  // entries do not vouch for entries
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (!entries_[i].covers(f)) continue;
    used_[i] = true;
    if (!f.suppression) f.suppression = Suppression{"external", entries_[i].reason, false};
    return true;
  }
  return false;
}

std::vector<Finding> Suppressions::unused() const {
  std::vector<Finding> out;
  const Rule* rule = find_rule(kNoteRule);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (used_[i] || !judged_[i]) continue;
    const SuppressionEntry& e = entries_[i];
    Finding f;
    f.rule = kNoteRule;
    f.message_id = "unused-config";
    f.severity = note_;
    f.message =
        format_message(rule->meta.message("unused-config")->text, {{"rules", joined(e.rules)}, {"reason", e.reason}});
    f.loc = Loc{0, 0, "/suppressions/" + std::to_string(i), ""};
    f.values = e.rules;
    f.values.push_back(e.reason);
    f.start = f.end = e.position;
    f.post.file = f.post.identity = e.file;
    f.post.label = "configuration";
    f.post.index = kNoPost;
    f.fingerprint = fingerprint(f);
    out.push_back(std::move(f));
  }
  return out;
}

namespace {
/// The comment whose word seolint-disable is at `at` of text, or nothing when it is no such comment; next is
/// where the search goes on (after the comment: a comment ends at the first "-->", so the scan stays linear).
std::optional<Directive> directive_at(std::string_view text, std::size_t at, const json::OffsetMap& map,
                                      const std::string& pointer, std::size_t& next) {
  next = at + kWord.size();
  std::size_t last = text.substr(0, at).find_last_not_of(" \t\r\n");
  if (last == std::string_view::npos || last < 3 || text.substr(last - 3, 4) != "<!--") return std::nullopt;
  std::size_t k = at + kWord.size(), close = text.find("-->", k);
  next = close == std::string_view::npos ? text.size() : close + 3;
  if (close == std::string_view::npos || (k < close && !std::strchr(" \t\r\n", text[k]))) return std::nullopt;
  auto loc = [&](std::size_t b, std::size_t e) {
    return Loc{map.to_source(b), map.to_source(e), pointer, std::string(kElement)};
  };
  Directive d;
  d.loc = loc(at, k);
  std::size_t sep = k;
  while ((sep = text.find("--", sep)) < close && !std::strchr(" \t\r\n", text[sep - 1])) ++sep;
  if (sep < close) d.reason = text::trim(text.substr(sep + 2, close - sep - 2));
  std::size_t end = std::min(sep, close);
  for (std::size_t i = k; i < end;) {
    std::size_t b = text.find_first_not_of(" \t\r\n,", i);
    if (b >= end) break;
    std::size_t e = std::min(text.find_first_of(" \t\r\n,", b), end);
    std::string ref(text.substr(b, e - b));
    d.rules.push_back(Text{ref, ref, loc(b, e)});
    i = e;
  }
  if (d.rules.empty()) d.rules.push_back(Text{"all", "", d.loc});  // no rule named: all of them
  return d;
}
}  // namespace

std::vector<Directive> find_directives(std::string_view text, const json::OffsetMap& map, const std::string& pointer) {
  std::vector<Directive> out;
  for (std::size_t at = 0; at < text.size();) {
    const void* hit = memmem(text.data() + at, text.size() - at, kWord.data(), kWord.size());
    if (!hit) break;
    if (auto d = directive_at(text, static_cast<const char*>(hit) - text.data(), map, pointer, at))
      out.push_back(std::move(*d));
  }
  return out;
}

std::vector<Directive> find_directives_in_json(const Source& source, const Loc& loc, const std::string& pointer) {
  std::string_view raw = source.slice(loc.begin, loc.end);
  if (!memmem(raw.data(), raw.size(), kWord.data(), kWord.size())) return {};
  std::string decoded;
  json::OffsetMap map = json::OffsetMap::decode(raw, loc.begin, decoded);
  return find_directives(decoded, map, pointer);
}

namespace {
/// The no-reason note of a comment without a reason (off unless configured).
void reason_note(const Directive& d, const Policy& policy, std::vector<Finding>& notes) {
  if (!d.reason.empty()) return;
  std::vector<std::string> refs;
  for (const Text& ref : d.rules) refs.push_back(ref.value);
  std::string names = joined(refs);
  if (auto n = note(policy, "no-reason", d.loc, {{"rules", names}}, names)) notes.push_back(std::move(*n));
}

/// Stamps notes as Engine::lint stamps findings, and merges them into out in output order.
void add_notes(const Post& post, std::size_t index, std::vector<Finding>& notes, std::vector<Finding>& out) {
  if (notes.empty()) return;
  PostRef ref = out.empty() ? post_reference(post, index) : out.front().post;
  for (Finding& n : notes) {
    stamp(n, post, ref);
    out.push_back(std::move(n));
  }
  std::stable_sort(out.begin(), out.end(), output_order);
}
}  // namespace

void apply_directives(const Post& post, std::size_t index, const Policy& policy, std::vector<Finding>& out,
                      PostSummary* summary) {
  if (post.directives.empty()) return;
  bool later = summary && policy.site_rules();  // names site-wide rules may use are judged in lint_site
  Cover cover;
  for (const Directive& d : post.directives)
    for (const Text& ref : d.rules) cover.add(ref.value, d.reason, false);
  for (Finding& f : out) cover.apply(f);
  std::vector<Finding> notes;
  for (const Directive& d : post.directives) {
    reason_note(d, policy, notes);
    for (const Text& ref : d.rules) {
      if (!later || !known_rule(ref.value) || !site_scope(ref.value)) {
        judge(ref, cover.used(ref.value), policy, notes);
        continue;
      }
      Placed at{ref.value, ref.loc, post.source->position(ref.loc.begin), post.source->position(ref.loc.end)};
      summary->directives.push_back({std::move(at), d.reason, cover.used(ref.value)});
    }
  }
  add_notes(post, index, notes, out);
}

void apply_directives(const std::vector<PostSummary>& posts, const Policy& policy, std::vector<Finding>& out) {
  std::map<std::size_t, std::vector<Finding*>> by_post;
  for (Finding& f : out) by_post[f.post.index].push_back(&f);
  std::vector<Finding> notes;
  for (const PostSummary& s : posts) {
    if (s.directives.empty()) continue;
    Cover cover;
    for (const SiteDirective& d : s.directives) cover.add(d.rule.value, d.reason, d.used);
    if (auto it = by_post.find(s.ref.index); it != by_post.end())
      for (Finding* f : it->second) cover.apply(*f);
    for (const SiteDirective& d : s.directives) {
      if (cover.used(d.rule.value) || !judged(policy, d.rule.value, true)) continue;
      auto n = note(policy, "unused", d.rule.loc, {{"rule", d.rule.value}}, d.rule.value);
      if (!n) continue;
      n->start = d.rule.start, n->end = d.rule.end, n->post = s.ref;
      n->fingerprint = fingerprint(*n);
      notes.push_back(std::move(*n));
    }
  }
  for (Finding& n : notes) out.push_back(std::move(n));
}

}  // namespace seolint
