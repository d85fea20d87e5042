/// summarize(): the compact form of a post that site-wide rules read, produced here and nowhere else. Its
/// fields are described once in model/summary_fields.hpp, from which the summaries file is written and read.
#include "seolint/site.hpp"

#include <algorithm>

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
  for (const auto& t : post.translations) {
    s.translations.emplace_back(t.lang, t.target);
    if (!t.id.empty()) s.translation_ids.emplace_back(t.lang, t.id);
  }
  if (post.link) s.link_at = place(post, *post.link, post.link->value);
  if (auto u = post.page_url()) s.url = text::normalize_url(u->value).value_or(u->value);
  // The site is where the post is served (its link, og:url, else canonical), not where a canonical sends it;
  // a post with no absolute URL is of the site of its file (the posts of one export or one saved page).
  s.site = text::url_host(s.url);
  if (s.site.starts_with("www.")) s.site.erase(0, 4);
  if (s.site.empty()) s.site = "file:" + ref.file;
  return s;
}

}  // namespace seolint
