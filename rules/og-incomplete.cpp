// og-incomplete: a known head has no Open Graph at all, or lacks og:title, og:type or og:url (the image is
// missing-image's; og:locale is optional).
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"no-open-graph", Severity::Warning,
     "the head has no Open Graph tags: networks build the share card from guesses (the <title>, the description, "
     "an image from the page)"},
    {"missing-properties", Severity::Note,
     "Open Graph {properties} {verb} missing or empty: networks fall back ({fallback})"},
};

constexpr RuleMeta kMeta{"og-incomplete",
                         "A post's head needs Open Graph, with og:title, og:type and og:url, for share cards.",
                         "social",
                         kMessages,
                         {}};

struct Property {
  const char* name;
  const char* fallback;
};
constexpr Property kProperties[] = {{"og:title", "og:title to the <title>"},
                                    {"og:type", "og:type to website"},
                                    {"og:url", "og:url to the address shared"}};

/// The property's value: yoast_head_json's og_* field first, else the head's meta; nothing when absent.
std::optional<Text> value_of(const Post& post, std::string_view property) {
  std::string key = "og_" + std::string(property.substr(3));
  if (auto v = post.yoast_text(key); v && !v->value.empty()) return v;
  if (const Text* t = post.head.meta(property); t && !t->value.empty()) return *t;
  if (auto v = post.yoast_text(key)) return v;
  if (const Text* t = post.head.meta(property)) return *t;
  return std::nullopt;
}

/// An empty value, else where the og: tags belong.
Loc where(const Post& post, const std::vector<std::optional<Text>>& values) {
  for (const auto& v : values)
    if (v) return v->loc;
  return post.anchor_for_missing({"og:"});
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  if (!post.head.known) return;
  // One decision, one finding: a head without Open Graph is this message only (missing-image stays quiet on it).
  if (!post.has_open_graph()) return sink.report("no-open-graph", post.anchor_for_missing({"twitter:"}), {});
  std::string missing, fallback;
  std::vector<std::optional<Text>> empty;
  int count = 0;
  for (const auto& p : kProperties) {
    auto v = value_of(post, p.name);
    if (v && !v->value.empty()) continue;
    if (v) empty.push_back(v);
    missing += (missing.empty() ? "" : ", ") + std::string(p.name);
    fallback += (fallback.empty() ? "" : ", ") + std::string(p.fallback);
    ++count;
  }
  if (count == 0) return;
  sink.report("missing-properties", where(post, empty),
              {{"properties", missing}, {"verb", count == 1 ? "is" : "are"}, {"fallback", fallback}}, {}, {missing});
}

}  // namespace

extern const Rule og_incomplete{kMeta, check};

}  // namespace seolint::rules
