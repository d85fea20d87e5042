#include "seolint/rule.hpp"

#include <algorithm>
#include <cstdlib>

namespace seolint {

const char* severity_name(Severity s) {
  static constexpr const char* kNames[] = {"off", "note", "warning", "error"};
  return kNames[static_cast<int>(s)];
}

bool parse_severity(const std::string& name, Severity& out) {
  for (Severity s : {Severity::Off, Severity::Note, Severity::Warning, Severity::Error})
    if (name == severity_name(s)) return out = s, true;
  return false;
}

Severity RuleMeta::default_severity() const {
  Severity s = Severity::Off;
  for (const auto& m : messages) s = std::max(s, m.severity);
  return s;
}

const MessageMeta* RuleMeta::message(std::string_view id) const {
  for (const auto& m : messages)
    if (m.id == id) return &m;
  return nullptr;
}

RuleBug::RuleBug(std::string_view rule, const std::string& what) : std::logic_error(what), rule_(rule) {}

RuleOptions::RuleOptions(const RuleMeta& meta) : meta_(&meta) {
  for (const auto& o : meta.options) values_[std::string(o.name)] = std::string(o.default_value);
}

const std::string& RuleOptions::value(std::string_view name) const {
  bool declared =
      std::any_of(meta_->options.begin(), meta_->options.end(), [&](const OptionMeta& o) { return o.name == name; });
  auto it = values_.find(name);
  if (!declared || it == values_.end())
    throw RuleBug(meta_->id, "rule " + std::string(meta_->id) + " asked for option \"" + std::string(name) +
                                 "\", which its metadata does not declare");
  return it->second;
}

double RuleOptions::number(std::string_view name) const { return std::strtod(value(name).c_str(), nullptr); }

std::string RuleOptions::text(std::string_view name) const { return value(name); }

std::string format_message(std::string_view text, Args args) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t open = text.find('{', i);
    std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, open - i));
    std::string_view name = text.substr(open + 1, close - open - 1);
    bool found = false;
    for (auto& [k, v] : args)
      if (k == name) out.append(v), found = true;
    if (!found) out.append(text.substr(open, close - open + 1));
    i = close + 1;
  }
  return out;
}

std::string InputError::str() const {
  if (position.line == 0) return file + ": " + message;
  return file + ":" + std::to_string(position.line) + ":" + std::to_string(position.column) + ": " + message;
}

}  // namespace seolint
