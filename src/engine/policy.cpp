// The policy of a run: rules, severities and options, from the configuration.
#include "seolint/policy.hpp"

#include <algorithm>

namespace seolint {

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

Policy::Policy(const Config& config, std::span<const Rule* const> rules) : config_(config) {
  for (const Rule* r : rules) {
    auto it = config_.severity.find(std::string(r->meta.id));
    if (it != config_.severity.end() && it->second == Severity::Off) continue;
    rules_.push_back(r);
    site_rules_ = site_rules_ || r->site_check != nullptr;
    options_.push_back(layered(*r, {&config_.options}));
    for (const auto& [lang, values] : config_.locale_options)
      locale_options_[lang].push_back(layered(*r, {&config_.options, &values}));
  }
}

const Rule* Policy::find(std::string_view id) const {
  auto it = std::find_if(rules_.begin(), rules_.end(), [&](const Rule* r) { return r->meta.id == id; });
  return it == rules_.end() ? nullptr : *it;
}

Severity Policy::severity(const RuleMeta& meta, const MessageMeta& message) const {
  std::string id(meta.id);
  if (auto it = config_.severity.find(id + "/" + std::string(message.id)); it != config_.severity.end())
    return it->second;
  if (auto it = config_.severity.find(id); it != config_.severity.end() && it->second != Severity::Off)
    return it->second;  // a whole rule set to one severity sets every message
  return message.severity;
}

Severity Policy::severity(std::string_view id, std::string_view message_id) const {
  const Rule* r = find(id);
  const MessageMeta* m = r ? r->meta.message(message_id) : nullptr;
  return m ? severity(r->meta, *m) : Severity::Off;
}

bool Policy::on(std::string_view ref) const {
  std::size_t slash = ref.find('/');
  if (slash == std::string_view::npos) return runs(ref);
  return severity(ref.substr(0, slash), ref.substr(slash + 1)) != Severity::Off;
}

const RuleOptions& Policy::options(std::size_t i, const std::string& lang) const {
  auto it = locale_options_.find(lang);
  return it == locale_options_.end() ? options_[i] : it->second[i];
}

}  // namespace seolint
