// translation-identical: translations whose title, description or slug is the same as another language's.
#include <algorithm>
#include <map>
#include <set>

#include "seolint/rule.hpp"
#include "seolint/site.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/url.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"same-title", Severity::Warning,
     "the {lang} translation has the same title \"{value}\" as the {other_lang} one ({other}): it was not translated"},
    {"same-description", Severity::Warning,
     "the {lang} translation has the same meta description as the {other_lang} one ({other}): \"{value}\""},
    {"same-slug", Severity::Warning,
     "the {lang} translation has the same slug \"{value}\" as the {other_lang} one ({other})"},
};

constexpr RuleMeta kMeta{
    "translation-identical",
    "Translations of a post must not share their title, description or slug with another language.",
    "locale",
    kMessages,
    {}};

/// Other posts in the run that are translations of p: WPML/Polylang links, or hreflang alternates. A WPML
/// translation is also found by its post id on p's site: its href need not be the translated post's link.
std::vector<const PostSummary*> translations_of(const PostSummary& p,
                                                const std::map<std::string, const PostSummary*>& by_key,
                                                const std::multimap<std::string, const PostSummary*>& by_id) {
  std::vector<const PostSummary*> out;
  auto take = [&](const PostSummary* q) {
    if (q != &p && q->language != p.language && std::find(out.begin(), out.end(), q) == out.end()) out.push_back(q);
  };
  auto add = [&](const std::string& key) {
    auto it = by_key.find(text::normalize_url(key).value_or(key));
    if (it != by_key.end()) take(it->second);
  };
  for (const auto& [lang, target] : p.translations) add(target);
  for (const auto& [code, href] : p.alternates) add(href.value);
  for (const auto& [lang, id] : p.translation_ids) {
    auto [first, last] = by_id.equal_range(id);
    for (auto it = first; it != last; ++it)
      if (it->second->site == p.site || it->second->site.empty() || p.site.empty()) take(it->second);
  }
  return out;
}

void check(const std::vector<PostSummary>& posts, const RuleOptions&, SiteSink& sink) {
  std::map<std::string, const PostSummary*> by_key;  // id, URL and canonical of every post
  for (const auto& p : posts)
    for (const std::string& k :
         {p.id, p.url, text::normalize_url(p.link).value_or(p.link), p.canonical ? p.canonical->value : std::string()})
      if (!k.empty()) by_key.emplace(k, &p);
  std::multimap<std::string, const PostSummary*> by_id;  // ids are per site: several sites may share one
  for (const auto& p : posts)
    if (!p.id.empty()) by_id.emplace(p.id, &p);
  std::set<std::pair<const PostSummary*, const PostSummary*>> done;
  for (const auto& p : posts)
    for (const PostSummary* q : translations_of(p, by_key, by_id)) {
      if (q->ref.index > p.ref.index || !done.insert({q, &p}).second) continue;  // report on the later post
      auto same = [&](const std::optional<Placed> PostSummary::*field, const char* message) {
        const auto &a = p.*field, &b = q->*field;
        if (!a || !b || a->value != b->value) return;
        sink.report(message, p, a->loc, a->start, a->end,
                    {{"lang", text::language_name(p.language)},
                     {"value", a->value},
                     {"other_lang", text::language_name(q->language)},
                     {"other", q->ref.label}},
                    {related_at(*q, *b, q->ref.label)}, {a->value});
      };
      same(&PostSummary::title, "same-title");
      same(&PostSummary::description, "same-description");
      if (!p.slug.empty() && p.slug == q->slug && p.link_at)
        sink.report("same-slug", p, p.link_at->loc, p.link_at->start, p.link_at->end,
                    {{"lang", text::language_name(p.language)},
                     {"value", p.slug},
                     {"other_lang", text::language_name(q->language)},
                     {"other", q->ref.label}},
                    {}, {p.slug});
    }
}

}  // namespace

extern const Rule translation_identical{kMeta, nullptr, check};

}  // namespace seolint::rules
