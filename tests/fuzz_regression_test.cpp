// Every input a fuzzer ever crashed on replays in every build (tests/fuzz-regressions/TARGET/).
#include <catch2/catch.hpp>

#include <filesystem>

#include "../fuzz/targets.hpp"
#include "run.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzz regressions: every saved crash input now runs cleanly", "[fuzz]") {
  const fs::path root = fs::path(SEOLINT_SOURCE_DIR) / "tests/fuzz-regressions";
  for (const auto& target : seolint::fuzz::kTargets) {
    fs::path dir = root / std::string(target.name);
    REQUIRE(fs::is_directory(dir));
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().filename().string().starts_with(".")) continue;
      INFO(e.path().string());
      std::string data = seolint::test::read_file(e.path().string());
      CHECK(target.run(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()) == 0);
    }
  }
}
