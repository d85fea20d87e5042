#include <catch2/catch.hpp>

#include "seolint/json.hpp"
#include "seolint/location.hpp"

using namespace seolint;

namespace {
json::Value parse_ok(std::string_view s) {
  json::Value v;
  json::Error e;
  REQUIRE(json::parse(s, 0, {}, v, e));
  return v;
}
json::Error parse_err(std::string_view s, json::Limits limits = {}) {
  json::Value v;
  json::Error e;
  REQUIRE_FALSE(json::parse(s, 0, limits, v, e));
  return e;
}
}  // namespace

TEST_CASE("json: values keep the offset of their first character", "[json]") {
  auto v = parse_ok(R"({"a": "x\/y", "b": [1, -2.5e3, true, null], "c": {}})");
  const json::Value* a = v.find("a");
  REQUIRE(a);
  CHECK(a->text == "x/y");
  CHECK(a->begin == 7);  // inside the quotes
  CHECK(a->end == 11);   // the closing quote
  const json::Value* b = v.find("b");
  REQUIRE(b->items.size() == 4);
  CHECK(b->items[1].text == "-2.5e3");
  CHECK(b->items[1].begin == 23);
  CHECK(v.at("/b/2")->boolean);
  CHECK(v.at("/b/3")->kind == json::Kind::Null);
  CHECK(v.at("/c")->is_object());
  CHECK(v.at("/b/9") == nullptr);
}

TEST_CASE("json: escapes decode to UTF-8, surrogate pairs included", "[json]") {
  auto v = parse_ok(R"(["Sant\u00e9", "\ud83d\ude00", "a\"b\\c\n"])");
  CHECK(v.items[0].text == "Santé");
  CHECK(v.items[1].text == "\xF0\x9F\x98\x80");
  CHECK(v.items[2].text == "a\"b\\c\n");
}

TEST_CASE("json: a lone surrogate escape decodes to U+FFFD, as browsers do", "[json]") {
  auto v = parse_ok(R"(["Lee \ud83d.", "\udc00\ud800x"])");
  CHECK(v.items[0].text == "Lee \xEF\xBF\xBD.");
  CHECK(v.items[1].text == "\xEF\xBF\xBD\xEF\xBF\xBDx");
}

TEST_CASE("json: errors name the offset of the problem", "[json]") {
  CHECK(parse_err(R"({"a": })").offset == 6);
  CHECK(parse_err(R"({"a": "x)").message == "unterminated string");
  CHECK(parse_err("[1, 2").message.find("end of input") != std::string::npos);
  CHECK(parse_err("{\"a\": \"\xC3\x28\"}").message == "invalid UTF-8 in string");
  CHECK(parse_err("\"\xED\xA0\x80\"").message == "invalid UTF-8 in string");  // an encoded surrogate
  CHECK(parse_err("[01]").offset == 2);
  CHECK(parse_err("{} x").message.find("after the JSON value") != std::string::npos);
  CHECK(parse_err("\"a\tb\"").message.find("control character") != std::string::npos);
}

TEST_CASE("json: nesting deeper than the limit is an error, not a stack overflow", "[json]") {
  std::string deep(5000, '[');
  auto e = parse_err(deep, {1000});
  CHECK(e.message.find("deeper than 1000") != std::string::npos);
  CHECK(e.message.find("--max-depth") != std::string::npos);
  std::string ok = std::string(999, '[') + std::string(999, ']');
  json::Value v;
  json::Error err;
  CHECK(json::parse(ok, 0, {1000}, v, err));
}

TEST_CASE("json: an offset map goes from decoded text back through the escapes", "[json]") {
  // raw: <a href=\"x\">\u00e9</a>   decoded: <a href="x">é</a>
  std::string raw = R"(<a href=\"x\">\u00e9</a>)";
  std::string decoded;
  auto map = json::OffsetMap::decode(raw, 100, decoded);
  CHECK(decoded == "<a href=\"x\">\xC3\xA9</a>");
  CHECK(map.to_source(0) == 100);
  CHECK(map.to_source(8) == 108);   // the quote is the escape \"
  CHECK(map.to_source(9) == 110);   // x, after the two-byte escape
  CHECK(map.to_source(12) == 114);  // é is the six-byte escape \u00e9
  CHECK(map.to_source(14) == 120);  // </a>
}

TEST_CASE("source: columns count UTF-16 code units", "[location]") {
  Source s("f", "f", "ab\n\xC3\xA9x\xF0\x9F\x98\x80y\n");
  CHECK(s.position(0).line == 1);
  CHECK(s.position(1).column == 2);
  CHECK(s.position(3).line == 2);
  CHECK(s.position(3).column == 1);
  CHECK(s.position(5).column == 2);   // after é (one unit)
  CHECK(s.position(6).column == 3);   // after x
  CHECK(s.position(10).column == 5);  // after the emoji (two units)
}
