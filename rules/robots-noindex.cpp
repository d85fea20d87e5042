// robots-noindex: a published post tells search engines not to index it.
#include <chrono>
#include <cstdio>

#include "seolint/rule.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint::rules {
namespace {

constexpr MessageMeta kMessages[] = {
    {"noindex", Severity::Error,
     "the published post says {directive} in {where}: search engines drop it from their results"},
    {"unavailable-after", Severity::Error,
     "the published post says unavailable_after {date} in {where}, a date that has passed: search engines drop it"},
    {"page-noindex", Severity::Warning,
     "the page says {directive} in {where}: search engines leave it out of their results (right for a utility "
     "page, a mistake on an article)"},
    {"page-unavailable-after", Severity::Warning,
     "the page says unavailable_after {date} in {where}, a date that has passed: search engines leave it out of "
     "their results"},
};

constexpr RuleMeta kMeta{"robots-noindex",
                         "A published post must not tell search engines to leave it out of their index.",
                         "indexing",
                         kMessages,
                         {}};

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

/// The day of an ISO 8601 ("2020-06-25…") or RFC 850 / RFC 822 date ("25 Jun 2020", "Friday, 25-Jun-20"); -1 if unread.
long day_of(std::string_view s) {
  int y = 0, m = 0, d = 0;
  std::string str(s);
  if (std::sscanf(str.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) return days_from_civil(y, m, d);
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string low = text::lower_ascii(s);
  if (auto comma = low.find(','); comma != std::string::npos) low = low.substr(comma + 1);
  char mon[4] = {};
  if (std::sscanf(low.c_str(), " %d%*[ -]%3[a-z]%*[ -]%d", &d, mon, &y) != 3) return -1;
  for (int i = 0; i < 12; ++i)
    if (std::string_view(mon) == kMonths[i]) m = i + 1;
  if (m == 0 || d < 1 || d > 31) return -1;
  if (y < 100) y += y < 70 ? 2000 : 1900;
  return days_from_civil(y, m, d);
}

long today() {
  using namespace std::chrono;
  return duration_cast<days>(system_clock::now().time_since_epoch()).count();
}

/// Reports the first directive of a robots meta that keeps the page out of the index; true if it did.
/// A rendered page's robots meta may be deliberate (a search, login or archive page): its messages are warnings;
/// a post whose status is publish says it is meant to be read, so there noindex is an error.
bool check_directives(const RobotsSource& robots, bool page, Sink& sink) {
  const std::string& where = robots.where;
  std::string_view content = robots.content.value;
  const Loc& loc = robots.content.loc;
  for (std::size_t pos = 0; pos <= content.size();) {
    std::size_t comma = content.find(',', pos);
    if (comma == std::string_view::npos) comma = content.size();
    std::string low = text::lower_ascii(text::trim(content.substr(pos, comma - pos)));
    std::size_t start = pos;
    pos = comma + 1;
    if (low == "noindex" || low == "none") {
      sink.report(page ? "page-noindex" : "noindex", loc, {{"directive", low}, {"where", where}}, {}, {low});
      return true;
    }
    if (low.starts_with("unavailable_after:")) {
      // The date may itself hold a comma ("Friday, 25-Jun-10 15:00:00 PST"): read it to the end.
      std::string date(text::trim(content.substr(content.find(':', start) + 1)));
      long day = day_of(date);
      if (day >= 0 && day < today()) {
        sink.report(page ? "page-unavailable-after" : "unavailable-after", loc, {{"date", date}, {"where", where}}, {},
                    {date});
        return true;
      }
    }
  }
  return false;
}

void check(const Post& post, const RuleOptions&, Sink& sink) {
  if (!post.published()) return;
  // A WordPress export has no head, but Yoast's post meta says noindex ("1"; "2" is an explicit index).
  if (post.yoast.noindex && text::trim(post.yoast.noindex->value) == "1")
    return sink.report("noindex", post.yoast.noindex->loc,
                       {{"directive", "noindex"}, {"where", "_yoast_wpseo_meta-robots-noindex"}}, {}, {"noindex"});
  if (!post.head.known) return;
  for (const auto& robots : post.robots())
    if (check_directives(robots, post.is_page(), sink)) return;
}

}  // namespace

extern const Rule robots_noindex{kMeta, check};

}  // namespace seolint::rules
