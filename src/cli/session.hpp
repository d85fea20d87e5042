#pragma once
/// One lint run: input items in, findings out to a streaming report, in order, on N threads.
#include <array>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "engine/baseline.hpp"
#include "seolint/engine.hpp"
#include "engine/gate.hpp"
#include "input/stream.hpp"
#include "seolint/input.hpp"
#include "engine/pipeline.hpp"
#include "seolint/report.hpp"
#include "engine/summary_store.hpp"
#include "engine/suppress.hpp"

namespace seolint::cli {

struct SessionOptions {
  std::size_t jobs = 1;
  std::size_t shard = 0, shards = 1;  ///< lint only posts whose shard (0-based) is shard
  bool quiet = false;                 ///< report errors only (the gate still counts everything)
  bool progress = false;              ///< a progress line on standard error
  std::uint64_t total_bytes = 0;      ///< of all inputs, for the time left (0: unknown)
  Gate gate;                          ///< --fail-on and --max-warnings
  Baseline* baseline = nullptr;       ///< --baseline: findings in it are suppressed
  BaselineWriter* record = nullptr;   ///< --write-baseline: findings recorded and suppressed
  std::string summaries;              ///< --summaries FILE: where the posts' summaries are kept ("" a temporary file)
};

/// One line on standard error, rewritten in place, cleared at the end.
class Progress {
 public:
  Progress(bool enabled, std::uint64_t total_bytes);
  void update(std::size_t files, std::size_t posts, std::uint64_t bytes);
  void clear();

 private:
  bool enabled_, shown_ = false;
  std::uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_;
};

class Session {
 public:
  Session(const Engine& engine, const Config& config, const SessionOptions& options, ReadOptions read,
          ReportWriter& writer, RunSummary& run);
  /// Queues one input item (files are read on this thread, posts parsed and linted on the workers).
  void add(InputItem&& item);
  /// The next items are another file's.
  void next_file() { counted_ = false; }
  /// Queues an already read post (seolint fetch).
  void add(Post&& post);
  /// Waits for every post, runs the site-wide rules (unless sharded) and writes the end of the report.
  void finish();
  /// Bytes of input read so far (the reader adds to it).
  std::uint64_t* bytes_read() { return &bytes_; }
  const std::vector<InputError>& errors() const { return errors_; }
  /// The gate's verdict over every unsuppressed finding (--fail-on, --max-warnings).
  const Gate& gate() const { return options_.gate; }
  /// seolint merge: reads the summaries files of several runs (shards) for the site-wide rules.
  void merge(const std::vector<std::string>& paths);

 private:
  void lint(Post&& post, Batch& batch) const;
  void consume(Batch&& batch);
  void write(std::vector<Finding>& findings);
  void error(InputError&& e);

  const Engine& engine_;
  const Config& config_;
  SessionOptions options_;
  ReadOptions read_;
  ReportWriter& writer_;
  RunSummary& run_;
  std::vector<InputError> errors_;
  SummaryStore store_;    ///< what the site-wide rules need of each post, on disk
  FileTally tally_;       ///< of the streamed file being read
  bool counted_ = false;  ///< the file being read is in run_.files
  std::size_t seen_ = 0;  ///< posts met in the whole run (shards included): a post's index
  Suppressions suppressions_;
  std::uint64_t bytes_ = 0;
  Progress progress_;
  Pipeline pipeline_;
};

}  // namespace seolint::cli
