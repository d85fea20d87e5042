// .seolint.json: rules (severity and options), per-locale options, and the site's settings.
#include "seolint/config.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <filesystem>

#include "engine/suppress.hpp"
#include "seolint/input.hpp"
#include "seolint/registry.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
using json::Member;
using json::Value;

/// JSON with comments and trailing commas as strict JSON, every byte where it was (for line:col).
std::string strip_jsonc(std::string text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {  // skip the string, escapes included
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      for (; i < text.size() && text[i] != '\n'; ++i) text[i] = ' ';
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      std::size_t end = text.find("*/", i + 2);
      end = end == std::string::npos ? text.size() : end + 2;
      for (; i < end; ++i)
        if (text[i] != '\n') text[i] = ' ';
      --i;
    } else if (c == ',') {
      std::size_t next = text.find_first_not_of(" \t\r\n", i + 1);
      bool trailing = next != std::string::npos && (text[next] == '}' || text[next] == ']');
      // A comment between the comma and the bracket is blanked later: look past it too.
      if (!trailing && next != std::string::npos && text[next] == '/') {
        std::string rest = strip_jsonc(text.substr(next));
        std::size_t after = rest.find_first_not_of(" \t\r\n");
        trailing = after != std::string::npos && (rest[after] == '}' || rest[after] == ']');
      }
      if (trailing) text[i] = ' ';
    }
  }
  return text;
}

/// A suppression's selectors: the key in the file and the entry's list.
constexpr std::pair<std::string_view, std::vector<std::string> SuppressionEntry::*> kSelectors[] = {
    {"posts", &SuppressionEntry::posts},
    {"slugs", &SuppressionEntry::slugs},
    {"urls", &SuppressionEntry::urls},
    {"files", &SuppressionEntry::files}};

struct Loader {
  const Source& src;
  Config& config;
  std::vector<InputError>& errors;

  void error(const Value& at, std::string message) {
    errors.push_back({src.display(), src.position(at.begin), std::move(message)});
  }

  static std::string suggestion(std::string_view word, const std::vector<std::string>& known) {
    std::string best;
    std::size_t best_d = word.size() / 2 + 2;
    for (const auto& k : known)
      if (std::size_t d = edit_distance(word, k); d < best_d) best_d = d, best = k;
    return best.empty() ? "" : " (did you mean " + best + "?)";
  }

  static std::vector<std::string> rule_ids() {
    std::vector<std::string> out;
    for (const Rule* r : all_rules()) out.emplace_back(r->meta.id);
    return out;
  }

  bool severity(const Value& v, Severity& out) {
    if (v.is_string() && parse_severity(v.text, out)) return true;
    error(v, "a severity is \"off\", \"note\", \"warning\" or \"error\"" +
                 (v.is_string() ? ", not \"" + v.text + "\"" : std::string()));
    return false;
  }

  void options(const RuleMeta& meta, const Value& v, std::map<std::string, std::string>& out) {
    if (!v.is_object()) return error(v, "a rule's options are an object, e.g. {\"max\": 60}");
    std::vector<std::string> names;
    for (const auto& o : meta.options) names.emplace_back(o.name);
    for (const auto& m : v.members) {
      const OptionMeta* o = nullptr;
      for (const auto& opt : meta.options)
        if (opt.name == m.key) o = &opt;
      if (!o) {
        std::string why = names.empty() ? " (it has none)" : suggestion(m.key, names);
        errors.push_back({src.display(), src.position(m.key_begin - 1),
                          "rule " + std::string(meta.id) + " has no option \"" + m.key + "\"" + why});
        continue;
      }
      bool integer = m.value.is_number() && m.value.text.find_first_of(".eE-") == std::string::npos;
      if (o->type == "integer" ? !integer : !m.value.is_number()) {
        error(m.value, "option " + std::string(meta.id) + " " + m.key + " takes " +
                           (o->type == "integer" ? "a whole number" : "a number") + ", e.g. " +
                           std::string(o->default_value));
        continue;
      }
      out[m.key] = m.value.text;
    }
  }

