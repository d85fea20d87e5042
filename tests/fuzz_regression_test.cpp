// Every input a fuzzer ever crashed on, and the hand-written seeds beside them, replay in every build
// (tests/fuzz-regressions/TARGET/). A target's folder without any input fails: a replay that runs no code
// proves nothing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "../fuzz/targets.hpp"
#include "run.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzz regressions: every saved crash input now runs cleanly", "[fuzz]") {
  const fs::path root = fs::path(SEOLINT_SOURCE_DIR) / "tests/fuzz-regressions";
  std::size_t total = 0;
  for (const auto& target : seolint::fuzz::kTargets) {
    fs::path dir = root / std::string(target.name);
    INFO(dir.string());
    REQUIRE(fs::is_directory(dir));
    std::vector<fs::path> inputs;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file() && !e.path().filename().string().starts_with(".")) inputs.push_back(e.path());
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) FAIL_CHECK("fuzz target " << target.name << " has no input to replay in " << dir.string());
    for (const auto& input : inputs) {
      INFO(input.string());
      std::string data = seolint::test::read_file(input.string());
      CHECK(target.run(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()) == 0);
    }
    total += inputs.size();
    WARN("fuzz target " << target.name << ": replayed " << inputs.size() << " inputs");
  }
  CHECK(total > 0);
}
