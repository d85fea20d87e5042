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

#include <memory>
#include <ostream>

namespace seolint::cli {

/// Where a streamed report goes: standard output, a device or FIFO written in place, or a regular file
/// written beside its target and renamed over it at commit() (never a half-written report).
class Output {
 public:
  /// path "" is standard output; error() says why it could not be opened.
  explicit Output(const std::string& path);
  ~Output();
  const std::string& error() const { return error_; }
  std::ostream& stream() { return *stream_; }
  /// Flushes and puts the report in place; "" or the error.
  std::string commit();

 private:
  std::string path_, tmp_, error_;
  int fd_ = -1;
  bool committed_ = false;
  std::unique_ptr<std::streambuf> buf_;
  std::unique_ptr<std::ostream> stream_;
};

}  // namespace seolint::cli
