// hreflang-invalid: the head's link rel=alternate hreflang annotations are malformed or incomplete.
#include <unicode/uloc.h>

#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "seolint/rule.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"invalid-code", Severity::Warning, "hreflang \"{code}\" is not a code search engines accept: {why}"},
    {"formal-variant", Severity::Warning,
     "hreflang \"{code}\" is WPML's {variant} variant, which search engines do "
     "not accept: they ignore this "
     "alternate; use \"{base}\""},
    {"relative-url", Severity::Warning,
     "hreflang \"{code}\" points at the relative URL \"{href}\"{others}: alternates "
     "must be absolute URLs"},
    {"duplicate", Severity::Warning, "hreflang \"{code}\" is given twice: {first} and {href}"},
    {"missing-self", Severity::Warning,
     "none of the {count} hreflang alternates points at the page itself "
     "({url}, its {which}): search engines ignore a set "
     "without its return link"},
    {"self-not-canonical", Severity::Warning,
     "hreflang \"{code}\", the page's own language, points at {href}, not at "
     "the page itself ({url}, its {which})"},
    {"missing-x-default", Severity::Note,
     "the hreflang alternates name {count} languages ({languages}) but no "
     "x-default for the other visitors"},
};

constexpr RuleMeta kMeta{"hreflang-invalid",
                         "hreflang alternates must use valid ISO codes and "
                         "absolute URLs, list each code once, include "
                         "the page itself at its own URL and, with "
                         "several languages, an x-default.",
                         "locale",
                         kMessages,
                         {}};

bool alpha(std::string_view s) {
  for (char c : s)
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

bool iso_region(const std::string& r) {
  for (const char* const* c = uloc_getISOCountries(); *c; ++c)
    if (r == *c) return true;
  return false;
}

/// Why a code is not language[-Script][-REGION] with ISO 639-1 and ISO 3166-1 alpha-2, or "".
std::string why_invalid(std::string_view code) {
  if (code.find('_') != std::string_view::npos) return "subtags are separated by a hyphen, not an underscore";
  std::vector<std::string> parts;
  for (std::size_t i = 0;;) {
    std::size_t dash = code.find('-', i);
    parts.emplace_back(code.substr(i, dash - i));
    if (dash == std::string_view::npos) break;
    i = dash + 1;
  }
  if (!alpha(parts[0]) || text::language_of(parts[0]).empty())
    return "\"" + parts[0] + "\" is not an ISO 639-1 language code";
  std::size_t i = 1;
  if (i < parts.size() && parts[i].size() == 4 && alpha(parts[i])) ++i;  // a script: zh-Hant
  if (i < parts.size()) {
    std::string region;
    for (char c : parts[i]) region += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!iso_region(region)) return "\"" + parts[i] + "\" is not an ISO 3166-1 alpha-2 region code";
    ++i;
  }
  if (i < parts.size()) return "\"" + parts[i] + "\" is not a language, script or region subtag";
  return "";
}

/// "formal" for WPML's de-DE-formal (a valid code with -formal or -informal appended), else "".
std::string formal_variant(std::string_view lower) {
  for (std::string_view variant : {"formal", "informal"})
    if (lower.size() > variant.size() + 1 && lower.ends_with(variant) &&
        lower[lower.size() - variant.size() - 1] == '-' &&
        why_invalid(lower.substr(0, lower.size() - variant.size() - 1)).empty())
      return std::string(variant);
  return "";
}

