// url-unsafe: a URL in the head or on a body image that no client can follow safely.
#include <algorithm>

#include "seolint/rule.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"javascript", Severity::Error, "{field} {url} is a javascript: URL"},
    {"empty-host", Severity::Error, "{field} {url} has an empty host"},
    {"whitespace", Severity::Warning, "{field} {url} contains raw whitespace; percent-encode it (%20)"},
    {"broken-image", Severity::Warning, "{field} {url} {why}: the browser shows no picture there"},
    {"image-whitespace", Severity::Note,
     "{field} {url} contains raw whitespace: browsers encode it and show the picture, but it is not a valid URL; "
     "percent-encode it (%20)"},
};

constexpr RuleMeta kMeta{"url-unsafe",
                         "URLs in the head and on body images must not hold javascript:, an empty host or raw "
                         "whitespace.",
                         "urls",
                         kMessages,
                         {}};

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// What is wrong with url, or nothing. Browsers trim the ends and drop tabs and newlines before reading a URL.
const char* problem(std::string_view raw_url) {
  std::string_view url = text::trim(raw_url);
  std::string compact;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') compact += c;
  std::string l = text::lower_ascii(compact);
  if (l.starts_with("javascript:")) return "javascript";
  if (l.starts_with("data:")) return nullptr;  // inline images (SVG placeholders) may hold spaces
  std::size_t authority = std::string::npos;
  if (l.starts_with("http://") || l.starts_with("https://")) authority = l.find("://") + 3;
  else if (l.starts_with("//")) authority = 2;
  if (authority != std::string::npos) {
    std::string host = l.substr(authority, l.find_first_of("/?#", authority) - authority);
    if (std::size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
    if (std::size_t colon = host.rfind(':'); colon != std::string::npos && host.find(']') == std::string::npos)
      host.erase(colon);
    if (host.empty()) return "empty-host";
  }
  if (std::any_of(url.begin(), url.end(), ascii_space)) return "whitespace";
  return nullptr;
}

/// Reports what is wrong with a body image's URL: a broken picture is not an unusable page, so a warning.
void image_problem(std::string_view url, const char* field, const Loc& loc, Sink& sink) {
  const char* p = problem(url);
  if (!p || text::is_placeholder_src(url)) return;
  std::string u(url);
  if (std::string_view(p) == "whitespace")  // browsers encode it: advice, not a broken picture
    return sink.report("image-whitespace", loc, {{"field", field}, {"url", u}}, {}, {u});
  const char* why = std::string_view(p) == "javascript" ? "is a javascript: URL" : "has an empty host";
  sink.report("broken-image", loc, {{"field", field}, {"url", u}, {"why", why}}, {}, {u});
}

/// One URL to judge: what to call it, its text, and the same value's name for de-duplication.
struct Candidate {
  std::string field, kind;
  Text text;
};

void add_json(const Post& post, std::vector<Candidate>& out) {
  auto yoast = post.yoast_json();
  if (!yoast) return;
  for (auto [key, kind, field] :
       {std::tuple{"canonical", "canonical", "canonical"}, std::tuple{"og_url", "og:url", "og:url"},
        std::tuple{"twitter_image", "twitter:image", "twitter:image"}})
    if (auto t = post.yoast_text(key)) out.push_back({field, kind, *t});
  auto og = yoast->member("og_image");
  if (!og || !og->value->is_array()) return;
  for (std::size_t i = 0; i < og->value->items.size(); ++i)
    if (auto u = og->item(i).string_member("url")) {
      const std::string& raw = u->value->text;  // as written: encoding is what this rule judges
      out.push_back({"og:image", "og:image", Text{raw, raw, u->loc()}});
    }
}

void add_head(const Post& post, std::vector<Candidate>& out) {
  for (const auto& c : post.head.canonicals) out.push_back({"canonical", "canonical", c});
  for (const auto& m : post.head.metas)
    for (const char* key :
         {"og:url", "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"})
      if (m.key == key) out.push_back({key, key == std::string_view("og:image:url") ? "og:image" : key, m.content});
  for (const auto& a : post.head.alternates)
    out.push_back({"hreflang " + a.hreflang.value + " href", "hreflang " + a.hreflang.value, a.href});
}

/// The URLs of a srcset: each candidate's first run of non-space characters, trailing commas dropped.
std::vector<std::string_view> srcset_urls(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (ascii_space(s[i]) || s[i] == ',')) ++i;
    std::size_t b = i;
    while (i < s.size() && !ascii_space(s[i])) ++i;
    std::string_view url = s.substr(b, i - b);
    bool ends_candidate = !url.empty() && url.back() == ',';
    while (!url.empty() && url.back() == ',') url.remove_suffix(1);
    if (!url.empty()) out.push_back(url);
    if (ends_candidate) continue;
    int depth = 0;  // skip the descriptors up to the next comma outside parentheses
    for (; i < s.size() && !(s[i] == ',' && depth == 0); ++i) depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
  }
  return out;
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  std::vector<Candidate> all;
  add_json(post, all);
  add_head(post, all);
  std::vector<std::pair<std::string, std::string>> seen;  // one finding per property, not per copy
  for (const auto& c : all) {
    std::pair<std::string, std::string> key{c.kind, c.text.value};
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    if (const char* p = problem(c.text.value))
      sink.report(p, c.text.loc, {{"field", c.field}, {"url", c.text.value}}, {}, {c.text.value});
  }
  for (const auto& img : post.images) {
    if (img.src) image_problem(img.src->value, "img src", img.src->loc, sink);
    if (!img.srcset) continue;
    for (std::string_view u : srcset_urls(img.srcset->value))
      if (const char* p = problem(u); p && std::string_view(p) != "whitespace" && !text::is_placeholder_src(u)) {
        image_problem(u, "img srcset", img.srcset->loc, sink);
        break;  // one finding per attribute
      }
  }
}

}  // namespace

extern const Rule url_unsafe{kMeta, check};

}  // namespace seolint::rules
