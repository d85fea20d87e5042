// Paths on the command line: files, directories (walked in sorted order) and standard input.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "input/sniff.hpp"
#include "seolint/input.hpp"

namespace seolint {

namespace fs = std::filesystem;

namespace {
bool wanted(const fs::path& p) { return sniff::has_extension(p.string(), sniff::kWalked); }

/// Walks dir in sorted order without following directory symlinks (so loops cannot trap the walk).
void walk(const fs::path& dir, std::vector<InputPath>& out, const ErrorSink& on_error) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) return on_error({display_path(dir.string()), {}, "cannot read directory: " + ec.message()});
  std::sort(entries.begin(), entries.end(), [](auto& a, auto& b) { return a.path().native() < b.path().native(); });
  for (const auto& e : entries) {
    std::string name = e.path().filename().string();
    if (name.starts_with(".") || name == "node_modules") continue;  // hidden folders and dependencies are not content
    if (e.is_directory(ec) && !e.is_symlink(ec)) walk(e.path(), out, on_error);
    else if (e.is_regular_file(ec) && wanted(e.path())) out.push_back({e.path().string(), false});
  }
}
}  // namespace

std::string display_path(const std::string& path) {
  if (path == "-") return "stdin";
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  fs::path cwd = fs::current_path(ec);
  fs::path rel = abs.lexically_relative(cwd);
  if (!rel.empty() && *rel.begin() != "..") return rel.string();
  return abs.string();
}

std::vector<InputPath> expand_paths(const std::vector<std::string>& args, const ErrorSink& on_error) {
  std::vector<InputPath> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (a == "-") out.push_back({a, true});
    else if (fs::is_directory(a, ec)) walk(a, out, on_error);
    else if (fs::exists(a, ec)) out.push_back({a, true});
    else on_error({display_path(a), {}, "no such file or directory"});
  }
  return out;
}

std::shared_ptr<const Source> load_source(const std::string& path, const ErrorSink& on_error) {
  std::string data;
  if (path == "-") {
    data.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      on_error({display_path(path), {}, std::string("cannot open: ") + std::strerror(errno)});
      return nullptr;
    }
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
    bool failed = std::ferror(f);
    int err = errno;
    std::fclose(f);
    if (failed) {
      on_error({display_path(path), {}, std::string("cannot read: ") + std::strerror(err)});
      return nullptr;
    }
  }
  return std::make_shared<const Source>(path, display_path(path), std::move(data));
}

}  // namespace seolint
