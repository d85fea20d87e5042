#include "engine/summary_json.hpp"

#include <boost/json.hpp>
#include <charconv>
#include <limits>

#include "seolint_version.hpp"
#include "text/json_text.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::summaries {

namespace {
namespace bj = boost::json;

constexpr char kFormat[] = "seolint-summaries";
constexpr char kHex[] = "0123456789abcdef";

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

namespace {
/// The same records as text (one per post, so written by hand); the reader above takes either.
struct Out {
  text::JsonText w;
  bool first = true;
  void string(std::string_view s) {
    if (text::find_invalid_utf8(s) == std::string_view::npos) return void(w.str(s));
    w.raw("{\"hex\":\"");
    for (unsigned char c : s) w.out += kHex[c >> 4], w.out += kHex[c & 15];
    w.raw("\"}");
  }
  void put(std::string_view key, std::string_view s) {
    if (s.empty()) return;
    w.key(key, first), first = false;
    string(s);
  }
  void open(std::string_view key) { w.key(key, first), first = true, w.raw("{"); }
  void close() { w.raw("}"), first = false; }
  void pair(std::uint64_t a, std::uint64_t b) { w.raw("["), w.num(a), w.raw(","), w.num(b), w.raw("]"); }
  void placed(const Placed& p) {
    w.raw("{"), first = true;
    put("value", p.value);
    w.key("offsets", first), first = false, pair(p.loc.begin, p.loc.end);
    put("pointer", p.loc.pointer);
    put("element", p.loc.element);
    w.key("start"), pair(p.start.line, p.start.column);
    w.key("end"), pair(p.end.line, p.end.column);
    w.raw("}"), first = false;
  }
  void placed(std::string_view key, const std::optional<Placed>& p) {
    if (!p) return;
    w.key(key, first), first = false;
    placed(*p);
  }
  void reference(const PostRef& r) {
    open("ref");
    w.key("index", true), w.num(r.index), first = false;
    for (auto [k, v] : {std::pair<std::string_view, const std::string*>{"file", &r.file}, {"label", &r.label},
                        {"identity", &r.identity}, {"pointer", &r.pointer}, {"title", &r.title}, {"url", &r.url},
                        {"locale", &r.locale}, {"status", &r.status}, {"id", &r.id}, {"slug", &r.slug}})
      put(k, *v);
    close();
  }
  template <typename T, typename F>
  void list(std::string_view key, const std::vector<T>& items, F each) {
    if (items.empty()) return;
    w.key(key, first), first = false, w.raw("[");
    for (std::size_t i = 0; i < items.size(); ++i) w.raw(i ? ",[" : "["), each(items[i]), w.raw("]");
    w.raw("]");
  }
};
}  // namespace

std::string to_json(const PostSummary& s) {
  std::string text;
  Out o{{text}};
  text += '{';
  o.reference(s.ref);
  for (auto [k, v] : {std::pair<std::string_view, const std::string*>{"id", &s.id}, {"link", &s.link}, {"site", &s.site},
                      {"language", &s.language}, {"slug", &s.slug}, {"url", &s.url}})
    o.put(k, *v);
  o.placed("title", s.title);
  o.placed("description", s.description);
  o.placed("canonical", s.canonical);
  o.placed("link_at", s.link_at);
  o.list("alternates", s.alternates, [&](const auto& a) { o.string(a.first), o.w.raw(","), o.placed(a.second); });
  o.list("translations", s.translations, [&](const auto& t) { o.string(t.first), o.w.raw(","), o.string(t.second); });
  o.list("directives", s.directives, [&](const SiteDirective& d) {
    o.placed(d.rule), o.w.raw(","), o.string(d.reason), o.w.raw(d.used ? ",true" : ",false");
  });
  text += '}';
  return text;
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
