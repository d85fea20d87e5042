// The policy (rules, severities, options from the configuration), the one output order, and loud rule-author
// mistakes: an undeclared message id or option name is a RuleBug the engine turns into an error naming the rule.
#include <catch2/catch.hpp>

#include <memory>

#include "engine/summary_store.hpp"
#include "engine/suppress.hpp"
#include "seolint/engine.hpp"
#include "seolint/input.hpp"
#include "seolint/policy.hpp"
#include "seolint/registry.hpp"

using namespace seolint;

namespace {
/// Two posts of one site with the same title (so a site-wide rule sees them as one group).
std::vector<Post> two_posts() {
  auto src = std::make_shared<const Source>("t.json", "t.json", R"([
{"id": 1, "link": "https://example.org/a/", "title": {"rendered": "Same"}},
{"id": 2, "link": "https://example.org/b/", "title": {"rendered": "Same"}}
])");
  std::vector<Post> posts;
  read_input(
      src, {}, true, [&](Post&& p) { posts.push_back(std::move(p)); }, [](InputError&& e) { FAIL(e.str()); });
  REQUIRE(posts.size() == 2);
  return posts;
}

// A tiny rule set of its own, each with a mistake a rule author could make.
constexpr MessageMeta kMessages[] = {{"declared", Severity::Warning, "declared {what}"}};
constexpr OptionMeta kOptions[] = {{"max", "integer", "60", "A declared option."}};

constexpr RuleMeta kGoodMeta{"test-good", "Reports its declared message.", "test", kMessages, kOptions};
void good_check(const Post& post, const RuleOptions& options, Sink& sink) {
  if (options.number("max") == 60) sink.report("declared", post.title_rendered->loc, {{"what", "ok"}});
}
const Rule kGood{kGoodMeta, good_check, nullptr};

constexpr RuleMeta kBadMessageMeta{"test-bad-message", "Reports a misspelt message id.", "test", kMessages, kOptions};
void bad_message_check(const Post& post, const RuleOptions&, Sink& sink) {
  sink.report("declared", post.title_rendered->loc, {{"what", "first"}});
  sink.report("declard", post.title_rendered->loc, {});
}
const Rule kBadMessage{kBadMessageMeta, bad_message_check, nullptr};

constexpr RuleMeta kBadOptionMeta{"test-bad-option", "Asks for an option it does not declare.", "test", kMessages,
                                  kOptions};
void bad_option_check(const Post& post, const RuleOptions& options, Sink& sink) {
  if (options.number("maximum") > 0) sink.report("declared", post.title_rendered->loc, {{"what", "never"}});
}
const Rule kBadOption{kBadOptionMeta, bad_option_check, nullptr};

constexpr RuleMeta kBadSiteMeta{
    "test-bad-site", "A site-wide rule reporting a misspelt message id.", "test", kMessages, {}};
void bad_site_check(const std::vector<PostSummary>& posts, const RuleOptions&, SiteSink& sink) {
  sink.report("declard", posts.front(), posts.front().title->loc, posts.front().title->start, posts.front().title->end,
              {});
}
const Rule kBadSite{kBadSiteMeta, nullptr, bad_site_check};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("policy: the rules that run, each message's severity, and is rule or rule/message on", "[policy]") {
  Config c;
  c.severity["title-missing"] = Severity::Off;
  c.severity["canonical-schema-mismatch"] = Severity::Note;
  c.severity["canonical-schema-mismatch/host-only"] = Severity::Off;
  c.severity["missing-image/missing"] = Severity::Error;
  Policy p(c);
  CHECK(p.rules().size() + 1 == all_rules().size());
  CHECK(std::is_sorted(p.rules().begin(), p.rules().end(),
                       [](const Rule* a, const Rule* b) { return a->meta.id < b->meta.id; }));
  CHECK_FALSE(p.runs("title-missing"));
  CHECK_FALSE(p.on("title-missing"));
  CHECK_FALSE(p.runs("no-such-rule"));
  CHECK(p.runs("canonical-schema-mismatch"));
  CHECK(p.on("canonical-schema-mismatch"));
  CHECK(p.severity("canonical-schema-mismatch", "language-prefix") == Severity::Note);  // the rule's setting
  CHECK(p.severity("canonical-schema-mismatch", "host-only") == Severity::Off);         // the message's
  CHECK_FALSE(p.on("canonical-schema-mismatch/host-only"));
  CHECK(p.on("canonical-schema-mismatch/other-page"));
  CHECK_FALSE(p.on("canonical-schema-mismatch/no-such-message"));
  CHECK(p.severity("title-missing", "missing") == Severity::Off);  // the rule does not run
  CHECK(p.site_rules());
  Config sites_off;
  for (const Rule* r : all_rules())
    if (r->site_check) sites_off.severity[std::string(r->meta.id)] = Severity::Off;
  CHECK_FALSE(Policy(sites_off).site_rules());
}

