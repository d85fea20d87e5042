#include "targets.hpp"

#include <memory>
#include <string>

#include "seolint/engine.hpp"
#include "input/stream.hpp"
#include "seolint/input.hpp"
#include "seolint/text/language.hpp"
#include "seolint/text/url.hpp"

namespace seolint::fuzz {

namespace {
std::shared_ptr<const Source> source(const std::uint8_t* data, std::size_t size, const char* name) {
  return std::make_shared<const Source>(name, name, std::string(reinterpret_cast<const char*>(data), size));
}

/// Every rule over a post, and every finding's position: what a real run does after reading.
void lint(const Post& post) {
  static const Engine engine{Config{}};
  for (const auto& f : engine.lint(post, 0))
    if (f.start.line == 0) __builtin_trap();  // positions are 1-based, always
}

ReadOptions limits() {
  ReadOptions o;
  o.limits.max_depth = 200;  // deep enough to explore, shallow enough for the fuzzer's stack
  return o;
}
}  // namespace

int rest(const std::uint8_t* data, std::size_t size) {
  read_rest(
      source(data, size, "fuzz.json"), limits(), true, [](Post&& p) { lint(p); }, [](InputError&&) {});
  return 0;
}

int page(const std::uint8_t* data, std::size_t size) {
  read_page(
      source(data, size, "fuzz.html"), limits(), [](Post&& p) { lint(p); }, [](InputError&&) {});
  return 0;
}

int yoast_head(const std::uint8_t* data, std::size_t size) {
  Post p;
  p.source = source(data, size, "fuzz.html");
  read_head(p.source->data(), std::make_shared<json::OffsetMap>(json::OffsetMap::identity(0)), "/yoast_head",
            limits().limits, p.head);
  lint(p);
  return 0;
}

int jsonld(const std::uint8_t* data, std::size_t size) {
  // The bytes are the JSON-LD script of a page whose canonical is fixed.
  std::string html = "<link rel=canonical href=\"https://example.org/fr/a/\"><script type=\"application/ld+json\">";
  html.append(reinterpret_cast<const char*>(data), size);
  html += "</script>";
  Post p;
  p.source = std::make_shared<const Source>("fuzz.html", "fuzz.html", html);
  read_head(p.source->data(), std::make_shared<json::OffsetMap>(json::OffsetMap::identity(0)), "", limits().limits,
            p.head);
  lint(p);
  return 0;
}

int url(const std::uint8_t* data, std::size_t size) {
  std::string_view s(reinterpret_cast<const char*>(data), size);
  std::size_t nl = s.find('\n');
  std::string_view a = s.substr(0, nl), b = nl == std::string_view::npos ? s : s.substr(nl + 1);
  (void)text::normalize_url(a);
  (void)text::compare_urls(a, b);
  (void)text::url_language_prefix(a);
  (void)text::url_host(b);
  return 0;
}

}  // namespace seolint::fuzz
