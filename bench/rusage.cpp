// rusage: runs one command and prints its wall time and peak RSS, for bench/run.
//   rusage STDOUT_FILE STDERR_FILE AS_LIMIT_MB COMMAND [ARG...]
// prints "wall_seconds max_rss_kib status user_seconds system_seconds" (status: exit code, or -signal).
// A small process of its own: a child forked from the Python harness would start with Python's pages in its
// peak RSS (the high-water mark survives exec), so its ru_maxrss would be too high for small runs.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: rusage STDOUT_FILE STDERR_FILE AS_LIMIT_MB COMMAND [ARG...]\n");
    return 2;
  }
  int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  int err = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (out < 0 || err < 0) {
    std::perror("rusage: open");
    return 2;
  }
  long long limit_mb = std::atoll(argv[3]);
  timespec t0{}, t1{};
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid = fork();
  if (pid < 0) {
    std::perror("rusage: fork");
    return 2;
  }
  if (pid == 0) {
    dup2(out, 1);
    dup2(err, 2);
    if (limit_mb > 0) {
      rlimit r{static_cast<rlim_t>(limit_mb) << 20, static_cast<rlim_t>(limit_mb) << 20};
      setrlimit(RLIMIT_AS, &r);
    }
    execv(argv[4], argv + 4);
    std::perror("rusage: exec");
    _exit(127);
  }
  int status = 0;
  rusage ru{};
  if (wait4(pid, &status, 0, &ru) < 0) {
    std::perror("rusage: wait4");
    return 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double wall = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? -WTERMSIG(status) : -1;
  std::printf("%.6f %ld %d %.6f %.6f\n", wall, ru.ru_maxrss, code, ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
              ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
  return 0;
}
