// The summary store: summaries round-trip through the file, the same post counts once, a bad file is
// located, the site rules find on groups of related posts what they find on all posts, and the index is small.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>

#include "run.hpp"
#include "seolint/registry.hpp"
#include "engine/summary_json.hpp"
#include "engine/summary_store.hpp"

using namespace seolint;

namespace {
/// A value on line index + 1 at column (one post per line, as in NDJSON).
Placed place(std::string value, std::size_t index, std::uint32_t column, std::string pointer) {
  auto line = static_cast<std::uint32_t>(index + 1);
  return {std::move(value),
          {index * 1000 + column, index * 1000 + column + 1, std::move(pointer), ""},
          {line, column},
          {line, column + 1}};
}

/// A post of example.org in language lang, with a title of its own.
PostSummary make(std::size_t index, const std::string& id, const std::string& lang = "en") {
  PostSummary s;
  s.ref = {"site.ndjson", "post " + id, "example.org/" + id, "/" + std::to_string(index), index, "", "", lang, ""};
  s.id = id;
  s.link = s.url = "https://example.org/" + lang + "/p" + id + "/";
  s.site = "example.org";
  s.language = lang;
  s.slug = "p" + id;
  s.link_at = place(s.link, index, 5, "/link");
  s.title = place("Title " + id, index, 10, "/title/rendered");
  return s;
}

void alternates(PostSummary& s, std::initializer_list<std::pair<std::string, std::string>> list) {
  std::uint32_t column = 130;
  for (const auto& [code, href] : list)
    s.alternates.emplace_back(code, place(href, s.ref.index, column, "/yoast_head")), column += 40;
}

const std::string kC = "https://example.org/c/";

/// The synthetic site; expectations below are written from the rules' documented semantics.
std::vector<PostSummary> site() {
  std::vector<PostSummary> p;
  for (int i = 0; i < 20; ++i) p.push_back(make(i, std::to_string(100 + i)));
  // duplicate titles, three (case differs), and the same title on another site
  p[0].title->value = "Same Title", p[2].title->value = "same title", p[5].title->value = "SAME TITLE";
  p[13].title->value = "Same Title", p[13].site = "other.org";
  // duplicate descriptions, three
  p[1].description = place("Shared description", 1, 50, "/yoast_head_json/description");
  p[4].description = place("shared description", 4, 50, "/yoast_head_json/description");
  p[10].description = place("SHARED DESCRIPTION", 10, 50, "/yoast_head_json/description");
  // duplicate canonicals, three
  for (int i : {3, 6, 9}) p[i].canonical = place(kC, i, 90, "/yoast_head_json/canonical");
  // a hreflang pair with no link back: 7 (en) names 8 (fr), which names nothing
  p[8] = make(8, "108", "fr");
  alternates(p[7], {{"en", p[7].url}, {"fr", p[8].url}});
  // 16 names c, whose first owner (3) does not link back; 9, a later owner of c, does
  p[16] = make(16, "116", "es");
  alternates(p[16], {{"en", kC}});
  alternates(p[9], {{"es", p[16].url}});
  // x-default is no hreflang pair, but translation-identical follows it to 3 (nothing identical there)
  p[15] = make(15, "115", "de");
  alternates(p[15], {{"de", p[15].url}, {"x-default", kC}});
  // a pair linking back under another code: 17 calls itself en, 18 links back to it as en-gb
  p[18] = make(18, "118", "pt");
  alternates(p[17], {{"en", p[17].url}, {"pt", p[18].url}});
  alternates(p[18], {{"pt", p[18].url}, {"en-gb", p[17].url}});
  // a translation pair (WPML ids, the French one on its own domain) with the same title and slug
  p[12] = make(12, "112", "fr");
  p[12].site = "example.fr";
  p[12].link = p[12].url = p[12].link_at->value = "https://example.fr/p112/";
  p[11].title->value = p[12].title->value = "Cookies";
  p[11].slug = p[12].slug = "cookies";
  p[11].translations = {{"fr", "112"}};
  p[12].translations = {{"en", "111"}};
  // 19 is 0 met again (same id and link): counted once
  p[19] = p[0];
  p[19].ref.index = 19;
  return p;
}

Config only(std::string_view rule) {
  Config c;
  for (const Rule* r : all_rules())
    if (r->meta.id != rule) c.severity[std::string(r->meta.id)] = Severity::Off;
  return c;
}

/// "post-index line:column message-id @related-line".
std::string describe(std::size_t index, Position start, std::string_view message_id,
                     const std::vector<Related>& related) {
  std::string s = std::to_string(index) + " " + std::to_string(start.line) + ":" + std::to_string(start.column) + " " +
                  std::string(message_id);
  for (const auto& r : related) s += " @" + std::to_string(r.start.line);
  return s;
}

std::vector<std::string> describe(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(describe(f.post.index, f.start, f.message_id, f.related));
  return out;
}

/// The old way: one rule over every post at once (without the copies).
struct Recorder : SiteSink {
  std::vector<std::string> out;
  void report(std::string_view message_id, const PostSummary& post, const Loc&, Position start, Position, Args,
              std::vector<Related> related, std::vector<std::string>) override {
    out.push_back(describe(post.ref.index, start, message_id, related));
  }
};

std::vector<std::string> all_posts(const Rule& rule, std::vector<PostSummary> posts) {
  posts.pop_back();  // 19, the copy of 0
  Recorder r;
  rule.site_check(posts, RuleOptions(rule.meta), r);
  std::sort(r.out.begin(), r.out.end());
  return r.out;
}

std::string write(const std::string& name, const std::string& text) {
  std::string path = test::temp_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

const std::string kHeader = "{\"seolint-summaries\":" + std::to_string(summaries::kVersion) + "}\n";
}  // namespace

TEST_CASE("store: a summary with every field set round-trips exactly", "[store]") {
  PostSummary s = make(3, "7", "fr");
  s.ref = {"dir/caf\xc3\xa9 \"q\"\n\xff\xfe.json",
           "post 7 \xc2\xab"
           "a\\b\xc2\xbb",
           "example.org/7",
           "/3",
           (std::size_t{1} << 40) + 3,
           "Title \"quoted\"\r\n\ttab",
           "https://example.org/\xe2\x82\xac/",
           "fr",
           "draft",
           "7",
           "caf\xc3\xa9"};
  s.title = Placed{"Line\nbreak \"q\" \xf0\x9f\x98\x80 \x01 \\", {10, 20, "/title/rendered", ""}, {3, 5}, {4, 1}};
  s.description = Placed{};  // present but empty in every field
  s.canonical = Placed{"https://example.org/c/",
                       {1000, ~std::uint64_t{0}, "/yoast_head", "link[rel=canonical]"},
                       {1, 300},
                       {4294967295u, 4294967295u}};
  s.alternates = {{"x-default", place("https://example.org/", 3, 130, "/yoast_head")}, {"", Placed{}}};
  s.translations = {{"en", "12"}, {"", ""}, {"de", "https://example.org/de/\xc3\xa4/"}};
  s.slug = "";
  s.directives = {{place("duplicate-title", 3, 200, "/content/rendered"), "a series", true},
                  {Placed{"all", {7, 9, "", "p"}, {3, 210}, {3, 213}}, "", false}};
  SECTION("through the store's temporary file") {
    SummaryStore store;
    REQUIRE(store.add(s));
    auto back = store.load({0});
    REQUIRE(back.size() == 1);
    CHECK(back[0] == s);
    CHECK(store.error().message.empty());
  }
  SECTION("through a kept summaries file read by another store") {
    std::string path = test::temp_dir() + "/shard.ndjson";
    {
      SummaryStore shard(path);
      REQUIRE(shard.add(s));
    }
    SummaryStore merged;
    std::vector<InputError> errors;
    CHECK(merged.read(path, [&](InputError&& e) { errors.push_back(std::move(e)); }));
    CHECK(errors.empty());
    REQUIRE(merged.size() == 1);
    CHECK(merged.load({0}) == std::vector<PostSummary>{s});
  }
}

TEST_CASE("store: the same post met twice counts once", "[store]") {
  SummaryStore store;
  PostSummary a = make(0, "1"), copy = a, other_link = make(2, "1");
  copy.ref.index = 1;
  other_link.link = "https://example.org/elsewhere/";
  PostSummary page = make(3, ""), page_copy = page, no_url = make(5, "");
  page_copy.ref.index = 4;
  no_url.url = "";
  for (const auto* s : {&a, &copy, &other_link, &page, &page_copy, &no_url, &no_url}) CHECK(store.add(*s));
  // a, a post with the same id but another link, a page (no id) by its URL; a page without URL is never a copy
  CHECK(store.size() == 5);
}

TEST_CASE("store: merging keeps the copy earliest in the run, whatever the order of the files", "[store]") {
  std::string dir = test::temp_dir();
  PostSummary late = make(9, "1"), early = make(2, "1"), same_title = make(5, "2");
  late.title->value = early.title->value = same_title.title->value = "Same";
  {
    SummaryStore a(dir + "/a.ndjson"), b(dir + "/b.ndjson");
    a.add(late), a.add(same_title), b.add(early);
  }
  SummaryStore merged;
  auto fail = [](InputError&& e) { FAIL(e.str()); };
  merged.read(dir + "/a.ndjson", fail);
  merged.read(dir + "/b.ndjson", fail);
  CHECK(merged.size() == 2);
  auto groups = merged.groups();
  REQUIRE(groups.size() == 1);
  auto posts = merged.load(groups[0]);
  REQUIRE(posts.size() == 2);
  CHECK(posts[0].ref.index == 2);
  CHECK(posts[1].ref.index == 5);
}

TEST_CASE("store: a file that is not a summaries file, or a bad line in one, is an error at file:line:col", "[store]") {
  auto errors_of = [](const std::string& path, std::size_t* kept = nullptr) {
    SummaryStore store;
    std::vector<std::string> out;
    bool ok = store.read(path, [&](InputError&& e) { out.push_back(e.str()); });
    CHECK(ok == out.empty());
    if (kept) *kept = store.size();
    return out;
  };
  std::string posts = write("posts.ndjson", "{\"id\": 1, \"title\": \"a post\"}\n");
  CHECK(errors_of(posts) ==
        std::vector<std::string>{posts + ":1:1: not a seolint summaries file (its first line is not "
                                         "{\"seolint-summaries\": version, ...})"});
  std::string empty = write("empty.ndjson", "");
  CHECK(errors_of(empty).size() == 1);
  // a file an older or newer seolint wrote
  for (int version : {summaries::kVersion - 1, summaries::kVersion + 1}) {
    std::string other = write("other.ndjson", "{\"seolint-summaries\":" + std::to_string(version) + "}\n");
    std::string why = "summaries format version " + std::to_string(version) +
                      " is not supported (this seolint reads version " + std::to_string(summaries::kVersion) + ")";
    CHECK(errors_of(other) == std::vector<std::string>{other + ":1:22: " + why});
  }
  std::string bad = write("bad.ndjson", kHeader + "{\"ref\":{\"index\":\"x\"}}\n{\"ref\":{\"index\":1}}\n" +
                                            "{\"id\":\"\xc3\xa9\",\"ref\":5}\n{\"ref\":\n\n" +
                                            "{\"ref\":{\"index\":2},\"title\":{\"start\":[1]}}\n" +
                                            "{\"ref\":{\"index\":3},\"alternates\":5}\n{\"id\":\"1\"}\n{\"ref\":{}}\n" +
                                            "{\"ref\":{\"index\":4},\"directives\":[[{},\"why\",1]]}\n" +
                                            "{\"ref\":{\"index\":5},\"directives\":[[{},\"why\"]]}\n");
  std::size_t kept = 0;
  CHECK(errors_of(bad, &kept) ==
        std::vector<std::string>{
            bad + ":2:18: expected a whole number from 0 to 18446744073709551615",
            bad + ":4:17: \"ref\" must be an object", bad + ":5:8: unexpected end of input, expected a value",
            bad + ":7:37: expected an array of two numbers", bad + ":8:33: \"alternates\" must be an array",
            bad + ":9:1: a summary needs \"ref\", the post's reference",
            bad + ":10:8: \"ref\" needs \"index\", the post's order in the run", bad + ":11:44: expected true or false",
            bad + ":12:34: expected a directive [rule, reason, used]"});
  CHECK(kept == 1);  // a bad line loses only that line
  CHECK(errors_of(test::temp_dir() + "/missing.ndjson").size() == 1);
}

TEST_CASE("store: site rules on groups of related posts find what they find on all posts", "[store]") {
  auto posts = site();
  SummaryStore store;
  for (const auto& p : posts) REQUIRE(store.add(p));
  CHECK(store.size() == 19);
  // Written by hand from each rule's semantics: "post line:col message @line of the other value".
  const std::map<std::string, std::vector<std::string>> expected = {
      {"duplicate-title", {"2 3:10 duplicate @1", "5 6:10 duplicate @1"}},
      {"duplicate-meta-description", {"4 5:50 duplicate @2", "10 11:50 duplicate @2"}},
      {"duplicate-canonical", {"6 7:90 duplicate @4", "9 10:90 duplicate @4"}},
      {"hreflang-reciprocity", {"7 8:170 no-return-link", "16 17:130 no-return-link", "17 18:170 other-code @19"}},
      {"translation-identical", {"12 13:5 same-slug", "12 13:10 same-title @12"}},
  };
  for (const auto& [id, want] : expected) {
    INFO(id);
    const Rule* rule = find_rule(id);
    REQUIRE(rule);
    auto got = describe(Engine(only(id)).lint_site(store));
    CHECK(got == want);
    auto sorted = want;
    std::sort(sorted.begin(), sorted.end());
    CHECK(all_posts(*rule, posts) == sorted);
  }
  // Every group in run order, groups in the order of their first post; the unrelated posts in none.
  auto groups = store.groups();
  std::vector<std::size_t> firsts, grouped;
  for (const auto& g : groups) {
    auto members = store.load(g);
    CHECK(members.size() >= 2);
    for (std::size_t i = 1; i < members.size(); ++i) CHECK(members[i - 1].ref.index < members[i].ref.index);
    firsts.push_back(members.front().ref.index);
    for (const auto& m : members) grouped.push_back(m.ref.index);
  }
  CHECK(std::is_sorted(firsts.begin(), firsts.end()));
  for (std::size_t unrelated : {13, 14, 19}) CHECK(std::count(grouped.begin(), grouped.end(), unrelated) == 0);
}

TEST_CASE("store: a merge of shards finds what the unsharded run finds, in the same order", "[store]") {
  auto posts = site();
  std::string dir = test::temp_dir();
  SummaryStore whole;
  {
    SummaryStore even(dir + "/even.ndjson"), odd(dir + "/odd.ndjson");
    for (const auto& p : posts) whole.add(p), (p.ref.index % 2 ? odd : even).add(p);
  }
  SummaryStore merged;
  auto fail = [](InputError&& e) { FAIL(e.str()); };
  merged.read(dir + "/odd.ndjson", fail);
  merged.read(dir + "/even.ndjson", fail);
  Engine engine{Config{}};
  auto a = engine.lint_site(whole), b = engine.lint_site(merged);
  CHECK(a.size() == 11);
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(describe({a[i]}) == describe({b[i]}));
    CHECK(a[i].message == b[i].message);
    CHECK(a[i].fingerprint == b[i].fingerprint);
  }
}

