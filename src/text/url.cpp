#include "seolint/text/url.hpp"

#include <algorithm>
#include <array>
#include <boost/url.hpp>

#include "seolint/text/language.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::text {

namespace {

struct Parts {
  std::string origin, path, query;
  std::string scheme, host;
};

std::optional<Parts> split(std::string_view s) {
  auto n = normalize_url(s);
  if (!n) return std::nullopt;
  auto r = boost::urls::parse_uri(*n);
  if (!r) return std::nullopt;
  Parts p;
  p.scheme = r->scheme();
  p.host = r->encoded_host_and_port();
  p.origin = p.scheme + "://" + p.host;
  p.path = r->encoded_path();
  p.query = r->has_query() ? "?" + std::string(r->encoded_query()) : "";
  return p;
}

std::string_view strip_slash(std::string_view p) {
  if (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
  return p;
}

/// When path a is "/xx/" + path b, the prefix "/xx/".
std::string language_prefix(const std::string& a, const std::string& b) {
  std::string seg = url_language_segment("x://h" + a);
  if (seg.empty()) return "";
  std::string rest = a.substr(seg.size() - 1);
  return strip_slash(rest) == strip_slash(b) ? seg : "";
}
}  // namespace

std::string percent_encode(std::string_view s, std::string_view also) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (c <= 0x20 || c >= 0x7F || also.find(static_cast<char>(c)) != std::string_view::npos) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

namespace {
std::optional<std::string> normalize_uncached(std::string_view url) {
  std::string s = percent_encode(trim(url), "\"<>\\^`{|}");  // an IRI as a URI: raw Unicode and unsafe bytes
  auto r = boost::urls::parse_uri(s);
  if (!r) return std::nullopt;
  boost::urls::url u(*r);
  u.normalize();
  if ((u.scheme() == "http" && u.port() == "80") || (u.scheme() == "https" && u.port() == "443")) u.remove_port();
  std::string out(u.buffer());
  if (u.has_authority() && u.encoded_path().empty()) out.insert(u.encoded_origin().size(), "/");
  return out;
}
}  // namespace

std::optional<std::string> normalize_url(std::string_view url) {
  // Rules compare the same few URLs of a post many times: the last ones are remembered, per thread.
  struct Memo {
    std::string url;
    std::optional<std::string> normal;
  };
  thread_local std::array<Memo, 16> memo;
  thread_local std::size_t next = 0;
  for (const Memo& m : memo)
    if (m.url == url && (!m.url.empty() || m.normal)) return m.normal;
  Memo& slot = memo[next++ % memo.size()];
  slot.url.assign(url);
  slot.normal = normalize_uncached(url);
  return slot.normal;
}

std::string_view without_fragment(std::string_view url) { return url.substr(0, url.find('#')); }

std::optional<std::string> resolve_url(std::string_view base, std::string_view ref) {
  // Characters a URI may not hold raw (spaces, quotes, Unicode) are percent-encoded first, as browsers do.
  constexpr std::string_view kRaw = " \"<>\\^`{|}";
  auto plain_http = [&](std::string_view u) {  // the common case needs no parse: already absolute and clean
    return (u.starts_with("https://") || u.starts_with("http://")) &&
           std::all_of(u.begin(), u.end(),
                       [&](unsigned char c) { return c > 0x20 && c < 0x7F && kRaw.find(c) == kRaw.npos; });
  };
  if (plain_http(ref) && (base.starts_with("https://") || base.starts_with("http://"))) return std::string(ref);
  std::string b_text = percent_encode(base, kRaw), r_text = percent_encode(ref, kRaw);
  auto b = boost::urls::parse_uri(b_text);
  auto r = boost::urls::parse_uri_reference(r_text);
  if (!b || !r || (b->scheme() != "http" && b->scheme() != "https")) return std::nullopt;
  if (r->has_scheme()) return r_text;
  boost::urls::url out;
  if (!boost::urls::resolve(*b, *r, out)) return std::nullopt;
  return std::string(out.buffer());
}

bool is_placeholder_src(std::string_view src) {
  // A data: URL at least this long holds a picture of its own (an inlined logo or photo); an empty SVG or a 1x1 GIF
  // is under 300 characters.
  constexpr std::size_t kInlinePicture = 1000;
  std::string s = lower_ascii(trim(src));
  if (s.starts_with("data:")) return s.size() < kInlinePicture;
  for (std::string_view nothing :
       {"", "//:0", "//0", "about:blank", "#", "javascript:void(0)", "javascript:void(0);", "javascript:;"})
    if (s == nothing) return true;
  s = s.substr(0, s.find_first_of("?#"));
  std::string name = s.substr(s.find_last_of('/') + 1);
  name = name.substr(0, name.find('.'));
  for (std::string_view stub :
       {"1x1", "spacer", "blank", "clear", "pixel", "transparent", "empty", "loading", "loader"})
    if (name == stub) return true;
  return false;
}

std::string url_host(std::string_view url) {
  auto n = normalize_url(url);
  if (!n) return "";
  auto r = boost::urls::parse_uri(*n);
  return r ? std::string(r->encoded_host()) : "";
}

const char* url_diff_message(UrlDiff d) {
  switch (d) {
    case UrlDiff::LanguagePrefix: return "language-prefix";
    case UrlDiff::SchemeOrHost: return "host-only";
    case UrlDiff::TrailingSlash: return "trailing-slash";
    default: return "other-page";
  }
}

UrlComparison compare_urls(std::string_view a, std::string_view b) {
  auto pa = split(a), pb = split(b);
  if (!pa || !pb) return {trim(a) == trim(b) ? UrlDiff::Same : UrlDiff::OtherPage, "", false};
  if (pa->origin == pb->origin && pa->path == pb->path && pa->query == pb->query) return {UrlDiff::Same, "", false};
  if (pa->query == pb->query) {
    if (auto seg = language_prefix(pa->path, pb->path); !seg.empty()) return {UrlDiff::LanguagePrefix, seg, true};
    if (auto seg = language_prefix(pb->path, pa->path); !seg.empty()) return {UrlDiff::LanguagePrefix, seg, false};
    if (pa->path == pb->path) return {UrlDiff::SchemeOrHost, "", false};
    if (strip_slash(pa->path) == strip_slash(pb->path))
      return {pa->origin == pb->origin ? UrlDiff::TrailingSlash : UrlDiff::SchemeOrHost, "", false};
  }
  return {UrlDiff::OtherPage, "", false};
}

}  // namespace seolint::text
