// schema-date-mismatch: the schema's datePublished / dateModified name another instant than the post's dates.
#include <cstdint>
#include <cstdlib>
#include <optional>

#include "seolint/rule.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"mismatch", Severity::Warning, "{node} {property} {value} is not the {other} {other_value} ({apart} apart)"},
};

constexpr RuleMeta kMeta{"schema-date-mismatch",
                         "The schema's datePublished and dateModified must be the post's publication and modification "
                         "times.",
                         "schema",
                         kMessages,
                         {}};

constexpr std::string_view kArticleTypes[] = {"Article", "NewsArticle", "BlogPosting"};

/// A parsed ISO 8601 date-time: seconds since 1970 (UTC when zoned, wall clock otherwise).
struct When {
  std::int64_t seconds = 0;
  bool zoned = false;
};

std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

/// YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH:MM|±HHMM]; a date without a time is not an instant: nothing.
std::optional<When> parse(std::string_view s, bool utc) {
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  int y, mo, d, h, mi, sec = 0;
  if (!digits(0, 4, y) || s.size() < 16 || s[4] != '-' || !digits(5, 2, mo) || s[7] != '-' || !digits(8, 2, d) ||
      (s[10] != 'T' && s[10] != ' ') || !digits(11, 2, h) || s[13] != ':' || !digits(14, 2, mi))
    return std::nullopt;
  std::size_t i = 16;
  if (i < s.size() && s[i] == ':') {
    if (!digits(17, 2, sec)) return std::nullopt;
    i = 19;
    if (i < s.size() && s[i] == '.')
      for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9';) ++i;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 60) return std::nullopt;
  When w{days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec, utc};
  if (i == s.size()) return w;
  if (s[i] == 'Z' && i + 1 == s.size()) return w.zoned = true, w;
  if (s[i] != '+' && s[i] != '-') return std::nullopt;
  int oh, om;
  std::size_t colon = i + 3 < s.size() && s[i + 3] == ':';
  if (!digits(i + 1, 2, oh) || !digits(i + 3 + colon, 2, om) || i + 5 + colon != s.size()) return std::nullopt;
  w.seconds -= (s[i] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
  w.zoned = true;
  return w;
}

std::string apart(std::int64_t s) {
  s = std::llabs(s);
  if (s >= 86400) return std::to_string(s / 86400) + " d " + std::to_string(s % 86400 / 3600) + " h";
  if (s >= 3600)
    return std::to_string(s / 3600) + " h" + (s % 3600 ? " " + std::to_string(s % 3600 / 60) + " min" : "");
  if (s >= 60) return std::to_string(s / 60) + " min";
  return std::to_string(s) + " s";
}

/// One value to compare a schema date with.
struct Reference {
  std::string name;
  const Text* text;
  bool utc;                     ///< written without a zone but UTC by definition (date_gmt)
  const Text* local = nullptr;  ///< the same time as local wall clock (date), for schema dates without a zone
};

/// A draft (or pending post) whose date was never set: WordPress dates it at each save.
bool floating_date(const Post& post) {
  if (post.status != "draft" && post.status != "pending" && post.status != "auto-draft") return false;
  if (!post.date_gmt || post.date_gmt->value.empty() || post.date_gmt->value.starts_with("0000")) return true;
  return post.modified_gmt && post.date_gmt->value == post.modified_gmt->value;
}

void compare(const SchemaNode& node, const std::string& name, std::string_view property,
             const std::vector<Reference>& refs, Sink& sink) {
  auto v = node.string_member(property);
  if (!v) return;
  Text value = v->text();
  auto mine = parse(value.value, false);
  if (!mine) return;
  for (const auto& r : refs) {
    const Text* t = !mine->zoned && r.local ? r.local : r.text;
    if (!t) continue;
    auto other = parse(t->value, r.utc && t == r.text);
    if (!other || other->zoned != mine->zoned || other->seconds == mine->seconds) continue;
    sink.report("mismatch", value.loc,
                {{"node", name},
                 {"property", property},
                 {"value", value.value},
                 {"other", r.name},
                 {"other_value", t->value},
                 {"apart", apart(other->seconds - mine->seconds)}},
                {{t->loc, "the " + r.name, {}, {}}}, {name, std::string(property), value.value, t->value});
    return;  // one finding per property: the first reference it disagrees with
  }
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  std::vector<SchemaNode> nodes;
  auto page = post.page_node();
  if (page) nodes.push_back(*page);
  for (const JsonLd* doc : post.schema_docs())
    for (auto& [v, p] : doc->nodes()) {
      SchemaNode n{v, doc, p};
      if (page && v == page->value) continue;
      for (auto t : kArticleTypes)
        if (n.has_type(t)) {
          nodes.push_back(n);
          break;
        }
    }
  std::optional<Text> modified_meta = post.yoast_text("article_modified_time");
  if (!modified_meta)
    if (const Text* m = post.head.meta("article:modified_time")) modified_meta = *m;
  std::vector<Reference> published, modified;
  if (post.date_gmt && !floating_date(post))
    published.push_back({"post's date_gmt", &*post.date_gmt, true, post.date ? &*post.date : nullptr});
  if (post.modified_gmt)
    modified.push_back({"post's modified_gmt", &*post.modified_gmt, true, post.modified ? &*post.modified : nullptr});
  if (modified_meta) modified.push_back({"article:modified_time", &*modified_meta, false});
  for (const auto& n : nodes) {
    const json::Value* type = n.value->find("@type");
    std::string name = type && type->is_string()                          ? type->text
                       : type && type->is_array() && !type->items.empty() ? type->items[0].text
                                                                          : "node";
    compare(n, name, "datePublished", published, sink);
    compare(n, name, "dateModified", modified, sink);
  }
}

}  // namespace

extern const Rule schema_date_mismatch{kMeta, check};

}  // namespace seolint::rules
