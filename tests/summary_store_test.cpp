// The summary store: summaries round-trip through the file, the same post counts once, a bad file is
// located, and the index is small.
#include <catch2/catch.hpp>

#include <fstream>

#include "run.hpp"
#include "seolint/summary_store.hpp"

using namespace seolint;

namespace {
/// A value on line index + 1 at column (one post per line, as in NDJSON).
Placed place(std::string value, std::size_t index, std::uint32_t column, std::string pointer) {
  auto line = static_cast<std::uint32_t>(index + 1);
  return {std::move(value), {index * 1000 + column, index * 1000 + column + 1, std::move(pointer), ""},
          {line, column}, {line, column + 1}};
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

std::string write(const std::string& name, const std::string& text) {
  std::string path = test::temp_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

const std::string kHeader = "{\"seolint-summaries\":1}\n";
}  // namespace

TEST_CASE("store: a summary with every field set round-trips exactly", "[store]") {
  PostSummary s = make(3, "7", "fr");
  s.ref = {"dir/caf\xc3\xa9 \"q\"\n\xff\xfe.json", "post 7 \xc2\xab" "a\\b\xc2\xbb", "example.org/7", "/3",
           (std::size_t{1} << 40) + 3, "Title \"quoted\"\r\n\ttab", "https://example.org/\xe2\x82\xac/", "fr", "draft"};
  s.title = Placed{"Line\nbreak \"q\" \xf0\x9f\x98\x80 \x01 \\", {10, 20, "/title/rendered", ""}, {3, 5}, {4, 1}};
  s.description = Placed{};  // present but empty in every field
  s.canonical = Placed{"https://example.org/c/", {1000, ~std::uint64_t{0}, "/yoast_head", "link[rel=canonical]"},
                       {1, 300}, {4294967295u, 4294967295u}};
  s.alternates = {{"x-default", place("https://example.org/", 3, 130, "/yoast_head")}, {"", Placed{}}};
  s.translations = {{"en", "12"}, {"", ""}, {"de", "https://example.org/de/\xc3\xa4/"}};
  s.slug = "";
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
  CHECK(errors_of(posts) == std::vector<std::string>{
                                posts + ":1:1: not a seolint summaries file (its first line is not "
                                        "{\"seolint-summaries\": version, ...})"});
  std::string empty = write("empty.ndjson", "");
  CHECK(errors_of(empty).size() == 1);
  std::string v2 = write("v2.ndjson", "{\"seolint-summaries\":2}\n");
  CHECK(errors_of(v2) == std::vector<std::string>{
                             v2 + ":1:22: summaries format version 2 is not supported (this seolint reads version 1)"});
  std::string bad = write("bad.ndjson", kHeader + "{\"ref\":{\"index\":\"x\"}}\n{\"ref\":{\"index\":1}}\n" +
                                            "{\"id\":\"\xc3\xa9\",\"ref\":5}\n{\"ref\":\n\n" +
                                            "{\"ref\":{\"index\":2},\"title\":{\"start\":[1]}}\n");
  std::size_t kept = 0;
  CHECK(errors_of(bad, &kept) ==
        std::vector<std::string>{bad + ":2:18: expected a whole number from 0 to 18446744073709551615",
                                 bad + ":4:17: \"ref\" must be an object",
                                 bad + ":5:8: unexpected end of input, expected a value",
                                 bad + ":7:37: expected an array of two numbers"});
  CHECK(kept == 1);  // a bad line loses only that line
  CHECK(errors_of(test::temp_dir() + "/missing.ndjson").size() == 1);
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
    std::string other = "https://example.org/" + std::string(i % 2 ? "en" : "fr") + "/p" +
                        std::to_string(i % 2 ? i - 1 : i + 1) + "/";
    alternates(s, {{s.language, s.url}, {i % 2 ? "en" : "fr", other}});
    added = store.add(s) && added;
  }
  CHECK(added);
  CHECK(store.size() == kPosts);
  double per_post = static_cast<double>(store.index_bytes()) / kPosts;
  INFO("index bytes per post: " << per_post);
  CHECK(per_post <= 100);  // about 19 MB for 190,000 posts
}
