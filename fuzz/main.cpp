// libFuzzer harness: one binary per target, chosen at compile time by SEOLINT_FUZZ_TARGET.
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return seolint::fuzz::SEOLINT_FUZZ_TARGET(data, size);
}
