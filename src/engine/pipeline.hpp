#pragma once
/// Parallel linting with ordered output: tasks run on worker threads, their results come back in the order
/// they were submitted, and at most a bounded number are under way at once (memory stays flat).
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "seolint/finding.hpp"
#include "seolint/site.hpp"

namespace seolint {

/// What linting one input item produced.
struct Batch {
  struct Linted {
    std::vector<Finding> findings;
    std::optional<PostSummary> summary;
    std::size_t ordinal = 0;  ///< its place among the posts the batch read (linted or not)
  };
  std::size_t input = 0;           ///< 1-based number of the input it came from (0: none)
  std::vector<Linted> posts;       ///< in file order
  std::vector<InputError> errors;  ///< in file order
  // A streamed file is judged at its end (a file named on the command line must hold a post):
  std::size_t posts_read = 0;         ///< posts met, linted or not
  std::size_t read_errors = 0;        ///< errors met reading
  std::vector<InputError> not_posts;  ///< values that are not posts
  bool file_end = false;              ///< this item ends a streamed file:
  std::string file;                   ///< its display path
  bool explicit_path = true;          ///< named on the command line (not met in a directory walk)
};

class Pipeline {
 public:
  using Task = std::function<void(Batch&)>;
  using Consume = std::function<void(Batch&&)>;
  /// jobs 1 runs every task at once on the caller's thread; N more start N - 1 workers, and the caller's
  /// thread runs tasks too when it would otherwise wait.
  Pipeline(std::size_t jobs, Consume consume);
  ~Pipeline();
  /// Queues a task; hands finished batches to consume (on this thread, in order); waits when too many are
  /// under way.
  void submit(Task task);
  /// Waits for every task and consumes the rest.
  void finish();

 private:
  struct Slot {
    Task task;
    Batch batch;
    bool done = false;
  };
  void work();
  /// Runs the next task not yet started (the lock held on entry and on return).
  void run_one(std::unique_lock<std::mutex>& lock);
  void drain(bool wait_all);

  Consume consume_;
  std::size_t window_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable ready_, finished_;
  std::deque<Slot> slots_;     ///< submitted, not yet consumed, in order
  std::size_t next_task_ = 0;  ///< index in slots_ of the next task to start
  bool stopping_ = false;
};

}  // namespace seolint
