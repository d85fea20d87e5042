#include "seolint/engine.hpp"

#include <algorithm>
#include <cstdio>

#include "engine/summary_store.hpp"
#include "engine/suppress.hpp"
#include "seolint/registry.hpp"

namespace seolint {

namespace {
/// A rule's report as a finding: severity from the configuration, message from the template.
bool make_finding(const Rule& rule, const Engine& engine, std::string_view message_id, const Loc& loc, Args args,
                  std::vector<Related> related, std::vector<std::string> values, Finding& f) {
  const MessageMeta* m = rule.meta.message(message_id);
  if (!m) return false;  // a rule reporting an undeclared message is a bug caught by the fixture tests
  Severity s = engine.severity(rule.meta, *m);
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
  Collector(const Rule& rule, const Engine& engine) : rule_(rule), engine_(engine) {}
  void report(std::string_view message_id, const Loc& loc, Args args, std::vector<Related> related,
              std::vector<std::string> values) override {
    Finding f;
    if (make_finding(rule_, engine_, message_id, loc, args, std::move(related), std::move(values), f))
      findings.push_back(std::move(f));
  }
  std::vector<Finding> findings;

 private:
  const Rule& rule_;
  const Engine& engine_;
};

class SiteCollector : public SiteSink {
 public:
  SiteCollector(const Rule& rule, const Engine& engine) : rule_(rule), engine_(engine) {}
  void report(std::string_view message_id, const PostSummary& post, const Loc& loc, Position start, Position end,
              Args args, std::vector<Related> related, std::vector<std::string> values) override {
    Finding f;
    if (!make_finding(rule_, engine_, message_id, loc, args, std::move(related), std::move(values), f)) return;
    f.start = start, f.end = end, f.post = post.ref;
    f.fingerprint = fingerprint(f);
    findings.push_back(std::move(f));
  }
  std::vector<Finding> findings;

 private:
  const Rule& rule_;
  const Engine& engine_;
};

/// JSON pointer without array indexes, so fingerprints survive reordering.
std::string field_of(const Loc& loc) {
  std::string out;
  for (std::string_view p : {std::string_view(loc.pointer), std::string_view(loc.element)}) {
    std::size_t i = 0;
    while (i < p.size()) {
      std::size_t next = p.find('/', i + 1);
      if (next == std::string_view::npos) next = p.size();
      std::string_view seg = p.substr(i, next - i);
      bool index = seg.size() > 1 && seg[0] == '/' &&
                   std::all_of(seg.begin() + 1, seg.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!index) out.append(seg);
      i = next;
    }
    out += '|';
  }
  return out;
}

}  // namespace

std::string fingerprint(const Finding& f) {
  std::string key = f.rule + '\n' + f.message_id + '\n' + f.post.identity + '\n' + field_of(f.loc);
  for (const auto& v : f.values) key += '\n' + v;
  std::uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
  for (unsigned char c : key) a = (a ^ c) * 0x100000001b3ull, b = (b ^ c) * 0x100000001b3ull;  // both in one pass
  char out[33];
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 16; ++i) out[i] = kHex[(a >> (60 - 4 * i)) & 15], out[16 + i] = kHex[(b >> (60 - 4 * i)) & 15];
  return std::string(out, 32);
}

std::string fingerprint_field(const Loc& loc) { return field_of(loc); }

namespace {
/// A rule's options: its defaults, then each layer of configuration in turn.
RuleOptions layered(const Rule& r, std::initializer_list<const OptionValues*> layers) {
  RuleOptions opts(r.meta);
  for (const OptionValues* layer : layers)
    if (auto o = layer->find(std::string(r.meta.id)); o != layer->end())
      for (auto& [k, v] : o->second) opts.set(k, v);
  return opts;
}
}  // namespace

Engine::Engine(const Config& config) : config_(config) {
  for (const Rule* r : all_rules()) {
    auto it = config_.severity.find(std::string(r->meta.id));
    if (it != config_.severity.end() && it->second == Severity::Off) continue;
    rules_.push_back(r);
    options_.push_back(layered(*r, {&config_.options}));
    for (const auto& [lang, values] : config_.locale_options)
      locale_options_[lang].push_back(layered(*r, {&config_.options, &values}));
  }
}