  /// "error", or ["warning", {options}], or {options} (per locale).
  void rule(const Member& m, OptionValues& opts, bool severities) {
    std::string id = m.key.substr(0, m.key.find('/'));
    const Rule* r = find_rule(id);
    if (!r) {
      errors.push_back(
          {src.display(), src.position(m.key_begin - 1), "unknown rule \"" + id + "\"" + suggestion(id, rule_ids())});
      return;
    }
    if (id != m.key) {  // one message's severity
      std::string msg = m.key.substr(id.size() + 1);
      std::vector<std::string> ids;
      for (const auto& mm : r->meta.messages) ids.emplace_back(mm.id);
      if (!r->meta.message(msg))
        return errors.push_back({src.display(), src.position(m.key_begin - 1),
                                 "rule " + id + " has no message \"" + msg + "\"" + suggestion(msg, ids)});
      Severity s;
      if (severities && severity(m.value, s)) config.severity[m.key] = s;
      return;
    }
    const Value& v = m.value;
    Severity s;
    if (v.is_string()) {
      if (!severities) return error(v, "per-locale settings hold options only: {\"" + id + "\": {…}}");
      if (severity(v, s)) config.severity[id] = s;
    } else if (v.is_array() && !v.items.empty() && v.items.size() <= 2) {
      if (severities && severity(v.items[0], s)) config.severity[id] = s;
      if (v.items.size() == 2) options(r->meta, v.items[1], opts[id]);
    } else if (v.is_object()) {
      options(r->meta, v, opts[id]);
    } else {
      error(v, "a rule is set by a severity (\"warning\"), [severity, {options}] or {options}");
    }
  }

  void rules(const Value& v, OptionValues& opts, bool severities) {
    if (!v.is_object()) return error(v, "\"rules\" is an object of rule ids");
    for (const auto& m : v.members) rule(m, opts, severities);
  }

  std::vector<std::string> strings(const Value& v, const char* what) {
    std::vector<std::string> out;
    if (!v.is_array()) return error(v, std::string(what) + " is an array"), out;
    for (const auto& item : v.items) {
      if (item.is_string() || item.is_number()) out.push_back(item.text);
      else error(item, std::string(what) + " holds strings");
    }
    return out;
  }

  void site(const Value& v) {
    if (!v.is_object()) return error(v, "\"site\" is an object");
    static const std::vector<std::string> kKeys = {"language", "languagePrefixes", "hosts", "ignore"};
    for (const auto& m : v.members) {
      if (m.key == "language" && m.value.is_string() && !text::language_of(m.value.text).empty())
        config.site.language = m.value.text;
      else if (m.key == "language") error(m.value, "\"language\" is a language code such as \"en\" or \"fr_FR\"");
      else if (m.key == "languagePrefixes")
        for (auto& p : strings(m.value, "\"languagePrefixes\""))
          config.site.language_prefixes.push_back(text::lower_ascii(p));
      else if (m.key == "hosts")
        for (auto& h : strings(m.value, "\"hosts\"")) config.site.hosts.push_back(text::lower_ascii(h));
      else if (m.key == "ignore") ignore(m.value);
      else
        errors.push_back({src.display(), src.position(m.key_begin - 1),
                          "unknown site setting \"" + m.key + "\"" + suggestion(m.key, kKeys)});
    }
  }

  /// {"paths": [globs], "posts": [ids or URL globs]}
  void ignore(const Value& v) {
    if (!v.is_object()) return error(v, "\"ignore\" is {\"paths\": [...], \"posts\": [...]}");
    for (const auto& m : v.members) {
      if (m.key == "paths") config.ignore_paths = strings(m.value, "\"paths\"");
      else if (m.key == "posts") config.ignore_posts = strings(m.value, "\"posts\"");
      else
        errors.push_back({src.display(), src.position(m.key_begin - 1),
                          "unknown ignore setting \"" + m.key + "\"" + suggestion(m.key, {"paths", "posts"})});
    }
  }

  void locales(const Value& v) {
    if (!v.is_object()) return error(v, "\"locales\" is an object of languages, e.g. {\"de\": {\"rules\": {…}}}");
    for (const auto& m : v.members) {
      std::string lang = text::language_of(m.key);
      if (lang.empty()) {
        errors.push_back({src.display(), src.position(m.key_begin - 1), "\"" + m.key + "\" is no language code"});
        continue;
      }
      const Value* r = m.value.is_object() ? m.value.find("rules") : nullptr;
      if (!r || m.value.members.size() != 1) {
        error(m.value, "a locale holds {\"rules\": {…}} with rule options");
        continue;
      }
      rules(*r, config.locale_options[lang], false);
    }
  }

