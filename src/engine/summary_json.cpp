#include "engine/summary_json.hpp"

#include <boost/json.hpp>
#include <charconv>
#include <limits>

#include "seolint_version.hpp"
#include "text/utf8.hpp"

namespace seolint::summaries {

namespace {
namespace bj = boost::json;

constexpr char kFormat[] = "seolint-summaries";
constexpr char kHex[] = "0123456789abcdef";

/// A string as JSON: itself when it is UTF-8, else {"hex": its bytes} (a file name need not be UTF-8).
bj::value text(std::string_view s) {
  if (text::find_invalid_utf8(s) == std::string_view::npos) return bj::string(s);
  std::string h;
  for (unsigned char c : s) h += kHex[c >> 4], h += kHex[c & 15];
  return bj::object{{"hex", h}};
}

/// Sets o[key] to s unless s is empty (a reader takes a missing string as "").
void put(bj::object& o, std::string_view key, std::string_view s) {
  if (!s.empty()) o[key] = text(s);
}

bj::object placed(const Placed& p) {
  bj::object o;
  put(o, "value", p.value);
  o["offsets"] = bj::array{p.loc.begin, p.loc.end};
  put(o, "pointer", p.loc.pointer);
  put(o, "element", p.loc.element);
  o["start"] = bj::array{p.start.line, p.start.column};
  o["end"] = bj::array{p.end.line, p.end.column};
  return o;
}

bj::object reference(const PostRef& r) {
  bj::object o;
  o["index"] = r.index;
  put(o, "file", r.file);
  put(o, "label", r.label);
  put(o, "identity", r.identity);
  put(o, "pointer", r.pointer);
  put(o, "title", r.title);
  put(o, "url", r.url);
  put(o, "locale", r.locale);
  put(o, "status", r.status);
  put(o, "id", r.id);
  put(o, "slug", r.slug);
  return o;
}

/// Reads the values of a parsed line into a summary; the first value of the wrong shape is the error.
class Decoder {
 public:
  json::Error error;

  bool summary(const json::Value& v, PostSummary& s) {
    if (!v.is_object()) return fail(v, "a summary line must be a JSON object");
    const json::Value* r = v.find("ref");
    if (!r) return fail(v, "a summary needs \"ref\", the post's reference");
    bool ok = reference(*r, s.ref) && text(v, "id", s.id) && text(v, "link", s.link) && text(v, "site", s.site) &&
              text(v, "language", s.language) && text(v, "slug", s.slug) && text(v, "url", s.url);
    return ok && placed(v, "title", s.title) && placed(v, "description", s.description) &&
           placed(v, "canonical", s.canonical) && placed(v, "link_at", s.link_at) && alternates(v, s) &&
           translations(v, s) && directives(v, s);
  }

  /// Records the first mismatch, at value v; returns false.
  bool fail(const json::Value& v, std::string message) {
    if (error.message.empty()) error = {v.begin, std::move(message)};
    return false;
  }

 private:
  /// A string as text() wrote it.
  bool text(const json::Value& v, std::string& out) {
    if (v.is_string()) return out = v.text, true;
    const json::Value* h = v.is_object() ? v.find_string("hex") : nullptr;
    if (!h || h->text.size() % 2) return fail(v, "expected a string");
    out.clear();
    for (std::size_t i = 0; i < h->text.size(); i += 2) {
      int hi = digit(h->text[i]), lo = digit(h->text[i + 1]);
      if (hi < 0 || lo < 0) return fail(*h, "expected hexadecimal digits");
      out += static_cast<char>(hi * 16 + lo);
    }
    return true;
  }

  /// An optional string member: "" when absent.
  bool text(const json::Value& o, std::string_view key, std::string& out) {
    const json::Value* v = o.find(key);
    return !v || text(*v, out);
  }

  static int digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  }

  template <class T>
  bool number(const json::Value& v, T& out) {
    std::uint64_t n = 0;
    const char* end = v.text.data() + v.text.size();
    auto [p, ec] = std::from_chars(v.text.data(), end, n);
    if (!v.is_number() || ec != std::errc() || p != end || n > std::numeric_limits<T>::max())
      return fail(v, "expected a whole number from 0 to " + std::to_string(std::numeric_limits<T>::max()));
    return out = static_cast<T>(n), true;
  }

  /// [a, b]: two numbers.
  template <class T>
  bool two(const json::Value* v, T& a, T& b) {
    if (!v) return true;
    if (!v->is_array() || v->items.size() != 2) return fail(*v, "expected an array of two numbers");
    return number(v->items[0], a) && number(v->items[1], b);
  }

  bool reference(const json::Value& v, PostRef& r) {
    if (!v.is_object()) return fail(v, "\"ref\" must be an object");
    const json::Value* index = v.find("index");
    if (!index) return fail(v, "\"ref\" needs \"index\", the post's order in the run");
    return number(*index, r.index) && text(v, "file", r.file) && text(v, "label", r.label) &&
           text(v, "identity", r.identity) && text(v, "pointer", r.pointer) && text(v, "title", r.title) &&
           text(v, "url", r.url) && text(v, "locale", r.locale) && text(v, "status", r.status) &&
           text(v, "id", r.id) && text(v, "slug", r.slug);
  }

