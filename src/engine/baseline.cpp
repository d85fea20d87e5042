// Baselines: read with located errors, used up by fingerprint and count, written sorted and stable.
#include "engine/baseline.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <tuple>

#include "seolint/engine.hpp"
#include "seolint/input.hpp"
#include "seolint/json.hpp"
#include "seolint/registry.hpp"

namespace seolint {

namespace {
using json::Value;
constexpr int kVersion = 1;

/// "pointer|element|" (the fingerprint's field) as people read it: "pointer element".
std::string readable_field(const Loc& loc) {
  std::string f = fingerprint_field(loc);
  std::size_t bar = f.find('|');
  std::string pointer = f.substr(0, bar), element = f.substr(bar + 1, f.size() - bar - 2);
  return element.empty() ? pointer : pointer.empty() ? element : pointer + " " + element;
}

std::string quote(const std::string& s) { return boost::json::serialize(boost::json::string(s)); }

std::string line(const BaselineEntry& e) {
  std::string values;
  for (const auto& v : e.values) values += (values.empty() ? "" : ", ") + quote(v);
  return "{\"post\": " + quote(e.post) + ", \"rule\": " + quote(e.rule) + ", \"message\": " + quote(e.message_id) +
         ", \"field\": " + quote(e.field) + ", \"values\": [" + values + "], \"count\": " + std::to_string(e.count) +
         ", \"fingerprint\": " + quote(e.fingerprint) + "}";
}

bool is_fingerprint(const std::string& s) {
  return s.size() == 32 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

/// Reads and checks a baseline's JSON; every problem is an error at its line and column.
struct Reader {
  const Source& src;
  std::vector<InputError>& errors;
  std::vector<BaselineEntry> entries;

  void error(std::uint64_t offset, std::string message) {
    errors.push_back({src.display(), src.position(offset), std::move(message)});
  }
  void unknown(const json::Member& m, const std::vector<std::string>& known) {
    std::string best;
    std::size_t best_d = m.key.size() / 2 + 2;
    for (const auto& k : known)
      if (std::size_t d = edit_distance(m.key, k); d < best_d) best_d = d, best = k;
    std::string hint = best.empty() ? "" : " (did you mean " + best + "?)";
    error(m.key_begin - 1, "unknown baseline key \"" + m.key + "\"" + hint);
  }
  bool text(const Value& v, std::string& out) {
    if (!v.is_string()) return error(v.begin, "a string is expected here"), false;
    return out = v.text, true;
  }

  void values(const Value& v, std::vector<std::string>& out) {
    if (!v.is_array()) return error(v.begin, "\"values\" is an array of strings");
    for (const auto& item : v.items) text(item, out.emplace_back());
  }
  void count(const Value& v, std::size_t& out) {
    bool whole = v.is_number() && v.text.find_first_not_of("0123456789") == std::string::npos && v.text.size() < 10;
    if (!whole || v.text == "0") return error(v.begin, "\"count\" is a whole number from 1");
    out = std::stoul(v.text);
  }

  void field(const json::Member& m, BaselineEntry& e) {
    static constexpr std::pair<std::string_view, std::string BaselineEntry::*> kText[] = {
        {"post", &BaselineEntry::post},
        {"rule", &BaselineEntry::rule},
        {"message", &BaselineEntry::message_id},
        {"field", &BaselineEntry::field},
        {"fingerprint", &BaselineEntry::fingerprint}};
    for (auto [key, member] : kText)
      if (m.key == key) return void(text(m.value, e.*member));
    if (m.key == "values") return values(m.value, e.values);
    if (m.key == "count") return count(m.value, e.count);
    unknown(m, {"post", "rule", "message", "field", "values", "count", "fingerprint"});
  }

  void entry(const Value& v) {
    if (!v.is_object()) return error(v.begin, "a baseline entry is an object with a \"fingerprint\"");
    BaselineEntry e;
    for (const auto& m : v.members) field(m, e);
    const Value* fp = v.find_string("fingerprint");
    if (!fp) return error(v.begin, "a baseline entry needs a \"fingerprint\"");
    if (!is_fingerprint(fp->text)) return error(fp->begin, "a fingerprint is 32 lowercase hexadecimal digits");
    entries.push_back(std::move(e));
  }

  void top(const Value& root) {
    if (!root.is_object() || !root.find("version"))
      return error(root.begin, "not a seolint baseline: expected {\"version\": 1, \"findings\": [...]}");
    for (const auto& m : root.members) {
      if (m.key == "version" && (!m.value.is_number() || m.value.text != std::to_string(kVersion)))
        error(m.value.begin,
              "baseline version " + m.value.text + ": this seolint reads version " + std::to_string(kVersion));
      else if (m.key == "findings" && !m.value.is_array()) error(m.value.begin, "\"findings\" is an array");
      else if (m.key == "findings")
        for (const auto& item : m.value.items) entry(item);
      else if (m.key != "version") unknown(m, {"version", "findings"});
    }
  }
};
}  // namespace

std::optional<Baseline> Baseline::load(const std::string& path, std::vector<InputError>& errors) {
  auto src = load_source(path, [&](InputError&& e) { errors.push_back(std::move(e)); });
  if (!src) return std::nullopt;
  return parse(src->display(), src->data(), errors);
}

std::optional<Baseline> Baseline::parse(const std::string& display, const std::string& text,
                                        std::vector<InputError>& errors) {
  Source src(display, display, text);
  Value root;
  json::Error err;
  if (!json::parse(src.data(), 0, {}, root, err)) {
    errors.push_back({display, src.position(err.offset), err.message});
    return std::nullopt;
  }
  std::size_t before = errors.size();
  Reader r{src, errors, {}};
  r.top(root);
  if (errors.size() != before) return std::nullopt;
  Baseline b;
  b.display_ = display;
  for (auto& e : r.entries) {
    auto [it, fresh] = b.index_.try_emplace(e.fingerprint, b.entries_.size());
    if (fresh) b.entries_.push_back(std::move(e));
    else b.entries_[it->second].count += e.count;  // the same fingerprint twice (merged by hand): one entry
  }
  for (const auto& e : b.entries_) b.left_.push_back(e.count);
  return b;
}

bool Baseline::absorb(Finding& f) {
  if (f.suppression) return false;
  auto it = index_.find(f.fingerprint);
  if (it == index_.end() || left_[it->second] == 0) return false;
  --left_[it->second];
  f.suppression = Suppression{"external", "in baseline " + display_, true};
  return true;
}

std::vector<BaselineEntry> Baseline::unmatched() const {
  std::vector<BaselineEntry> out;
  for (std::size_t i = 0; i < entries_.size(); ++i)
    if (left_[i] > 0) out.push_back(entries_[i]), out.back().count = left_[i];
  return out;
}

std::string Baseline::fixed_hint() const {
  std::size_t n = 0;
  for (std::size_t left : left_) n += left;
  if (n == 0) return "";
  return std::to_string(n) + (n == 1 ? " baselined finding is" : " baselined findings are") +
         " fixed; run with --prune-baseline to drop them from " + display_;
}

std::string Baseline::pruned_json() const {
  BaselineWriter w;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    BaselineEntry e = entries_[i];
    e.count -= left_[i];
    if (e.count > 0) w.add(e);
  }
  return w.json();
}

void BaselineWriter::add(const Finding& f) {
  if (f.suppression && !f.suppression->baseline) return;
  auto [it, fresh] = entries_.try_emplace(f.fingerprint);
  if (!fresh) return void(++it->second.count);
  it->second = {f.fingerprint, f.rule, f.message_id, f.post.identity, readable_field(f.loc), f.values, 1};
}

void BaselineWriter::absorb(Finding& f) {
  add(f);
  if (!f.suppression) f.suppression = Suppression{"external", "in baseline " + display_, true};
}

std::string BaselineWriter::note() const {
  std::size_t n = 0;
  for (const auto& [fp, e] : entries_) n += e.count;
  return std::to_string(n) + (n == 1 ? " finding" : " findings") + " recorded in baseline " + display_;
}

void BaselineWriter::add(const BaselineEntry& e) {
  auto [it, fresh] = entries_.try_emplace(e.fingerprint, e);
  if (!fresh) it->second.count += e.count;
}

std::string BaselineWriter::json() const {
  std::vector<const BaselineEntry*> sorted;
  for (const auto& [fp, e] : entries_) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](const BaselineEntry* a, const BaselineEntry* b) {
    return std::tie(a->post, a->rule, a->message_id, a->field, a->values, a->fingerprint) <
           std::tie(b->post, b->rule, b->message_id, b->field, b->values, b->fingerprint);
  });
  std::string out = "{\n  \"version\": " + std::to_string(kVersion) + ",\n  \"findings\": [";
  for (std::size_t i = 0; i < sorted.size(); ++i) out += (i ? ",\n    " : "\n    ") + line(*sorted[i]);
  return out + (sorted.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace seolint