  /// The rule references of a suppression: "rule", "rule/message" or "all".
  std::vector<std::string> suppressed_rules(const Value& v) {
    std::vector<std::string> out = strings(v, "\"rules\"");
    for (const auto& item : v.items)
      if (std::string why = unknown_rule(item.text); (item.is_string() || item.is_number()) && !why.empty())
        error(item, why);
    if (v.is_array() && v.items.empty()) error(v, "\"rules\" names at least one rule, or \"all\"");
    return out;
  }

  /// {"rules": [...], "posts"|"slugs"|"urls"|"files": [...], "reason": "..."}
  void suppression(const Value& v) {
    if (!v.is_object()) return error(v, "a suppression is {\"rules\": [...], \"urls\": [...], \"reason\": \"...\"}");
    static const std::vector<std::string> kKeys = {"rules", "posts", "slugs", "urls", "files", "reason"};
    SuppressionEntry e{{}, {}, {}, {}, {}, "", src.display(), src.position(v.begin)};
    std::size_t before = errors.size();
    for (const auto& m : v.members) {
      auto sel = std::find_if(std::begin(kSelectors), std::end(kSelectors), [&](auto& s) { return s.first == m.key; });
      if (m.key == "rules") e.rules = suppressed_rules(m.value);
      else if (sel != std::end(kSelectors)) e.*(sel->second) = strings(m.value, ("\"" + m.key + "\"").c_str());
      else if (m.key == "reason" && m.value.is_string() && !text::trim(m.value.text).empty()) e.reason = m.value.text;
      else if (m.key == "reason") error(m.value, "\"reason\" says why these findings are accepted, in words");
      else
        errors.push_back({src.display(), src.position(m.key_begin - 1),
                          "unknown suppression setting \"" + m.key + "\"" + suggestion(m.key, kKeys)});
    }
    if (!v.find("rules")) error(v, "a suppression needs \"rules\": rule ids, rule/message ids or \"all\"");
    if (!v.find("reason")) error(v, "a suppression needs a \"reason\": why these findings are accepted");
    if (e.posts.empty() && e.slugs.empty() && e.urls.empty() && e.files.empty())
      error(v, "a suppression needs \"posts\", \"slugs\", \"urls\" or \"files\" (\"files\": [\"**\"] for every post)");
    if (errors.size() == before) config.suppressions.push_back(std::move(e));
  }

  void suppressions(const Value& v) {
    if (!v.is_array()) return error(v, "\"suppressions\" is an array of {\"rules\", \"posts\"/\"urls\"/…, \"reason\"}");
    for (const auto& item : v.items) suppression(item);
  }

  void top(const Value& root) {
    if (!root.is_object()) return error(root, "the configuration is a JSON object");
    static const std::vector<std::string> kKeys = {"$schema", "rules", "locales", "site", "suppressions"};
    for (const auto& m : root.members) {
      if (m.key == "rules") rules(m.value, config.options, true);
      else if (m.key == "locales") locales(m.value);
      else if (m.key == "site") site(m.value);
      else if (m.key == "suppressions") suppressions(m.value);
      else if (m.key != "$schema")
        errors.push_back({src.display(), src.position(m.key_begin - 1),
                          "unknown setting \"" + m.key + "\"" + suggestion(m.key, kKeys)});
    }
  }
};
}  // namespace

std::string find_config(const std::string& given) {
  if (!given.empty()) return given;
  std::error_code ec, probe;
  for (auto dir = std::filesystem::current_path(ec); !ec && !dir.empty(); dir = dir.parent_path()) {
    auto candidate = dir / ".seolint.json";
    if (std::filesystem::is_regular_file(candidate, probe)) return candidate.string();
    if (dir == dir.root_path()) break;
  }
  return "";
}

