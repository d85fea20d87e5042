#pragma once
/// Fuzz entry points: each reads bytes the way one input path does and runs every rule on the result.
/// The libFuzzer harness (fuzz/main.cpp) and the regression test (tests/fuzz_regression_test.cpp) share them.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace seolint::fuzz {

int rest(const std::uint8_t* data, std::size_t size);        ///< WordPress REST JSON with locations
int page(const std::uint8_t* data, std::size_t size);        ///< a rendered HTML page
int yoast_head(const std::uint8_t* data, std::size_t size);  ///< the yoast_head extractor
int jsonld(const std::uint8_t* data, std::size_t size);      ///< a JSON-LD graph and the page node
int url(const std::uint8_t* data, std::size_t size);         ///< URL normalisation and comparison

struct Target {
  std::string_view name;
  int (*run)(const std::uint8_t*, std::size_t);
};
inline constexpr Target kTargets[] = {
    {"rest", rest}, {"page", page}, {"yoast_head", yoast_head}, {"jsonld", jsonld}, {"url", url}};

}  // namespace seolint::fuzz
