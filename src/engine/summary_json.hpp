#pragma once
/// The lines of a summaries file (docs/formats.md): a header, then one post summary per line.
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "seolint/json.hpp"
#include "seolint/site.hpp"

namespace seolint::summaries {

/// A version of the format, with the hash of its schema (schema_hash()).
struct Version {
  int number;
  std::uint64_t schema;
};
/// Every version of the format, oldest first; the last is the one this seolint writes and reads. A change to
/// the field tables (model/summary_fields.hpp) changes the schema's hash, and a test fails until a version is
/// added here for it: never edit a line, add one (and say in docs/formats.md what changed).
inline constexpr Version kVersions[] = {{1, 0x1548b3b93b35e6fc}, {2, 0xd0f5e484dbb648d4}};
/// The version of the format this seolint writes and reads.
inline constexpr int kVersion = std::end(kVersions)[-1].number;

/// The format as the field tables describe it: names and kinds of every member, in file order ("!" marks a
/// required member, "?" an optional value, "[kind, ...]" a list).
std::string schema();
/// A 64-bit FNV-1a hash of schema(): what a version of the format is checked against.
std::uint64_t schema_hash();

/// The first line of a summaries file, with its newline.
std::string header_line();
/// Checks the first line of a file; false with an error whose offset is in the line.
bool check_header(std::string_view line, json::Error& error);
/// A summary as one line of compact JSON, without the newline.
std::string to_json(const PostSummary& s);
/// Reads one summary line; false with an error whose offset is in the line.
bool from_json(std::string_view line, PostSummary& out, json::Error& error);

}  // namespace seolint::summaries