bool parse_config(const std::string& display, const std::string& text, Config& config,
                  std::vector<InputError>& errors) {
  Source src(display, display, strip_jsonc(text));
  Value root;
  json::Error err;
  std::size_t before = errors.size();
  if (!json::parse(src.data(), 0, {}, root, err)) {
    errors.push_back({display, src.position(err.offset), err.message});
    return false;
  }
  Loader{src, config, errors}.top(root);
  return errors.size() == before;
}

bool load_config(const std::string& path, Config& config, std::vector<InputError>& errors) {
  std::size_t before = errors.size();
  auto src = load_source(path, [&](InputError&& e) { errors.push_back(std::move(e)); });
  if (!src) return false;
  return parse_config(src->display(), src->data(), config, errors) && errors.size() == before;
}

std::string print_config(const Config& config) {
  namespace bj = boost::json;
  bj::object rules;
  for (const Rule* r : all_rules()) {
    std::string id(r->meta.id);
    auto s = config.severity.find(id);
    bool off = s != config.severity.end() && s->second == Severity::Off;
    bj::object opts;
    RuleOptions values(r->meta);
    if (auto o = config.options.find(id); o != config.options.end())
      for (auto& [k, v] : o->second) values.set(k, v);
    for (const auto& o : r->meta.options) opts[o.name] = bj::parse(values.text(o.name));
    bj::array setting{off ? "off" : severity_name(s == config.severity.end() ? r->meta.default_severity() : s->second)};
    if (!opts.empty()) setting.push_back(std::move(opts));
    rules[id] = setting.size() == 1 ? bj::value(setting[0]) : bj::value(std::move(setting));
    for (const auto& m : r->meta.messages) {
      std::string key = id + "/" + std::string(m.id);
      auto ms = config.severity.find(key);
      Severity sev = ms != config.severity.end() ? ms->second : s != config.severity.end() ? s->second : m.severity;
      if (!off) rules[key] = severity_name(sev);
    }
  }
  bj::object locales;
  for (const auto& [lang, values] : config.locale_options) {
    bj::object lr;
    for (const auto& [rule, opts] : values) {
      bj::object o;
      for (const auto& [k, v] : opts) o[k] = bj::parse(v);
      lr[rule] = std::move(o);
    }
    locales[lang] = bj::object{{"rules", std::move(lr)}};
  }
  bj::object site{
      {"languagePrefixes", bj::value_from(config.site.language_prefixes)},
      {"hosts", bj::value_from(config.site.hosts)},
      {"ignore", {{"paths", bj::value_from(config.ignore_paths)}, {"posts", bj::value_from(config.ignore_posts)}}}};
  if (!config.site.language.empty()) site["language"] = config.site.language;  // "" would not read back
  bj::array suppressions;
  for (const auto& e : config.suppressions) {
    bj::object o{{"rules", bj::value_from(e.rules)}};
    for (auto [key, list] : kSelectors)
      if (!(e.*list).empty()) o[key] = bj::value_from(e.*list);
    o["reason"] = e.reason;
    suppressions.push_back(std::move(o));
  }
  bj::object all{{"rules", std::move(rules)},
                 {"locales", std::move(locales)},
                 {"site", std::move(site)},
                 {"suppressions", std::move(suppressions)}};
  return bj::serialize(all) + "\n";
}

bool glob_match(std::string_view p, std::string_view t, bool path) {
  if (p.empty()) return t.empty();
  if (p[0] == '*') {
    bool any = !path || p.substr(0, 2) == "**";
    std::string_view rest = p.substr(p.substr(0, 2) == "**" ? 2 : 1);
    for (std::size_t i = 0; i <= t.size() && (any || i == 0 || t[i - 1] != '/'); ++i)
      if (glob_match(rest, t.substr(i), path)) return true;
    return false;
  }
  return !t.empty() && (p[0] == '?' ? t[0] != '/' : p[0] == t[0]) && glob_match(p.substr(1), t.substr(1), path);
}

bool Config::ignored(const Post& post) const {
  std::optional<Text> url = post.page_url();
  for (const auto& pattern : ignore_posts) {
    if (!post.id.empty() && pattern == post.id) return true;
    if (url && glob_match(pattern, url->value, false)) return true;
  }
  return false;
}

bool Config::ignored_path(const std::string& path) const {
  for (const auto& pattern : ignore_paths)
    if (glob_match(pattern, path)) return true;
  return false;
}

}  // namespace seolint
