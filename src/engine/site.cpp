#include "seolint/site.hpp"

#include <map>

#include "seolint/rule.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

std::vector<std::vector<const PostSummary*>> same_value(const std::vector<PostSummary>& posts,
                                                        const std::function<std::string(const PostSummary&)>& key) {
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
  report_duplicates_by(posts, field, key, message_id, sink);
}

void report_duplicates_by(const std::vector<PostSummary>& posts, std::optional<Placed> PostSummary::*field,
                          const std::function<std::string(const PostSummary&)>& key, std::string_view message_id,
                          SiteSink& sink) {
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