  bool placed(const json::Value& v, Placed& p) {
    if (!v.is_object()) return fail(v, "a placed value must be an object");
    return text(v, "value", p.value) && two(v.find("offsets"), p.loc.begin, p.loc.end) &&
           text(v, "pointer", p.loc.pointer) && text(v, "element", p.loc.element) &&
           two(v.find("start"), p.start.line, p.start.column) && two(v.find("end"), p.end.line, p.end.column);
  }

  bool placed(const json::Value& o, std::string_view key, std::optional<Placed>& out) {
    const json::Value* v = o.find(key);
    return !v || placed(*v, out.emplace());
  }

  /// A member that is an array of [string, x] pairs; each calls second(x, into the pair).
  template <class Second, class Read>
  bool pairs(const json::Value& o, std::string_view key, std::vector<std::pair<std::string, Second>>& out, Read second) {
    const json::Value* v = o.find(key);
    if (!v) return true;
    if (!v->is_array()) return fail(*v, "\"" + std::string(key) + "\" must be an array");
    for (const auto& item : v->items) {
      if (!item.is_array() || item.items.size() != 2) return fail(item, "expected a pair [string, value]");
      auto& [first, rest] = out.emplace_back();
      if (!text(item.items[0], first) || !second(item.items[1], rest)) return false;
    }
    return true;
  }

  bool alternates(const json::Value& o, PostSummary& s) {
    return pairs(o, "alternates", s.alternates, [&](const json::Value& v, Placed& p) { return placed(v, p); });
  }

  /// [[rule placed, reason, used], ...]: the post's seolint-disable comments site-wide findings may use.
  bool directives(const json::Value& o, PostSummary& s) {
    const json::Value* list = o.find("directives");
    if (!list) return true;
    if (!list->is_array()) return fail(*list, "\"directives\" must be an array");
    for (const auto& item : list->items) {
      if (!item.is_array() || item.items.size() != 3 || item.items[2].kind != json::Kind::Bool)
        return fail(item, "expected a directive [rule, reason, used]");
      SiteDirective& d = s.directives.emplace_back();
      if (!placed(item.items[0], d.rule) || !text(item.items[1], d.reason)) return false;
      d.used = item.items[2].boolean;
    }
    return true;
  }

  bool translations(const json::Value& o, PostSummary& s) {
    return pairs(o, "translations", s.translations, [&](const json::Value& v, std::string& t) { return text(v, t); });
  }
};
}  // namespace

std::string header_line() {
  bj::object o{{kFormat, kVersion}, {"generator", "seolint " SEOLINT_VERSION}};
  return bj::serialize(o) + "\n";
}

bool check_header(std::string_view line, json::Error& error) {
  json::Value v;
  std::string why = "not a seolint summaries file (its first line is not {\"seolint-summaries\": version, ...})";
  if (!json::parse(line, 0, {}, v, error) || !v.is_object() || !v.find(kFormat)) return error = {0, why}, false;
  const json::Value& version = *v.find(kFormat);
  if (version.is_number() && version.text == std::to_string(kVersion)) return true;
  error = {version.begin, "summaries format version " + (version.is_number() ? version.text : "?") +
                              " is not supported (this seolint reads version " + std::to_string(kVersion) + ")"};
  return false;
}

std::string to_json(const PostSummary& s) {
  bj::object o;
  o["ref"] = reference(s.ref);
  put(o, "id", s.id);
  put(o, "link", s.link);
  put(o, "site", s.site);
  put(o, "language", s.language);
  put(o, "slug", s.slug);
  put(o, "url", s.url);
  if (s.title) o["title"] = placed(*s.title);
  if (s.description) o["description"] = placed(*s.description);
  if (s.canonical) o["canonical"] = placed(*s.canonical);
  if (s.link_at) o["link_at"] = placed(*s.link_at);
  bj::array alternates, translations;
  for (const auto& [code, href] : s.alternates) alternates.push_back(bj::array{text(code), placed(href)});
  for (const auto& [lang, target] : s.translations) translations.push_back(bj::array{text(lang), text(target)});
  if (!alternates.empty()) o["alternates"] = std::move(alternates);
  if (!translations.empty()) o["translations"] = std::move(translations);
  bj::array directives;
  for (const auto& d : s.directives) directives.push_back(bj::array{placed(d.rule), text(d.reason), d.used});
  if (!directives.empty()) o["directives"] = std::move(directives);
  return bj::serialize(o);
}

bool from_json(std::string_view line, PostSummary& out, json::Error& error) {
  json::Value v;
  if (!json::parse(line, 0, {}, v, error)) return false;
  Decoder d;
  out = PostSummary{};
  if (d.summary(v, out)) return true;
  return error = d.error, false;
}

}  // namespace seolint::summaries
