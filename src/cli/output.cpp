#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace seolint::cli {

namespace {
std::string write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::strerror(errno);
    done += static_cast<std::size_t>(n);
  }
  return "";
}

std::string fail(const std::string& path, const std::string& why) { return "cannot write " + path + ": " + why; }
}  // namespace

std::string write_stdout(const std::string& text) {
  std::string err = write_all(STDOUT_FILENO, text);
  return err.empty() ? "" : fail("standard output", err);
}

std::string write_output(const std::string& path, const std::string& text) {
  struct stat st {};
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    // A device or FIFO (/dev/stdout, /dev/full): write in place, never replace it.
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return fail(path, std::strerror(errno));
    std::string err = write_all(fd, text);
    if (::close(fd) != 0 && err.empty()) err = std::strerror(errno);
    return err.empty() ? "" : fail(path, err);
  }
  // A fresh, unguessable temporary beside the target (mkstemp: O_EXCL, never through a planted link).
  std::string tmp = path + ".seolint-XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return fail(path, std::strerror(errno));
  mode_t umask_now = ::umask(0);
  ::umask(umask_now);
  ::fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~umask_now);  // the report keeps the mode it had
  std::string err = write_all(fd, text);
  if (err.empty() && ::fsync(fd) != 0) err = std::strerror(errno);
  if (::close(fd) != 0 && err.empty()) err = std::strerror(errno);
  if (err.empty() && ::rename(tmp.c_str(), path.c_str()) != 0) err = std::strerror(errno);
  if (!err.empty()) ::unlink(tmp.c_str());
  return err.empty() ? "" : fail(path, err);
}

}  // namespace seolint::cli

namespace seolint::cli {

namespace {
/// A buffered stream onto a file descriptor that remembers the first write error.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd), buf_(1 << 16) { setp(buf_.data(), buf_.data() + buf_.size()); }
  const std::string& error() const { return error_; }
  int sync() override {
    std::string chunk(pbase(), pptr() - pbase());
    setp(buf_.data(), buf_.data() + buf_.size());
    if (error_.empty()) error_ = write_all(fd_, chunk);
    return error_.empty() ? 0 : -1;
  }

 protected:
  int_type overflow(int_type c) override {
    if (sync() != 0) return traits_type::eof();
    if (c != traits_type::eof()) *pptr() = static_cast<char>(c), pbump(1);
    return traits_type::not_eof(c);
  }

 private:
  int fd_;
  std::vector<char> buf_;
  std::string error_;
};
}  // namespace

Output::Output(const std::string& path) : path_(path) {
  struct stat st {};
  bool exists = !path.empty() && ::stat(path.c_str(), &st) == 0;
  if (path.empty()) {
    fd_ = STDOUT_FILENO;
  } else if (exists && !S_ISREG(st.st_mode)) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  } else {
    tmp_ = path + ".seolint-XXXXXX";
    fd_ = ::mkstemp(tmp_.data());
    if (fd_ >= 0) {
      mode_t umask_now = ::umask(0);
      ::umask(umask_now);
      ::fchmod(fd_, exists ? st.st_mode & 07777 : 0666 & ~umask_now);  // the report keeps the mode it had
    } else {
      tmp_.clear();
    }
  }
  if (fd_ < 0) error_ = fail(path, std::strerror(errno));
  buf_ = std::make_unique<FdBuf>(fd_ < 0 ? -1 : fd_);
  stream_ = std::make_unique<std::ostream>(buf_.get());
}

Output::~Output() {
  if (committed_) return;
  if (!tmp_.empty()) ::unlink(tmp_.c_str());
  if (fd_ > STDERR_FILENO) ::close(fd_);
}

std::string Output::commit() {
  committed_ = true;
  stream_->flush();
  std::string err = static_cast<FdBuf&>(*buf_).error();
  std::string where = path_.empty() ? "standard output" : path_;
  if (fd_ <= STDERR_FILENO) return err.empty() ? "" : fail(where, err);
  if (err.empty() && !tmp_.empty() && ::fsync(fd_) != 0) err = std::strerror(errno);
  if (::close(fd_) != 0 && err.empty()) err = std::strerror(errno);
  if (err.empty() && !tmp_.empty() && ::rename(tmp_.c_str(), path_.c_str()) != 0) err = std::strerror(errno);
  if (!err.empty() && !tmp_.empty()) ::unlink(tmp_.c_str());
  return err.empty() ? "" : fail(where, err);
}

}  // namespace seolint::cli
