#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

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
