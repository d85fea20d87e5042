#include "seolint/json.hpp"

#include <algorithm>
#include <cstring>

#include "seolint/text/utf8.hpp"

namespace seolint::json {

const Value* Value::find(std::string_view key) const {
  for (const auto& m : members)
    if (m.key == key) return &m.value;
  return nullptr;
}

const Value* Value::find_string(std::string_view key) const {
  const Value* v = find(key);
  return v && v->is_string() ? v : nullptr;
}

const Value* Value::at(std::string_view pointer) const {
  const Value* v = this;
  while (v && !pointer.empty() && pointer[0] == '/') {
    std::size_t next = pointer.find('/', 1);
    std::string seg(pointer.substr(1, next == std::string_view::npos ? std::string_view::npos : next - 1));
    for (std::size_t i; (i = seg.find("~1")) != std::string::npos;) seg.replace(i, 2, "/");
    for (std::size_t i; (i = seg.find("~0")) != std::string::npos;) seg.replace(i, 2, "~");
    if (v->is_array()) {
      char* end = nullptr;
      unsigned long i = std::strtoul(seg.c_str(), &end, 10);
      v = !seg.empty() && *end == 0 && i < v->items.size() ? &v->items[i] : nullptr;
    } else {
      v = v->is_object() ? v->find(seg) : nullptr;
    }
    pointer = next == std::string_view::npos ? std::string_view() : pointer.substr(next);
  }
  return v;
}

Reader::Reader(std::string_view buffer, std::uint64_t base, Limits limits)
    : buf_(buffer), base_(base), limits_(limits) {}

namespace {
bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string describe(char c) {
  auto u = static_cast<unsigned char>(c);
  if (u >= 0x21 && u < 0x7f) return std::string("'") + c + "'";
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", u);
  return std::string("byte ") + hex;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Reads 4 hex digits at s; -1 when they are not hex.
long read_hex4(std::string_view s) {
  if (s.size() < 4) return -1;
  long v = 0;
  for (int i = 0; i < 4; ++i) {
    int h = hex_value(s[i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

/// Decodes one escape at raw[0] == '\\'; returns bytes consumed, 0 on error (with why set).
std::size_t decode_escape(std::string_view raw, std::string& out, const char*& why) {
  if (raw.size() < 2) return why = "unterminated escape", 0;
  switch (raw[1]) {
    case '"': out += '"'; return 2;
    case '\\': out += '\\'; return 2;
    case '/': out += '/'; return 2;
    case 'b': out += '\b'; return 2;
    case 'f': out += '\f'; return 2;
    case 'n': out += '\n'; return 2;
    case 'r': out += '\r'; return 2;
    case 't': out += '\t'; return 2;
    case 'u': break;
    default: return why = "invalid escape", 0;
  }
  long cp = read_hex4(raw.substr(2));
  if (cp < 0) return why = "invalid \\u escape", 0;
  std::size_t used = 6;
  long lo = raw.size() >= 12 && raw[6] == '\\' && raw[7] == 'u' ? read_hex4(raw.substr(8)) : -1;
  if (cp >= 0xD800 && cp <= 0xDBFF && lo >= 0xDC00 && lo <= 0xDFFF) {
    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    used = 12;
  } else if (cp >= 0xD800 && cp <= 0xDFFF) {
    cp = 0xFFFD;  // a lone surrogate (WordPress cuts excerpts mid-emoji): U+FFFD, as browsers decode it
  }
  text::append_utf8(out, static_cast<char32_t>(cp));
  return used;
}
/// True when none of 8 bytes ends or escapes a string, is a control character or starts a UTF-8 sequence.
bool plain8(const char* p) {
  constexpr std::uint64_t k1 = 0x0101010101010101ull, k80 = 0x8080808080808080ull;
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  auto zero = [&](std::uint64_t v) { return (v - k1) & ~v & k80; };  // a zero byte (false alarms only fall back)
  return !(zero(w ^ (k1 * '"')) | zero(w ^ (k1 * '\\')) | ((w - k1 * 0x20) & ~w & k80) | (w & k80));
}
}  // namespace

char Reader::peek() {
  while (pos_ < buf_.size() && is_ws(buf_[pos_])) ++pos_;
  return pos_ < buf_.size() ? buf_[pos_] : 0;
}

bool Reader::expect(char c) {
  if (peek() != c || pos_ >= buf_.size()) return false;
  ++pos_;
  return true;
}

bool Reader::fail(std::string message) { return fail_at(pos_, std::move(message)); }

bool Reader::fail_at(std::size_t pos, std::string message) {
  error_ = {base_ + pos, std::move(message)};
  return false;
}

bool Reader::value(Value& out, std::size_t depth) { return parse(out, depth); }

bool Reader::parse(Value& out, std::size_t depth) {
  char c = peek();
  if (pos_ >= buf_.size()) return fail("unexpected end of input, expected a value");
  out.begin = base_ + pos_;
  if (c == '{' || c == '[') {
    if (depth >= limits_.max_depth)
      return fail("nesting deeper than " + std::to_string(limits_.max_depth) + " levels (raise it with --max-depth)");
    ++pos_;
    bool object = c == '{';
    out.kind = object ? Kind::Object : Kind::Array;
    char close = object ? '}' : ']';
    if (expect(close)) return out.end = base_ + pos_, true;
    for (;;) {
      if (object) {
        Member m;
        if (peek() != '"')
          return fail(pos_ >= buf_.size() ? "unexpected end of input, expected a string key"
                                          : "expected a string key, found " + describe(peek()));
        m.key_begin = base_ + pos_ + 1;
        if (!string(m.key)) return false;
        if (!expect(':')) return fail("expected ':' after key");
        if (!parse(m.value, depth + 1)) return false;
        out.members.push_back(std::move(m));
      } else {
        out.items.emplace_back();
        if (!parse(out.items.back(), depth + 1)) return false;
      }
      if (expect(',')) continue;
      if (expect(close)) return out.end = base_ + pos_, true;
      if (pos_ >= buf_.size()) return fail(std::string("unexpected end of input, expected ',' or '") + close + "'");
      return fail(std::string("expected ',' or '") + close + "', found " + describe(buf_[pos_]));
    }
  }
  if (c == '"') {
    out.kind = Kind::String;
    out.begin = base_ + pos_ + 1;
    if (!string(out.text)) return false;
    out.end = base_ + pos_ - 1;
    return true;
  }
  if (c == '-' || (c >= '0' && c <= '9')) return number(out);
  return literal(out);
}

bool Reader::string(std::string& out) {
  std::size_t start = ++pos_;  // after the opening quote
  out.clear();
  for (;;) {
    std::size_t run = pos_;
    while (pos_ + 8 <= buf_.size() && plain8(buf_.data() + pos_)) pos_ += 8;
    while (pos_ < buf_.size()) {
      auto u = static_cast<unsigned char>(buf_[pos_]);
      if (u == '"' || u == '\\' || u < 0x20 || u >= 0x80) break;
      ++pos_;
    }
    out.append(buf_.data() + run, pos_ - run);
    if (pos_ >= buf_.size()) return fail_at(start - 1, "unterminated string");
    auto u = static_cast<unsigned char>(buf_[pos_]);
    if (u == '"') return ++pos_, true;
    if (u == '\\' && pos_ + 1 < buf_.size() &&
        (buf_[pos_ + 1] == '/' || buf_[pos_ + 1] == '"' || buf_[pos_ + 1] == '\\')) {
      out += buf_[pos_ + 1], pos_ += 2;  // WordPress writes every / as \/: the common escapes inline
    } else if (u == '\\') {
      const char* why = nullptr;
      std::size_t used = decode_escape(buf_.substr(pos_), out, why);
      if (!used) return fail(why);
      pos_ += used;
    } else if (u < 0x20) {
      return fail("control character " + describe(buf_[pos_]) + " in string (must be escaped)");
    } else {
      std::size_t n = text::utf8_sequence_length(buf_.substr(pos_));
      if (!n) return fail("invalid UTF-8 in string");
      out.append(buf_.data() + pos_, n);
      pos_ += n;
    }
  }
}

bool Reader::number(Value& out) {
  std::size_t start = pos_;
  auto digit = [&] { return pos_ < buf_.size() && buf_[pos_] >= '0' && buf_[pos_] <= '9'; };
  if (buf_[pos_] == '-') ++pos_;
  if (!digit()) return fail("invalid number");
  if (buf_[pos_] == '0') ++pos_;
  else
    while (digit()) ++pos_;
  if (pos_ < buf_.size() && buf_[pos_] == '.') {
    ++pos_;
    if (!digit()) return fail("invalid number: digits expected after '.'");
    while (digit()) ++pos_;
  }
  if (pos_ < buf_.size() && (buf_[pos_] == 'e' || buf_[pos_] == 'E')) {
    ++pos_;
    if (pos_ < buf_.size() && (buf_[pos_] == '+' || buf_[pos_] == '-')) ++pos_;
    if (!digit()) return fail("invalid number: digits expected in exponent");
    while (digit()) ++pos_;
  }
  out.kind = Kind::Number;
  out.text.assign(buf_.data() + start, pos_ - start);
  out.end = base_ + pos_;
  return true;
}

bool Reader::literal(Value& out) {
  static constexpr std::pair<std::string_view, Kind> kWords[] = {
      {"true", Kind::Bool}, {"false", Kind::Bool}, {"null", Kind::Null}};
  for (auto [word, kind] : kWords) {
    if (buf_.substr(pos_, word.size()) == word) {
      out.kind = kind;
      out.boolean = word == "true";
      pos_ += word.size();
      out.end = base_ + pos_;
      return true;
    }
  }
  return fail("unexpected " + describe(buf_[pos_]) + ", expected a value");
}

bool parse(std::string_view buffer, std::uint64_t base, Limits limits, Value& out, Error& error) {
  Reader r(buffer, base, limits);
  if (!r.value(out)) return error = r.error(), false;
  if (!r.at_end()) {
    error = {r.offset(), "unexpected content after the JSON value"};
    return false;
  }
  return true;
}

OffsetMap OffsetMap::identity(std::uint64_t base) {
  OffsetMap m;
  m.steps_.push_back({0, base});
  return m;
}

OffsetMap OffsetMap::decode(std::string_view raw, std::uint64_t base, std::string& decoded) {
  OffsetMap m;
  decoded.clear();
  m.steps_.push_back({0, base});
  for (std::size_t i = 0; i < raw.size();) {
    if (raw[i] != '\\') {
      std::size_t j = raw.find('\\', i);
      if (j == std::string_view::npos) j = raw.size();
      decoded.append(raw.data() + i, j - i);
      i = j;
      continue;
    }
    m.steps_.push_back({decoded.size(), base + i});
    const char* why = nullptr;
    std::size_t used = decode_escape(raw.substr(i), decoded, why);
    if (!used) used = 1;  // the reader validated it already
    i += used;
    m.steps_.push_back({decoded.size(), base + i});
  }
  return m;
}

OffsetMap OffsetMap::of(std::string_view raw, std::uint64_t base) {
  OffsetMap m;
  m.steps_.push_back({0, base});
  std::uint64_t decoded = 0;
  std::string scratch;  // one escape at a time: only its decoded length matters here
  for (std::size_t i = 0; i < raw.size();) {
    std::size_t j = raw.find('\\', i);
    if (j == std::string_view::npos) break;
    decoded += j - i;
    m.steps_.push_back({decoded, base + j});
    std::size_t used = 2;
    char e = j + 1 < raw.size() ? raw[j + 1] : 0;
    if (e == '/' || e == '"' || e == '\\') {
      decoded += 1;
    } else {
      const char* why = nullptr;
      scratch.clear();
      used = decode_escape(raw.substr(j), scratch, why);
      if (!used) used = 1;  // the reader validated it already
      decoded += scratch.size();
    }
    i = j + used;
    m.steps_.push_back({decoded, base + i});
  }
  return m;
}

std::uint64_t OffsetMap::to_source(std::uint64_t decoded_offset) const {
  auto it = std::upper_bound(steps_.begin(), steps_.end(), decoded_offset,
                             [](std::uint64_t off, const Step& s) { return off < s.decoded; });
  if (it == steps_.begin()) return decoded_offset;
  --it;
  return it->source + (decoded_offset - it->decoded);
}

std::string pointer_segment(std::string_view key) {
  std::string out = "/";
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

}  // namespace seolint::json
