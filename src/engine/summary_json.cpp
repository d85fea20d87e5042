#include "engine/summary_json.hpp"

#include <boost/json.hpp>
#include <charconv>
#include <limits>
#include <type_traits>

#include "model/summary_fields.hpp"
#include "seolint/text/utf8.hpp"
#include "seolint_version.hpp"
#include "text/json_text.hpp"

namespace seolint::summaries {

namespace {
namespace bj = boost::json;
namespace fields = summary_fields;

constexpr char kFormat[] = "seolint-summaries";
constexpr char kHex[] = "0123456789abcdef";

template <class T>
constexpr bool kIsOptional = false;
template <class T>
constexpr bool kIsOptional<std::optional<T>> = true;
template <class T>
constexpr bool kIsList = false;
template <class T>
constexpr bool kIsList<std::vector<T>> = true;

/// The type of the member field F describes in a T.
template <class T, class F>
using Member = std::remove_cvref_t<decltype(fields::get(std::declval<const F&>(), std::declval<T&>()))>;

/// How many fields T's table has.
template <class T>
constexpr std::size_t kCount = std::tuple_size_v<std::remove_cvref_t<decltype(fields::kTable<T>.list)>>;

/// Reads the values of a parsed line into a summary, as the field tables say; the first value of the wrong
/// shape is the error.
class Decoder {
 public:
  json::Error error;

  /// Reads v into out; name is the member's name, for errors ("" in an array).
  template <class T>
  bool value(const json::Value& v, T& out, std::string_view name = "") {
    if constexpr (std::is_same_v<T, std::string>) {
      return text(v, out);
    } else if constexpr (std::is_same_v<T, bool>) {
      if (v.kind != json::Kind::Bool) return fail(v, "expected true or false");
      return out = v.boolean, true;
    } else if constexpr (std::is_integral_v<T>) {
      return number(v, out);
    } else if constexpr (kIsOptional<T>) {
      return value(v, out.emplace(), name);
    } else if constexpr (kIsList<T>) {
      if (!v.is_array()) return fail(v, "\"" + std::string(name) + "\" must be an array");
      for (const auto& item : v.items)
        if (!value(item, out.emplace_back())) return false;
      return true;
    } else if constexpr (fields::kTable<T>.shape == fields::Shape::Object) {
      return object(v, out);
    } else {
      if (!v.is_array() || v.items.size() != kCount<T>) return fail(v, std::string(fields::kTable<T>.wrong));
      std::size_t i = 0;
      return fields::all_fields<T>([&](const auto& f) {
        decltype(auto) member = fields::get(f, out);
        return value(v.items[i++], member);
      });
    }
  }

  /// Records the first mismatch, at value v; returns false.
  bool fail(const json::Value& v, std::string message) {
    if (error.message.empty()) error = {v.begin, std::move(message)};
    return false;
  }

 private:
  /// An object of named members: a member left out keeps its default unless it is required.
  template <class T>
  bool object(const json::Value& v, T& out) {
    constexpr auto& table = fields::kTable<T>;
    if (!v.is_object()) return fail(v, std::string(table.wrong));
    return fields::all_fields<T>([&](const auto& f) {
      const json::Value* m = v.find(f.name);
      if (!m)
        return f.need.empty() ||
               fail(v, std::string(table.noun) + " needs \"" + std::string(f.name) + "\", " + std::string(f.need));
      decltype(auto) member = fields::get(f, out);
      return value(*m, member, f.name);
    });
  }

  /// A string as Out::string() wrote it.
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
/// Writes a summary as the field tables say, as text (one record per post, so not through Boost.JSON objects);
/// the reader above takes it back.
struct Out {
  text::JsonText w;

  /// Whether an object writes a member: a string, list or optional value only when it is not empty.
  template <class T>
  static bool present(const T& v) {
    if constexpr (std::is_same_v<T, std::string> || kIsList<T>) return !v.empty();
    else if constexpr (kIsOptional<T>) return v.has_value();
    else return true;
  }

  template <class T>
  void value(const T& v) {
    if constexpr (std::is_same_v<T, std::string>) {
      string(v);
    } else if constexpr (std::is_same_v<T, bool>) {
      w.raw(v ? "true" : "false");
    } else if constexpr (std::is_integral_v<T>) {
      w.num(v);
    } else if constexpr (kIsOptional<T>) {
      value(*v);
    } else if constexpr (kIsList<T>) {
      w.raw("[");
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) w.raw(",");
        value(v[i]);
      }
      w.raw("]");
    } else {
      constexpr bool object = fields::kTable<T>.shape == fields::Shape::Object;
      bool first = true;
      w.raw(object ? "{" : "[");
      fields::all_fields<T>([&](const auto& f) {
        decltype(auto) member = fields::get(f, v);
        if (object && !present(member)) return true;
        if (object) w.key(f.name, first);
        else if (!first) w.raw(",");
        first = false;
        value(member);
        return true;
      });
      w.raw(object ? "}" : "]");
    }
  }

  /// A string, or {"hex": its bytes} when it is not UTF-8.
  void string(std::string_view s) {
    if (text::find_invalid_utf8(s) == std::string_view::npos) return void(w.str(s));
    w.raw("{\"hex\":\"");
    for (unsigned char c : s) w.out += kHex[c >> 4], w.out += kHex[c & 15];
    w.raw("\"}");
  }
};

/// The kind of a T as schema() writes it.
template <class T>
std::string kind() {
  if constexpr (std::is_same_v<T, std::string>) {
    return "string";
  } else if constexpr (std::is_same_v<T, bool>) {
    return "bool";
  } else if constexpr (std::is_integral_v<T>) {
    return "number";
  } else if constexpr (kIsOptional<T>) {
    return kind<typename T::value_type>() + "?";
  } else if constexpr (kIsList<T>) {
    return "[" + kind<typename T::value_type>() + ", ...]";
  } else {
    constexpr bool object = fields::kTable<T>.shape == fields::Shape::Object;
    std::string out = object ? "{" : "[";
    fields::all_fields<T>([&](const auto& f) {
      if (out.size() > 1) out += ", ";
      if (object) out.append(f.name).append(f.need.empty() ? ": " : "!: ");
      return out += kind<Member<T, std::remove_cvref_t<decltype(f)>>>(), true;
    });
    return out + (object ? "}" : "]");
  }
}
}  // namespace

std::string to_json(const PostSummary& s) {
  std::string text;
  Out{{text}}.value(s);
  return text;
}

std::string schema() { return kind<PostSummary>(); }

std::uint64_t schema_hash() {
  std::uint64_t h = 14695981039346656037u;  // FNV-1a
  for (unsigned char c : schema()) h = (h ^ c) * 1099511628211u;
  return h;
}

bool from_json(std::string_view line, PostSummary& out, json::Error& error) {
  json::Value v;
  if (!json::parse(line, 0, {}, v, error)) return false;
  Decoder d;
  out = PostSummary{};
  if (d.value(v, out)) return true;
  return error = d.error, false;
}

}  // namespace seolint::summaries