TEST_CASE("store: the in-memory index of 200,000 posts stays small", "[store]") {
  // Per post: an entry (24 bytes) and its union-find parent (4), and a 12-byte table slot per distinct key
  // (here 4: title, description, id, and URL = canonical = link), the table at most 80% full.
  CHECK(sizeof(SummaryStore::Entry) == 24);
  constexpr std::size_t kPosts = 200000;
  SummaryStore store;
  bool added = true;
  for (std::size_t i = 0; i < kPosts; ++i) {
    PostSummary s = make(i, std::to_string(i), i % 2 ? "fr" : "en");
    s.description = place("Description " + s.id, i, 50, "/yoast_head_json/description");
    s.canonical = place(s.url, i, 90, "/yoast_head_json/canonical");
    std::string other =
        "https://example.org/" + std::string(i % 2 ? "en" : "fr") + "/p" + std::to_string(i % 2 ? i - 1 : i + 1) + "/";
    alternates(s, {{s.language, s.url}, {i % 2 ? "en" : "fr", other}});
    added = store.add(s) && added;
  }
  CHECK(added);
  CHECK(store.size() == kPosts);
  double per_post = static_cast<double>(store.index_bytes()) / kPosts;
  INFO("index bytes per post: " << per_post);
  CHECK(per_post <= 100);  // about 19 MB for 190,000 posts
}