const RuleOptions& Engine::options_for(std::size_t i, const std::string& lang) const {
  auto it = locale_options_.find(lang);
  return it == locale_options_.end() ? options_[i] : it->second[i];
}

Severity Engine::severity(const RuleMeta& meta, const MessageMeta& message) const {
  std::string id(meta.id);
  if (auto it = config_.severity.find(id + "/" + std::string(message.id)); it != config_.severity.end()) return it->second;
  if (auto it = config_.severity.find(id); it != config_.severity.end() && it->second != Severity::Off)
    return it->second;  // a whole rule set to one severity sets every message
  return message.severity;
}

bool Engine::site_rules() const {
  return std::any_of(rules_.begin(), rules_.end(), [](const Rule* r) { return r->site_check != nullptr; });
}

namespace {
/// The order of site-wide findings (after all posts' findings): post index, line, column, rule, message id.
bool site_order(const Finding& a, const Finding& b) {
  return std::tie(a.post.index, a.start.line, a.start.column, a.rule, a.message_id) <
         std::tie(b.post.index, b.start.line, b.start.column, b.rule, b.message_id);
}
}  // namespace

std::vector<Finding> Engine::lint_site(const SummaryStore& store) const {
  std::vector<Finding> out;
  if (!site_rules()) return out;
  for (const auto& group : store.groups()) {
    std::vector<PostSummary> posts = store.load(group);
    for (std::size_t i = 0; i < rules_.size(); ++i) {
      if (!rules_[i]->site_check) continue;
      SiteCollector sink(*rules_[i], *this);
      rules_[i]->site_check(posts, options_[i], sink);
      for (auto& f : sink.findings) out.push_back(std::move(f));
    }
  }
  apply_directives(store.load(store.with_directives()), *this, out);  // the posts' seolint-disable comments
  std::stable_sort(out.begin(), out.end(), site_order);
  return out;
}

PostRef Engine::reference(const Post& post, std::size_t index) const {
  PostRef ref{post.source->display(), post.label(), post.identity(), post.pointer, index, {}, {}, {}, {}};
  if (post.title_rendered) ref.title = post.title_rendered->value;
  else if (post.head.title) ref.title = post.head.title->value;
  if (auto url = post.page_url()) ref.url = url->value;
  ref.locale = post.declared_language();
  ref.status = post.status;
  ref.id = post.id, ref.slug = post.slug;
  return ref;
}

std::vector<Finding> Engine::lint(const Post& post, std::size_t index, PostSummary* summary) const {
  std::vector<Finding> out;
  bool summarise = summary && site_rules();
  PostRef ref = summarise ? reference(post, index)
                          : PostRef{post.source->display(), post.label(), post.identity(), post.pointer, index, {}, {}, {}, {}};
  std::string lang = locale_options_.empty() ? "" : post.declared_language();
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    if (!rules_[i]->check) continue;  // site-wide: lint_site
    Collector sink(*rules_[i], *this);
    rules_[i]->check(post, options_for(i, lang), sink);
    for (auto& f : sink.findings) out.push_back(std::move(f));
  }
  if (!out.empty() && !summarise) ref = reference(post, index);  // what the editor reports show of the post
  if (summarise) *summary = summarize(post, ref);
  for (auto& f : out) {
    f.start = post.source->position(f.loc.begin);
    f.end = post.source->position(std::max(f.loc.end, f.loc.begin));
    for (auto& r : f.related) {
      r.start = post.source->position(r.loc.begin);
      r.end = post.source->position(std::max(r.loc.end, r.loc.begin));
    }
    f.post = ref;
    f.fingerprint = fingerprint(f);
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.start.line, a.start.column, a.rule, a.message_id, a.message) <
           std::tie(b.start.line, b.start.column, b.rule, b.message_id, b.message);
  });
  apply_directives(post, index, *this, out, summary);  // the post's seolint-disable comments
  return out;
}

}  // namespace seolint
