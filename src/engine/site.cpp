#include "seolint/site.hpp"

#include "text/html.hpp"
#include "text/url.hpp"
#include "text/utf8.hpp"

namespace seolint {

namespace {
Placed place(const Post& post, const Text& t, std::string value) {
  return {std::move(value), t.loc, post.source->position(t.loc.begin),
          post.source->position(std::max(t.loc.end, t.loc.begin))};
}

std::optional<Text> seo_title(const Post& p) {
  if (auto t = p.head_json_text("title")) return t;
  if (p.head.title) return p.head.title;
  return p.title_rendered;
}

std::optional<Text> description(const Post& p) {
  if (auto d = p.head_json_text("description")) return d;
  if (const Text* d = p.head.meta("description")) return *d;
  return std::nullopt;
}
}  // namespace

PostSummary summarize(const Post& post, const PostRef& ref) {
  PostSummary s;
  s.ref = ref;
  s.id = post.id;
  s.link = post.link ? post.link->value : "";
  s.slug = post.slug;
  s.language = post.declared_language();
  if (auto t = seo_title(post); t && !t->value.empty())
    s.title = place(post, *t, text::strip_site_name(t->value, post.site_names()));
  if (auto d = description(post); d && !d->value.empty()) s.description = place(post, *d, d->value);
  if (auto c = post.canonical()) s.canonical = place(post, *c, text::normalize_url(c->value).value_or(c->value));
  for (const auto& a : post.head.alternates)
    s.alternates.emplace_back(text::lower_ascii(a.hreflang.value),
                              place(post, a.href, text::normalize_url(a.href.value).value_or(a.href.value)));
  for (const auto& t : post.translations) s.translations.emplace_back(t.lang, t.target);
  if (auto u = post.page_url()) s.url = text::normalize_url(u->value).value_or(u->value);
  s.site = text::url_host(s.canonical ? s.canonical->value : s.link);
  return s;
}

}  // namespace seolint
