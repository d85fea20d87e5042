#pragma once
/// The lines of a summaries file (docs/formats.md): a header, then one post summary per line.
#include <string>
#include <string_view>

#include "seolint/json.hpp"
#include "seolint/site.hpp"

namespace seolint::summaries {

/// The version of the format this seolint writes and reads.
inline constexpr int kVersion = 1;

/// The first line of a summaries file, with its newline.
std::string header_line();
/// Checks the first line of a file; false with an error whose offset is in the line.
bool check_header(std::string_view line, json::Error& error);
/// A summary as one line of compact JSON, without the newline.
std::string to_json(const PostSummary& s);
/// Reads one summary line; false with an error whose offset is in the line.
bool from_json(std::string_view line, PostSummary& out, json::Error& error);

}  // namespace seolint::summaries
