#pragma once
/// Where the report goes: standard output, or --output FILE written safely.
#include <string>

namespace seolint::cli {

/// Writes text to path: a regular file via a temporary file and rename, anything else (a device, a FIFO)
/// directly. Returns "" or the error.
std::string write_output(const std::string& path, const std::string& text);
/// Writes text to standard output; returns "" or the error.
std::string write_stdout(const std::string& text);

}  // namespace seolint::cli
