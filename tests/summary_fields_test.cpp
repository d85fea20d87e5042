// The field tables of the post summary (model/summary_fields.hpp): every member is in its table once, and the
// summaries format's version is the one recorded for the tables' schema.
#include <catch2/catch.hpp>

#include <algorithm>
#include <boost/pfr.hpp>
#include <cstdio>
#include <set>
#include <vector>

#include "engine/summary_json.hpp"
#include "model/summary_fields.hpp"

using namespace seolint;

namespace {
/// The addresses of T's members: as its table names them, and as the struct declares them (each sorted: a
/// table is in file order, which need not be the order of declaration).
template <class T>
std::pair<std::vector<const void*>, std::vector<const void*>> members() {
  static T value{};
  std::vector<const void*> table, declared;
  summary_fields::all_fields<T>([&](const auto& f) { return table.push_back(&summary_fields::get(f, value)), true; });
  boost::pfr::for_each_field(value, [&](const auto& m) { declared.push_back(&m); });
  std::sort(table.begin(), table.end());
  std::sort(declared.begin(), declared.end());
  return {table, declared};
}

std::string hex(std::uint64_t n) {
  char buf[19];
  std::snprintf(buf, sizeof buf, "0x%016llx", static_cast<unsigned long long>(n));
  return buf;
}
}  // namespace

TEST_CASE("summary fields: every member of a summary is in its table once", "[store]") {
  // A member missing here would be neither written to a summaries file nor read back from one.
  auto [summary, summary_declared] = members<PostSummary>();
  CHECK(summary == summary_declared);
  auto [ref, ref_declared] = members<PostRef>();
  CHECK(ref == ref_declared);
  auto [directive, directive_declared] = members<SiteDirective>();
  CHECK(directive == directive_declared);
  auto [position, position_declared] = members<Position>();
  CHECK(position == position_declared);
  // Placed is written flat: its value, its Loc's four members (offsets [begin, end], pointer, element), start, end.
  CHECK(boost::pfr::tuple_size_v<Placed> == 4);
  CHECK(boost::pfr::tuple_size_v<Loc> == 4);
}

TEST_CASE("summary fields: the summaries format's version is the one recorded for its schema", "[store]") {
  // Fails when a field table changes: add a version to summaries::kVersions with this hash, and say in
  // docs/formats.md (the summaries section) what changed.
  INFO("schema: " << summaries::schema());
  INFO("its hash: " << hex(summaries::schema_hash()));
  CHECK(summaries::schema_hash() == std::end(summaries::kVersions)[-1].schema);
  CHECK(summaries::kVersion == std::end(summaries::kVersions)[-1].number);
  std::set<std::uint64_t> hashes;
  for (std::size_t i = 0; i < std::size(summaries::kVersions); ++i) {
    CHECK(hashes.insert(summaries::kVersions[i].schema).second);  // each version a schema of its own
    if (i) CHECK(summaries::kVersions[i].number > summaries::kVersions[i - 1].number);
  }
  // Names once per object, a reader finds members by name.
  std::string s = summaries::schema();
  CHECK(s.rfind("{ref!: {index!: number, file: string", 0) == 0);
}