bool absolute(std::string_view href) {
  std::string h = text::lower_ascii(href.substr(0, 8));
  return h.starts_with("http://") || h.starts_with("https://");
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  const auto& alternates = post.head.alternates;
  if (!post.head.known || alternates.empty()) return;
  std::vector<std::string> codes;
  std::set<std::string> languages;
  bool x_default = false;
  std::vector<const Alternate*> relative;  // one decision (relative URLs), one finding
  for (std::size_t i = 0; i < alternates.size(); ++i) {
    const Alternate& a = alternates[i];
    const std::string& code = a.hreflang.value;
    std::string lower = text::lower_ascii(code);
    codes.push_back(lower);
    for (std::size_t k = 0; k < i; ++k)
      if (codes[k] == lower) {  // the same tag written twice conflicts with nothing
        if (text::compare_urls(alternates[k].href.value, a.href.value).diff == text::UrlDiff::Same) break;
        sink.report("duplicate", a.hreflang.loc,
                    {{"code", code}, {"first", alternates[k].href.value}, {"href", a.href.value}},
                    {{alternates[k].hreflang.loc, "the first", {}, {}}}, {lower});
        break;
      }
    if (!absolute(a.href.value)) relative.push_back(&a);
    if (lower == "x-default") {
      x_default = true;
      continue;
    }
    if (std::string variant = formal_variant(lower); !variant.empty()) {
      std::string base = code.substr(0, code.size() - variant.size() - 1);
      sink.report("formal-variant", a.hreflang.loc, {{"code", code}, {"variant", variant}, {"base", base}}, {},
                  {lower});
      languages.insert(text::language_of(base));
      continue;
    }
    if (std::string why = why_invalid(code); !why.empty()) {
      sink.report("invalid-code", a.hreflang.loc, {{"code", code}, {"why", why}}, {}, {lower});
      continue;
    }
    languages.insert(text::language_of(code));
  }
  if (!relative.empty()) {
    const Alternate& a = *relative.front();
    std::vector<Related> related;
    for (std::size_t i = 1; i < relative.size(); ++i)
      related.push_back({relative[i]->href.loc, "also relative", {}, {}});
    std::string others = relative.size() == 2 ? std::string(" (and 1 other alternate of this page)")
                         : relative.size() > 2
                             ? " (and " + std::to_string(relative.size() - 1) + " other alternates of this page)"
                             : "";
    sink.report("relative-url", a.href.loc, {{"code", a.hreflang.value}, {"href", a.href.value}, {"others", others}},
                std::move(related), {text::lower_ascii(a.hreflang.value), a.href.value});
  }
  if (!x_default && languages.size() > 1) {
    std::string names;
    for (const auto& l : languages) names += (names.empty() ? "" : ", ") + l;
    sink.report("missing-x-default", alternates.front().hreflang.loc,
                {{"count", std::to_string(languages.size())}, {"languages", names}}, {}, {names});
  }
  // The self-reference: the page's own URL (its link, og:url, else its canonical); a canonical to elsewhere
  // (another site syndicating the article) does not move the page. Only with one canonical (canonical-invalid
  // reports conflicts), and only when the set names a language (x-default alone is no set).
  std::string which;
  auto url = post.page_url(&which);
  auto canonical = post.canonical();
  // A relative alternate may be the page itself: relative-url is the finding, not a guess about which page it is.
  if (!url || post.canonical_conflict() || languages.empty() || !relative.empty()) return;
  auto same_page = [&](const std::string& href, const std::string& own) {  // http/https, www., a trailing slash
    auto diff = text::compare_urls(href, own).diff;
    return diff == text::UrlDiff::Same || diff == text::UrlDiff::TrailingSlash ||
           (diff == text::UrlDiff::SchemeOrHost && post.same_site(text::url_host(href), text::url_host(own)));
  };
  auto is_self = [&](const std::string& href) {
    return same_page(href, url->value) || (canonical && same_page(href, canonical->value));
  };
  for (const auto& a : alternates)  // x-default names the page for other visitors, not its own language
    if (text::lower_ascii(a.hreflang.value) != "x-default" && is_self(a.href.value)) return;
  std::string declared = post.declared_language();
  for (const auto& a : alternates)
    if (!declared.empty() && text::language_of(a.hreflang.value) == declared) {
      sink.report("self-not-canonical", a.href.loc,
                  {{"code", a.hreflang.value}, {"href", a.href.value}, {"url", url->value}, {"which", which}},
                  {{url->loc, "the page's " + which, {}, {}}}, {a.href.value, url->value});
      return;
    }
  sink.report("missing-self", alternates.front().hreflang.loc,
              {{"count", std::to_string(alternates.size())}, {"url", url->value}, {"which", which}},
              {{url->loc, "the page's " + which, {}, {}}}, {url->value});
}

}  // namespace

extern const Rule hreflang_invalid{kMeta, check};

}  // namespace seolint::rules
