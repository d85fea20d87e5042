#include "cli/session.hpp"

#include <unistd.h>

#include <iostream>

#include "report/common.hpp"

namespace seolint::cli {

Progress::Progress(bool enabled, std::uint64_t total_bytes)
    : enabled_(enabled), total_(total_bytes), start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::update(std::size_t files, std::size_t posts, std::uint64_t bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < 1 || now - last_ < std::chrono::milliseconds(200)) return;  // quick runs show nothing
  last_ = now;
  std::string line = "\r\x1b[Kseolint: " + plural(files, "file") + ", " + plural(posts, "post") + ", " +
                     with_commas(static_cast<std::size_t>(posts / elapsed)) + " posts/s";
  if (total_ && bytes && bytes < total_)
    line += ", " + std::to_string(static_cast<long>(elapsed * (total_ - bytes) / bytes + 0.5)) + " s left";
  std::fputs(line.c_str(), stderr);
  shown_ = true;
}

void Progress::clear() {
  if (shown_) std::fputs("\r\x1b[K", stderr);
  shown_ = false;
}

Session::Session(const Engine& engine, const Config& config, const SessionOptions& options, ReadOptions read,
                 ReportWriter& writer, RunSummary& run)
    : engine_(engine),
      config_(config),
      options_(options),
      read_(std::move(read)),
      writer_(writer),
      run_(run),
      store_(options.summaries),
      suppressions_(engine.policy()),
      progress_(options.progress, options.total_bytes),
      pipeline_(options.jobs, [this](Batch&& b) { consume(std::move(b)); }) {}

void Session::lint(Post&& post, Batch& batch) const {
  std::size_t ordinal = batch.posts_read++;
  if (config_.ignored(post)) return;
  if (read_.shards > 1 && shard_of(post.id, post.link ? post.link->value : "",
                                   post.source->display() + "#" + post.pointer, read_.shards) != read_.shard)
    return;  // pages, exports and fetched posts: known to be another shard's once read
  Batch::Linted linted;
  linted.ordinal = ordinal;
  PostSummary summary;
  linted.findings = engine_.lint(post, 0, &summary, &batch.errors);  // a rule's bug: an error, exit 2
  if (engine_.site_rules()) linted.summary = std::move(summary);
  batch.posts.push_back(std::move(linted));
}

void Session::add(InputItem&& item) {
  using Kind = InputItem::Kind;
  if (item.kind == Kind::Error) {
    return pipeline_.submit([e = std::move(item.error)](Batch& b) mutable {
      b.errors.push_back(std::move(e));
      ++b.read_errors;
    });
  }
  if (!counted_) ++run_.files, run_.inputs.push_back(item.display), counted_ = true;  // opened and read
  std::size_t file = run_.files;
  if (item.kind == Kind::End) {
    return pipeline_.submit([file = item.display, explicit_path = item.explicit_path](Batch& b) {
      b.file_end = true, b.file = file, b.explicit_path = explicit_path;
    });
  }
  auto source = std::move(item.source);
  if (item.kind == Kind::Whole) {
    return pipeline_.submit([this, source, file, explicit_path = item.explicit_path](Batch& b) {
      b.input = file;
      read_input(
          source, read_, explicit_path, [&](Post&& p) { lint(std::move(p), b); },
          [&](InputError&& e) { b.errors.push_back(std::move(e)); });
    });
  }
  auto piece = std::make_shared<InputItem>(std::move(item));
  pipeline_.submit([this, piece, file](Batch& b) {
    FileTally tally;
    b.input = file;
    auto source = std::make_shared<const Source>(std::move(piece->path), std::move(piece->display),
                                                 std::move(piece->bytes), piece->origin);
    read_piece(
        source, piece->pointer, piece->in_array, read_, [&](Post&& p) { lint(std::move(p), b); },
        [&](InputError&& e) { b.errors.push_back(std::move(e)); }, tally);
    b.posts_read += tally.skipped;  // a piece holds one post at most, so its place is kept
    b.read_errors += tally.errors;
    b.not_posts = std::move(tally.not_posts);
  });
}

void Session::merge(const std::vector<std::string>& paths) {
  for (const auto& path : paths) {
    std::size_t before = store_.size();
    if (!store_.read(path, [&](InputError&& e) { error(std::move(e)); })) continue;
    ++run_.files;
    run_.inputs.push_back(display_path(path));
    run_.input_posts.push_back(store_.size() - before);
    run_.posts += store_.size() - before;
  }
}

void Session::add(Post&& post) {
  auto shared = std::make_shared<Post>(std::move(post));
  pipeline_.submit([this, shared](Batch& b) { lint(std::move(*shared), b); });
}

void Session::error(InputError&& e) {
  std::cerr << "seolint: error: " << printable(e.str()) << "\n";
  errors_.push_back(std::move(e));
}

void Session::write(std::vector<Finding>& findings) {
  for (auto& f : findings) {  // comments in the post were applied by the engine; then the configuration, the baseline
    suppressions_.apply(f);
    if (options_.baseline) options_.baseline->absorb(f);
    if (options_.record) options_.record->absorb(f);
    run_.suppressed += f.suppression.has_value();
    options_.gate.count(f);
  }
  if (options_.quiet) std::erase_if(findings, [](const Finding& f) { return f.severity != Severity::Error; });
  if (!findings.empty()) writer_.add(findings);
}

void Session::consume(Batch&& batch) {
  for (auto& e : batch.errors) error(std::move(e));
  tally_.posts += batch.posts_read;
  tally_.errors += batch.read_errors;
  for (auto& e : batch.not_posts) tally_.not_posts.push_back(std::move(e));
  if (batch.file_end) {
    finish_rest_file(batch.file, batch.explicit_path, tally_, [&](InputError&& e) { error(std::move(e)); });
    tally_ = {};
  }
  if (batch.input && run_.input_posts.size() < batch.input) run_.input_posts.resize(batch.input);
  for (auto& post : batch.posts) {
    std::size_t index = seen_ + post.ordinal;
    ++run_.posts;
    if (batch.input) ++run_.input_posts[batch.input - 1];
    for (auto& f : post.findings) f.post.index = index;
    if (post.summary) post.summary->ref.index = index, store_.add(*post.summary);
    write(post.findings);
  }
  seen_ += batch.posts_read;
  progress_.update(run_.files, run_.posts, bytes_);
}

void Session::finish() {
  pipeline_.finish();
  progress_.clear();
  if (options_.shards == 1) {
    std::vector<InputError> bugs;
    std::vector<Finding> site = engine_.lint_site(store_, &bugs);
    for (auto& e : bugs) error(std::move(e));
    std::size_t first = 0;  // handed on post by post, as the text report groups them
    for (std::size_t i = 1; i <= site.size(); ++i)
      if (i == site.size() || site[i].post.index != site[first].post.index) {
        std::vector<Finding> group(std::make_move_iterator(site.begin() + first),
                                   std::make_move_iterator(site.begin() + i));
        write(group);
        first = i;
      }
  }
  if (!store_.error().message.empty()) error(InputError(store_.error()));  // a full disk must not hide findings
  std::vector<Finding> unused = suppressions_.unused();
  if (!unused.empty()) write(unused);
  if (options_.baseline)
    if (std::string hint = options_.baseline->fixed_hint(); !hint.empty()) run_.notes.push_back(hint);
  if (options_.record) run_.notes.push_back(options_.record->note());
  if (std::string why = options_.gate.reason(); !why.empty()) run_.notes.push_back(why);
  writer_.finish(run_, errors_);
}

}  // namespace seolint::cli
