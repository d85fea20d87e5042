#include "seolint/engine.hpp"

#include <algorithm>
#include <cstdio>

#include "seolint/registry.hpp"

namespace seolint {

namespace {
class Collector : public Sink {
 public:
  Collector(const Rule& rule, const Engine& engine) : rule_(rule), engine_(engine) {}
  void report(std::string_view message_id, const Loc& loc, Args args, std::vector<Related> related,
              std::vector<std::string> values) override {
    const MessageMeta* m = rule_.meta.message(message_id);
    if (!m) return;  // a rule reporting an undeclared message is a bug caught by the fixture tests
    Severity s = engine_.severity(rule_.meta, *m);
    if (s == Severity::Off) return;
    Finding f;
    f.rule = rule_.meta.id;
    f.message_id = message_id;
    f.severity = s;
    f.message = format_message(m->text, args);
    f.loc = loc;
    f.related = std::move(related);
    f.values = std::move(values);
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

std::uint64_t fnv1a(std::string_view s, std::uint64_t h) {
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}
}  // namespace

std::string fingerprint(const Finding& f) {
  std::string key = f.rule + '\n' + f.message_id + '\n' + f.post.identity + '\n' + field_of(f.loc);
  for (const auto& v : f.values) key += '\n' + v;
  char out[33];
  std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(fnv1a(key, 0xcbf29ce484222325ull)),
                static_cast<unsigned long long>(fnv1a(key, 0x84222325cbf29ce4ull)));
  return out;
}

Engine::Engine(const Config& config) : config_(config) {
  for (const Rule* r : all_rules()) {
    auto it = config_.severity.find(std::string(r->meta.id));
    if (it != config_.severity.end() && it->second == Severity::Off) continue;
    rules_.push_back(r);
    RuleOptions opts(r->meta);
    if (auto o = config_.options.find(std::string(r->meta.id)); o != config_.options.end())
      for (auto& [k, v] : o->second) opts.set(k, v);
    options_.push_back(std::move(opts));
  }
}

Severity Engine::severity(const RuleMeta& meta, const MessageMeta& message) const {
  std::string id(meta.id);
  if (auto it = config_.severity.find(id + "/" + std::string(message.id)); it != config_.severity.end()) return it->second;
  if (auto it = config_.severity.find(id); it != config_.severity.end() && it->second != Severity::Off)
    return it->second;  // a whole rule set to one severity sets every message
  return message.severity;
}

std::vector<Finding> Engine::lint(const Post& post, std::size_t index) const {
  std::vector<Finding> out;
  PostRef ref{post.source->display(), post.label(), post.identity(), post.pointer, index, {}, {}, {}, {}};
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    Collector sink(*rules_[i], *this);
    rules_[i]->check(post, options_[i], sink);
    for (auto& f : sink.findings) out.push_back(std::move(f));
  }
  if (!out.empty()) {  // what the editor reports show about the post
    if (post.title_rendered) ref.title = post.title_rendered->value;
    else if (post.head.title) ref.title = post.head.title->value;
    if (auto url = post.page_url()) ref.url = url->value;
    ref.locale = post.declared_language();
    ref.status = post.status;
  }
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
  return out;
}

}  // namespace seolint
