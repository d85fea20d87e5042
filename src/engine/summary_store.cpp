#include "engine/summary_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <numeric>
#include <optional>

#include "engine/summary_json.hpp"
#include "seolint/text/url.hpp"
#include "seolint/text/utf8.hpp"

namespace seolint {

namespace {
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kHeaderMax = 1 << 16;  ///< a first line longer than this is not a header

/// The 64-bit hash of a key: a kind, a scope and a value (never 0, which marks an empty slot).
std::uint64_t key(char kind, std::string_view scope, std::string_view value) {
  std::string k;
  k.reserve(scope.size() + value.size() + 3);
  k.append(1, kind).append(1, '\x1f').append(scope).append(1, '\x1f').append(value);
  std::uint64_t h = std::hash<std::string_view>{}(k);
  return h ? h : 1;
}

/// A link without its scheme: one post exported before and after its site moved to https is one post.
std::string_view without_scheme(std::string_view link) {
  std::size_t colon = link.find("://");
  return colon == std::string_view::npos ? link : link.substr(colon + 3);
}

/// Which post a summary is (the same id and link, whatever the scheme; a post without id, e.g. a page
/// saved twice: the same URL); no identity when the second part is "".
std::pair<std::string_view, std::string_view> identity(const PostSummary& s) {
  if (s.id.empty()) return {"url", s.url};
  return {s.id, without_scheme(s.link)};
}

/// The reference key that finds a post's copy: its id, else its URL (see own_keys).
std::uint64_t copy_key(const PostSummary& s) { return key('r', "", s.id.empty() ? s.url : s.id); }

/// The key of a post's identity, for a post whose copy_key another post owns (another site's same id).
std::uint64_t identity_key(const PostSummary& s) {
  auto [first, second] = identity(s);
  return key('p', first, second);
}

/// A URL as the rules compare it: normalised, or as written when it is not a URL.
std::string normalized(const std::string& url) { return text::normalize_url(url).value_or(url); }

/// The keys a post owns, one for each way a site rule groups or looks up posts: duplicate-title and
/// duplicate-meta-description group by site and lowercased value ('t', 'd'); the references ('r', one
/// scope for all rules): duplicate-canonical groups by site and canonical (the site is the host the post
/// is served at, see summarize()), hreflang-reciprocity finds a target by url or canonical (even ""),
/// translation-identical by id, url, normalised link or canonical. Posts sharing a key are related.
std::vector<std::uint64_t> own_keys(const PostSummary& s) {
  std::vector<std::uint64_t> out;
  if (s.title && !s.title->value.empty()) out.push_back(key('t', s.site, text::lower_ascii(s.title->value)));
  if (s.description && !s.description->value.empty())
    out.push_back(key('d', s.site, text::lower_ascii(s.description->value)));
  for (const std::string& ref : {s.id, s.url, normalized(s.link)})
    if (!ref.empty()) out.push_back(key('r', "", ref));
  if (s.canonical) out.push_back(key('r', "", s.canonical->value));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

/// The references a post looks up: hreflang-reciprocity each href but x-default, as written;
/// translation-identical each href and translation target, normalised, and each WPML translation's id. They join the
/// post to the posts owning that reference (own_keys), never to each other.
std::vector<std::uint64_t> pointer_keys(const PostSummary& s) {
  std::vector<std::uint64_t> out;
  for (const auto& [code, href] : s.alternates) {
    if (code != "x-default") out.push_back(key('r', "", href.value));
    if (std::string n = normalized(href.value); !n.empty()) out.push_back(key('r', "", n));
  }
  for (const auto& [lang, target] : s.translations)
    if (std::string n = normalized(target); !n.empty()) out.push_back(key('r', "", n));
  for (const auto& [lang, id] : s.translation_ids)
    if (!id.empty()) out.push_back(key('r', "", id));  // WPML's id beside an href that may not be a post's link
  return out;
}

/// Union-find: the root of i (halving the path on the way).
std::uint32_t find(std::vector<std::uint32_t>& parent, std::uint32_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

/// Union-find: puts a and b in one set, under the smaller root.
void join(std::vector<std::uint32_t>& parent, std::uint32_t a, std::uint32_t b) {
  a = find(parent, a), b = find(parent, b);
  if (a != b) parent[std::max(a, b)] = std::min(a, b);
}

/// Writes all of data; false (errno set) on an error.
bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

/// Fills out from fd at offset; errno 0 when the file is shorter than that.
bool read_at(int fd, std::string& out, std::uint64_t offset) {
  for (std::size_t done = 0; done < out.size();) {
    ssize_t n = ::pread(fd, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = 0;  // shorter than its index says
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

/// "doing: the system's reason" for the last failed call.
std::string why(const char* doing) {
  return std::string(doing) + ": " + (errno ? std::strerror(errno) : "the file is shorter than its index");
}

/// Where an offset in a line is: its 1-based line and UTF-16 column.
Position at(std::uint32_t line, std::string_view text, std::uint64_t offset) {
  auto col = text::utf16_length(text.substr(0, std::min<std::uint64_t>(offset, text.size())));
  return {line, static_cast<std::uint32_t>(col + 1)};
}

/// Checks the first line of a summaries file (at most kHeaderMax bytes) and moves past it, to offset.
std::optional<InputError> read_header(std::istream& in, const std::string& path, std::uint64_t& offset) {
  std::string line(kHeaderMax, '\0');
  in.read(line.data(), static_cast<std::streamsize>(line.size()));
  line.resize(static_cast<std::size_t>(in.gcount()));
  line.resize(std::min(line.find('\n'), line.size()));
  json::Error error;
  if (!summaries::check_header(line, error)) return InputError{path, at(1, line, error.offset), error.message};
  offset = line.size() + 1;
  in.clear();
  in.seekg(static_cast<std::streamoff>(offset));
  return std::nullopt;
}
}  // namespace

SummaryStore::SummaryStore(const std::string& path) : keys_(1024), owners_(1024) {
  std::string name = path;
  int fd = -1;
  if (path.empty()) {
    const char* dir = std::getenv("TMPDIR");
    name = std::string(dir && *dir ? dir : "/tmp") + "/seolint-summaries-XXXXXX";
    fd = mkostemp(name.data(), O_CLOEXEC);
    if (fd >= 0) unlink(name.c_str());  // gone when the run ends, however it ends
  } else {
    fd = open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  }
  fds_.push_back(fd);
  paths_.push_back(name);
  if (fd < 0) {
    fail(0, why(path.empty() ? "cannot create a temporary file" : "cannot create"));
    return;
  }
  std::string header = summaries::header_line();
  if (!write_all(fd, header)) fail(0, why("cannot write"));
  written_ = header.size();
}

SummaryStore::~SummaryStore() {
  for (int fd : fds_)
    if (fd >= 0) close(fd);
}

bool SummaryStore::fail(std::uint16_t file, std::string message) const {
  if (error_.message.empty()) error_ = {paths_[file], {}, std::move(message)};
  return false;
}

bool SummaryStore::add(const PostSummary& s) {
  if (fds_[0] < 0 || !error_.message.empty()) return false;
  std::uint32_t copy = copy_of(s);
  if (copy != kNone && entries_[copy].index <= s.ref.index) return true;  // met before
  std::string line = summaries::to_json(s) + "\n";
  if (!write_all(fds_[0], line)) return fail(0, why("cannot write"));
  if (!keep(s, copy, 0, written_, line.size() - 1)) return false;
  written_ += line.size();
  return true;
}

bool SummaryStore::read(const std::string& path, const std::function<void(InputError&&)>& on_error) {
  if (fds_.size() > std::numeric_limits<std::uint16_t>::max())
    return on_error({path, {}, "too many summaries files (at most 65535)"}), false;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return on_error({path, {}, why("cannot open")}), false;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    close(fd);
    return on_error({path, {}, why("cannot open")}), false;
  }
  std::uint64_t offset = 0;
  if (auto e = read_header(in, path, offset)) {
    close(fd);
    return on_error(std::move(*e)), false;
  }
  auto file = static_cast<std::uint16_t>(fds_.size());
  fds_.push_back(fd);
  paths_.push_back(path);
  bool ok = true;
  std::string line;
  for (std::uint32_t number = 2; std::getline(in, line); offset += line.size() + 1, ++number) {
    if (text::trim(line).empty()) continue;
    PostSummary s;
    json::Error error;
    if (!summaries::from_json(line, s, error)) {
      on_error({path, at(number, line, error.offset), error.message});
      ok = false;
    } else if (std::uint32_t copy = copy_of(s); copy == kNone || s.ref.index < entries_[copy].index) {
      if (!keep(s, copy, file, offset, line.size())) return on_error({path, {number, 1}, error_.message}), false;
    }
  }
  if (in.bad()) return on_error({path, {}, why("cannot read")}), false;
  return ok;
}

std::uint32_t SummaryStore::copy_of(const PostSummary& s) const {
  if (identity(s).second.empty()) return kNone;
  // The first post with its id (or URL) is its copy if there is one; else its identity key finds it.
  for (std::uint64_t k : {copy_key(s), identity_key(s)}) {
    std::size_t i = slot(k);
    if (keys_[i] != k) return kNone;
    PostSummary kept;
    if (load_one(owners_[i], kept) && identity(kept) == identity(s)) return owners_[i];
  }
  return kNone;  // another post, or (about n * n / 2^65) a hash collision: kept as another post
}

bool SummaryStore::keep(const PostSummary& s, std::uint32_t copy, std::uint16_t file, std::uint64_t offset,
                        std::uint64_t length) {
  if (entries_.size() >= kNone || length > kNone) return fail(file, "too many posts, or a summary over 4 GiB");
  Entry e{offset,
          s.ref.index,
          static_cast<std::uint32_t>(length),
          file,
          !s.alternates.empty() || !s.translations.empty(),
          !s.directives.empty()};
  std::uint32_t i = copy;
  if (copy != kNone) {
    entries_[i] = e;  // an earlier copy, met later (a merge): it takes the place, and adds its keys
  } else {
    i = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back(e);
    parents_.push_back(i);
    std::uint64_t k = copy_key(s);
    if (!identity(s).second.empty() && keys_[slot(k)] == k) own(identity_key(s), i);  // see copy_of
  }
  for (std::uint64_t k : own_keys(s)) own(k, i);
  return true;
}

std::size_t SummaryStore::slot(std::uint64_t k) const {
  std::size_t mask = keys_.size() - 1, i = k & mask;
  while (keys_[i] != 0 && keys_[i] != k) i = (i + 1) & mask;
  return i;
}

void SummaryStore::own(std::uint64_t k, std::uint32_t post) {
  if ((used_ + 1) * 5 > keys_.size() * 4) grow();  // at most 80% full
  std::size_t i = slot(k);
  if (keys_[i] == k) return join(parents_, owners_[i], post);
  keys_[i] = k, owners_[i] = post, ++used_;
}

void SummaryStore::grow() {
  std::vector<std::uint64_t> keys(keys_.size() * 2);
  std::vector<std::uint32_t> owners(owners_.size() * 2);
  keys.swap(keys_), owners.swap(owners_);
  for (std::size_t j = 0; j < keys.size(); ++j)
    if (keys[j]) {
      std::size_t i = slot(keys[j]);
      keys_[i] = keys[j], owners_[i] = owners[j];
    }
}

bool SummaryStore::load_one(std::uint32_t i, PostSummary& out) const {
  const Entry& e = entries_[i];
  std::string line(e.length, '\0');
  if (!read_at(fds_[e.file], line, e.offset)) return fail(e.file, why("cannot read a summary back"));
  json::Error error;
  if (!summaries::from_json(line, out, error)) return fail(e.file, "a summary changed after it was indexed");
  return true;
}

std::vector<std::uint32_t> SummaryStore::roots() const {
  std::vector<std::uint32_t> parent = parents_;
  PostSummary s;
  for (std::uint32_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].points && load_one(i, s))
      for (std::uint64_t k : pointer_keys(s))
        if (std::size_t at = slot(k); keys_[at] == k) join(parent, owners_[at], i);
  for (std::uint32_t i = 0; i < parent.size(); ++i) parent[i] = find(parent, i);
  return parent;
}

std::vector<std::vector<std::uint32_t>> SummaryStore::groups() const {
  std::vector<std::uint32_t> root = roots(), order(entries_.size()), count(entries_.size()),
                             group(entries_.size(), kNone);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),  // run order
                   [&](std::uint32_t a, std::uint32_t b) { return entries_[a].index < entries_[b].index; });
  for (std::uint32_t r : root) ++count[r];
  std::vector<std::vector<std::uint32_t>> out;
  for (std::uint32_t i : order) {
    std::uint32_t r = root[i];
    if (count[r] < 2) continue;
    if (group[r] == kNone) group[r] = static_cast<std::uint32_t>(out.size()), out.emplace_back().reserve(count[r]);
    out[group[r]].push_back(i);
  }
  return out;
}

std::vector<std::uint32_t> SummaryStore::with_directives() const {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].directives) out.push_back(i);
  std::stable_sort(out.begin(), out.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return entries_[a].index < entries_[b].index; });
  return out;
}

std::vector<PostSummary> SummaryStore::load(const std::vector<std::uint32_t>& positions) const {
  std::vector<PostSummary> out;
  out.reserve(positions.size());
  for (std::uint32_t i : positions)
    if (!load_one(i, out.emplace_back())) out.pop_back();
  return out;
}

std::size_t SummaryStore::index_bytes() const {
  return entries_.capacity() * sizeof(Entry) + parents_.capacity() * sizeof(std::uint32_t) +
         keys_.capacity() * sizeof(std::uint64_t) + owners_.capacity() * sizeof(std::uint32_t);
}

}  // namespace seolint
