#include "seolint/site.hpp"

#include <map>

#include "seolint/rule.hpp"
#include "seolint/text/html.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
Placed place(const Post& post, const Text& t, std::string value) {
  return {std::move(value), t.loc, post.source->position(t.loc.begin),
          post.source->position(std::max(t.loc.end, t.loc.begin))};
}

/// The SEO title, else the post's own title (a REST post without a head).
std::optional<Text> title_of(const Post& p) {
  if (auto t = p.seo_title()) return t;
  return p.title_rendered;
}
}  // namespace

PostSummary summarize(const Post& post, const PostRef& ref) {
  PostSummary s;
  s.ref = ref;
  s.id = post.id;
  s.link = post.link ? post.link->value : "";
  s.slug = post.slug;
  s.language = post.declared_language();
  if (auto t = title_of(post); t && !t->value.empty())
    s.title = place(post, *t, text::strip_site_name(t->value, post.site_names()));
  if (auto d = post.meta_description(); d && !d->value.empty()) s.description = place(post, *d, d->value);
  if (auto c = post.canonical()) s.canonical = place(post, *c, text::normalize_url(c->value).value_or(c->value));
  for (const auto& a : post.head.alternates)
    s.alternates.emplace_back(text::lower_ascii(a.hreflang.value),
                              place(post, a.href, text::normalize_url(a.href.value).value_or(a.href.value)));
  for (const auto& t : post.translations) s.translations.emplace_back(t.lang, t.target);
  if (post.link) s.link_at = place(post, *post.link, post.link->value);
  if (auto u = post.page_url()) s.url = text::normalize_url(u->value).value_or(u->value);
  s.site = text::url_host(s.canonical ? s.canonical->value : s.link);
  return s;
}

std::vector<std::vector<const PostSummary*>> same_value(
    const std::vector<PostSummary>& posts, const std::function<std::string(const PostSummary&)>& key) {
  std::map<std::pair<std::string, std::string>, std::vector<const PostSummary*>> groups;
  std::vector<std::pair<std::string, std::string>> order;
  for (const auto& p : posts) {
    std::string k = key(p);
    if (k.empty()) continue;
    auto& g = groups[{p.site, k}];
    if (g.empty()) order.emplace_back(p.site, k);
    g.push_back(&p);
  }
  std::vector<std::vector<const PostSummary*>> out;
  for (const auto& k : order)
    if (groups[k].size() > 1) out.push_back(groups[k]);
  return out;
}

void report_duplicates(const std::vector<PostSummary>& posts, std::optional<Placed> PostSummary::*field, bool fold_case,
                       std::string_view message_id, SiteSink& sink) {
  auto key = [&](const PostSummary& p) {
    const auto& v = p.*field;
    return !v ? std::string() : fold_case ? text::lower_ascii(v->value) : v->value;
  };
  for (const auto& group : same_value(posts, key)) {
    const PostSummary& first = *group.front();
    for (std::size_t i = 1; i < group.size(); ++i) {
      const Placed& v = *(group[i]->*field);
      std::string count = std::to_string(group.size() - 1);
      sink.report(message_id, *group[i], v.loc, v.start, v.end,
                  {{"value", v.value}, {"other", first.ref.label}, {"count", count}},
                  {related_at(first, *(first.*field), first.ref.label)}, {v.value});
    }
  }
}

Related related_at(const PostSummary& post, const Placed& p, const std::string& message) {
  return {p.loc, message, p.start, p.end, post.ref.file};
}

}  // namespace seolint
