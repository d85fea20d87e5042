// og-incomplete: a known head lacks og:title, og:type, og:url or og:locale (the image is missing-image's).
#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"missing-properties", Severity::Warning,
     "Open Graph {properties} {verb} missing or empty: share cards fall back to guesses"},
};

constexpr RuleMeta kMeta{"og-incomplete",
                         "A post's head needs og:title, og:type, og:url and og:locale for share cards.",
                         "social",
                         kMessages,
                         {}};

constexpr const char* kProperties[] = {"og:title", "og:type", "og:url", "og:locale"};

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
  std::string missing;
  std::vector<std::optional<Text>> empty;
  int count = 0;
  for (const char* p : kProperties) {
    auto v = value_of(post, p);
    if (v && !v->value.empty()) continue;
    if (v) empty.push_back(v);
    missing += (missing.empty() ? "" : ", ") + std::string(p);
    ++count;
  }
  if (count == 0) return;
  sink.report("missing-properties", where(post, empty), {{"properties", missing}, {"verb", count == 1 ? "is" : "are"}},
              {}, {missing});
}

}  // namespace

extern const Rule og_incomplete{kMeta, check};

}  // namespace seolint::rules