TEST_CASE("policy: options are the defaults, then the configuration, then the post's locale", "[policy]") {
  Config c;
  c.options["meta-description-length"]["max"] = "150";
  c.locale_options["de"]["meta-description-length"]["max"] = "200";
  Policy p(c);
  std::size_t i = 0;
  while (p.rules()[i]->meta.id != "meta-description-length") ++i;
  CHECK(p.per_locale());
  CHECK(p.options(i).number("min") == 50);  // default
  CHECK(p.options(i).number("max") == 150);
  CHECK(p.options(i, "fr").number("max") == 150);
  CHECK(p.options(i, "de").number("max") == 200);
  CHECK(p.options(i, "de").number("min") == 50);
  CHECK_FALSE(Policy(Config{}).per_locale());
}

TEST_CASE("policy: one output order: post, line, column, rule, message id, message", "[policy]") {
  auto f = [](std::size_t post, std::uint32_t line, std::uint32_t col, std::string rule, std::string id,
              std::string msg) {
    Finding x;
    x.post.index = post, x.start = {line, col}, x.rule = std::move(rule), x.message_id = std::move(id);
    x.message = std::move(msg);
    return x;
  };
  std::vector<Finding> want = {f(0, 1, 9, "b", "m", "z"), f(0, 2, 1, "a", "m", "z"), f(0, 2, 1, "b", "a", "z"),
                               f(0, 2, 1, "b", "b", "a"), f(0, 2, 1, "b", "b", "b"), f(1, 1, 1, "a", "a", "a")};
  for (std::size_t i = 0; i + 1 < want.size(); ++i) {
    CHECK(output_order(want[i], want[i + 1]));
    CHECK_FALSE(output_order(want[i + 1], want[i]));
  }
  CHECK_FALSE(output_order(want[0], want[0]));
}

TEST_CASE("policy: a test rule list, and the engine and suppressions reading only the policy", "[policy]") {
  const Rule* rules[] = {&kGood};
  Config c;
  c.suppressions.push_back({{"test-good"}, {}, {}, {}, {"**"}, "accepted", ".seolint.json", {1, 1}});
  Engine engine{Policy(c, rules)};
  REQUIRE(engine.rules().size() == 1);
  CHECK_FALSE(engine.site_rules());
  std::vector<InputError> errors;
  auto posts = two_posts();
  auto found = engine.lint(posts[0], 7, nullptr, &errors);
  CHECK(errors.empty());
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "test-good");
  CHECK(found[0].message == "declared ok");
  CHECK(found[0].post == post_reference(posts[0], 7));
  Suppressions s(engine.policy());
  CHECK(s.apply(found[0]));
  CHECK(s.unused().empty());  // unused-suppression is not in this policy: nothing is judged
}

TEST_CASE("policy: a rule reporting a message id it does not declare is an error naming the rule", "[policy]") {
  // The failure path itself: the sink throws RuleBug; the engine catches it around the rule.
  const Rule* rules[] = {&kBadMessage, &kGood};
  Engine engine{Policy(Config{}, rules)};
  std::vector<InputError> errors;
  auto posts = two_posts();
  auto found = engine.lint(posts[0], 0, nullptr, &errors);
  REQUIRE(errors.size() == 1);
  INFO(errors[0].str());
  CHECK(errors[0].file == "t.json");
  CHECK(contains(errors[0].message, "rule test-bad-message reported message \"declard\""));
  CHECK(contains(errors[0].message, "does not declare"));
  REQUIRE(found.size() == 1);  // the buggy rule's findings on the post are left out; the other rules' stay
  CHECK(found[0].rule == "test-good");
}

TEST_CASE("policy: a rule asking for an option it does not declare is an error naming the rule", "[policy]") {
  RuleOptions options(kBadOptionMeta);
  CHECK(options.number("max") == 60);
  CHECK(options.text("max") == "60");
  try {
    options.number("maximum");
    FAIL("no RuleBug");
  } catch (const RuleBug& bug) {
    CHECK(bug.rule() == "test-bad-option");
    CHECK(std::string(bug.what()) ==
          "rule test-bad-option asked for option \"maximum\", which its metadata does not declare");
  }
  CHECK_THROWS_AS(options.text("maximum"), RuleBug);
  options.set("maximum", "1");  // a value set for an undeclared name does not declare it
  CHECK_THROWS_AS(options.number("maximum"), RuleBug);

  const Rule* rules[] = {&kBadOption};
  Engine engine{Policy(Config{}, rules)};
  std::vector<InputError> errors;
  auto posts = two_posts();
  CHECK(engine.lint(posts[1], 0, nullptr, &errors).empty());
  REQUIRE(errors.size() == 1);
  INFO(errors[0].str());
  CHECK(contains(errors[0].message, "rule test-bad-option asked for option \"maximum\""));
}

TEST_CASE("policy: a site-wide rule reporting an undeclared message id is an error naming the rule", "[policy]") {
  const Rule* rules[] = {&kBadSite};
  Engine engine{Policy(Config{}, rules)};
  REQUIRE(engine.site_rules());
  SummaryStore store;
  std::size_t index = 0;
  for (const Post& p : two_posts()) {
    PostSummary s;
    engine.lint(p, index++, &s);
    store.add(s);
  }
  std::vector<InputError> errors;
  CHECK(engine.lint_site(store, &errors).empty());
  REQUIRE(errors.size() == 1);
  INFO(errors[0].str());
  CHECK(contains(errors[0].message, "rule test-bad-site reported message \"declard\""));
}
