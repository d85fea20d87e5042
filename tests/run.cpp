#include "engine/summary_store.hpp"
#include "run.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <fstream>
#include <sstream>

#include "seolint/input.hpp"

extern char** environ;

namespace seolint::test {

Run run_seolint(const std::vector<std::string>& args, const std::string& input, const std::vector<std::string>& prefix,
                const std::string& bin) {
  std::signal(SIGPIPE, SIG_IGN);  // a child that exits early must not kill the test with our write
  int in[2], out[2], err[2];
  if (pipe(in) || pipe(out) || pipe(err)) return {};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in[0], 0);
  posix_spawn_file_actions_adddup2(&fa, out[1], 1);
  posix_spawn_file_actions_adddup2(&fa, err[1], 2);
  for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) posix_spawn_file_actions_addclose(&fa, fd);
  std::vector<std::string> all = prefix;
  all.push_back(bin);
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(in[0]), close(out[1]), close(err[1]);
  Run r;
  if (rc != 0) return close(in[1]), close(out[0]), close(err[0]), r;
  // Feed stdin and drain both outputs together so neither pipe can fill up and block.
  std::size_t written = 0;
  if (input.empty()) close(in[1]);
  pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {input.empty() ? -1 : in[1], POLLOUT, 0}};
  int open_outputs = 2;
  while (open_outputs > 0) {
    poll(fds, 3, -1);
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      char buf[65536];
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) close(fds[i].fd), fds[i].fd = -1, --open_outputs;
      else (i == 0 ? r.out : r.err).append(buf, n);
    }
    if (fds[2].fd >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t n = write(fds[2].fd, input.data() + written, input.size() - written);
      if (n > 0) written += n;
      if (n <= 0 || written == input.size()) close(fds[2].fd), fds[2].fd = -1;
    }
  }
  if (fds[2].fd >= 0) close(fds[2].fd);
  int status = 0;
  waitpid(pid, &status, 0);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

Lint lint_file(const std::string& path, const Config& config) {
  Lint l;
  Engine engine(config);
  auto on_error = [&](InputError&& e) { l.errors.push_back(std::move(e)); };
  auto source = load_source(path, on_error);
  if (!source) return l;
  std::size_t index = 0;
  SummaryStore summaries;
  read_input(
      source, ReadOptions{}, true,
      [&](Post&& p) {
        PostSummary s;
        for (auto& f : engine.lint(p, index++, &s, &l.errors)) l.findings.push_back(std::move(f));
        if (engine.site_rules()) summaries.add(s);
      },
      on_error);
  for (auto& f : engine.lint_site(summaries, &l.errors)) l.findings.push_back(std::move(f));
  if (!summaries.error().message.empty()) l.errors.push_back(summaries.error());
  return l;
}

std::vector<std::string> mission_lines(const std::string& text, const std::string& prefix) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.find(prefix) == std::string::npos) continue;
    for (const auto& rule : kMissionRules)
      if (line.size() > rule.size() + 2 &&
          line.compare(line.size() - rule.size() - 2, rule.size() + 2, "[" + rule + "]") == 0)
        out.push_back(line);
  }
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

namespace {
/// Every temporary folder a test made, removed when the test program ends (some hold 300 MB).
struct TempDirs {
  std::vector<std::string> dirs;
  ~TempDirs() {
    for (const auto& d : dirs) {
      std::error_code ec;
      std::filesystem::remove_all(d, ec);
    }
  }
};
TempDirs temp_dirs;
}  // namespace

std::string temp_dir() {
  char tmpl[] = "/tmp/seolint-test-XXXXXX";
  const char* d = mkdtemp(tmpl);
  if (!d) throw std::runtime_error("cannot make a temporary folder");
  temp_dirs.dirs.push_back(d);
  return d;
}

std::string write_temp(const std::string& name, const std::string& content) {
  std::string path = temp_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace seolint::test
