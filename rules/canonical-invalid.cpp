// canonical-invalid: the canonical URL is not a usable absolute address of this page.
#include <algorithm>

#include "seolint/rule.hpp"
#include "seolint/text/url.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"conflict", Severity::Error, "the head has {count} different canonicals: {urls}"},
    {"placeholder", Severity::Error, "canonical {url} is a template placeholder, not an address"},
    {"relative", Severity::Warning,
     "canonical {url} is relative: search engines resolve it against the page's address, but ask for an absolute "
     "http(s) URL"},
    {"not-http", Severity::Error, "canonical {url} is not an http(s) URL"},
    {"site-root", Severity::Error, "canonical {url} is the site's home page, but the page is {page}"},
    {"fragment", Severity::Warning, "canonical {url} has a #fragment, which search engines drop"},
};

constexpr RuleMeta kMeta{"canonical-invalid",
                         "The canonical URL must be one absolute http(s) address of the page itself.",
                         "urls",
                         kMessages,
                         {}};

/// An unexpanded template variable: $REGULAR_HTML_URL, {{url}}, %%permalink%%, [canonical].
bool placeholder(std::string_view url) {
  auto word = [](char c, bool lower) { return c == '_' || (c >= 'A' && c <= 'Z') || (lower && c >= 'a' && c <= 'z'); };
  auto run = [&](std::size_t from, bool lower, bool digits) {  // length of a [A-Za-z0-9_] run at from
    std::size_t i = from;
    while (i < url.size() && (word(url[i], lower) || (digits && i > from && url[i] >= '0' && url[i] <= '9'))) ++i;
    return i - from;
  };
  if (url.find("{{") != std::string_view::npos || url.find("}}") != std::string_view::npos) return true;
  for (std::size_t i = url.find('$'); i != std::string_view::npos; i = url.find('$', i + 1))
    if (run(i + 1, false, true) >= 3) return true;  // $REGULAR_HTML_URL
  for (std::size_t i = url.find("%%"); i != std::string_view::npos; i = url.find("%%", i + 1))
    if (std::size_t n = run(i + 2, true, false); n && url.substr(i + 2 + n, 2) == "%%") return true;  // %%permalink%%
  return url.size() > 2 && url.front() == '[' && url.back() == ']' && run(1, true, false) == url.size() - 2;
}

std::string scheme_of(std::string_view url) {
  std::size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return "";
  for (std::size_t i = 0; i < colon; ++i) {
    char c = url[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return "";
  }
  std::string s(url.substr(0, colon));
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

/// The path of an absolute URL ("/" for the root), or "".
std::string path_of(std::string_view url) {
  auto n = text::normalize_url(text::without_fragment(url));
  if (!n) return "";
  std::size_t authority = n->find("://");
  if (authority == std::string::npos) return "";
  std::size_t slash = n->find('/', authority + 3);
  return slash == std::string::npos ? "/" : n->substr(slash);
}

/// The canonicals to judge, one per value: yoast_head_json's, else the head's, else a WXR export's.
std::vector<Text> canonicals(const Post& post) {
  if (auto c = post.yoast_text("canonical")) return {*c};
  std::vector<Text> out;
  for (const auto& c : post.head.canonicals)
    if (std::none_of(out.begin(), out.end(), [&](const Text& t) { return t.value == c.value; })) out.push_back(c);
  if (out.empty() && post.yoast.canonical && !post.yoast.canonical->value.empty()) out.push_back(*post.yoast.canonical);
  return out;
}

/// The address the page is served at, when something other than the canonical says so.
std::optional<Text> served_at(const Post& post) {
  std::string which;
  auto url = post.page_url(&which);
  return url && which != "canonical" ? url : std::nullopt;
}

void check_one(const Post& post, const Text& c, Sink& sink) {
  const std::string& url = c.value;
  if (url.empty()) return;  // an empty canonical is no canonical (canonical-missing's when the head has none)
  if (placeholder(url)) return sink.report("placeholder", c.loc, {{"url", url}}, {}, {url});
  std::string scheme = scheme_of(url);
  if (scheme.empty()) return sink.report("relative", c.loc, {{"url", url}}, {}, {url});
  if (scheme != "http" && scheme != "https") return sink.report("not-http", c.loc, {{"url", url}}, {}, {url});
  if (url.find('#') != std::string::npos) sink.report("fragment", c.loc, {{"url", url}}, {}, {url});
  auto page = served_at(post);
  if (page && path_of(url) == "/" && path_of(page->value).size() > 1 &&
      text::url_host(url) == text::url_host(page->value))
    sink.report("site-root", c.loc, {{"url", url}, {"page", page->value}}, {{page->loc, "the page's address", {}, {}}},
                {url});
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  auto list = canonicals(post);
  if (post.canonical_conflict() && !post.yoast_text("canonical")) {
    std::string urls;
    std::vector<Related> related;
    for (std::size_t i = 0; i < list.size(); ++i) {
      urls += (i ? ", " : "") + list[i].value;
      if (i) related.push_back({list[i].loc, "another canonical", {}, {}});
    }
    std::vector<std::string> values;
    for (const auto& t : list) values.push_back(t.value);
    sink.report("conflict", list.front().loc, {{"count", std::to_string(list.size())}, {"urls", urls}},
                std::move(related), std::move(values));
  }
  for (const auto& c : list) check_one(post, c, sink);
}

}  // namespace

extern const Rule canonical_invalid{kMeta, check};

}  // namespace seolint::rules
