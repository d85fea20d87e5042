#include "engine/pipeline.hpp"

namespace seolint {

Pipeline::Pipeline(std::size_t jobs, Consume consume) : consume_(std::move(consume)), window_(jobs * 16) {
  // N jobs: N - 1 workers, and the caller's thread, which reads and writes, lints too when it would wait.
  if (jobs > 1)
    for (std::size_t i = 1; i < jobs; ++i) workers_.emplace_back([this] { work(); });
}

Pipeline::~Pipeline() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& w : workers_) w.join();
}

void Pipeline::submit(Task task) {
  if (workers_.empty()) {  // one job: no threads, no queue
    Batch batch;
    task(batch);
    return consume_(std::move(batch));
  }
  {
    std::lock_guard lock(mutex_);
    slots_.push_back({std::move(task), {}, false});
  }
  ready_.notify_one();
  drain(false);
}

void Pipeline::finish() {
  if (!workers_.empty()) drain(true);
}

void Pipeline::run_one(std::unique_lock<std::mutex>& lock) {
  Slot& slot = slots_[next_task_++];  // deque: references stay valid as slots are added at the back
  Task task = std::move(slot.task);
  lock.unlock();
  Batch batch;
  task(batch);
  lock.lock();
  slot.batch = std::move(batch);
  slot.done = true;
  finished_.notify_all();
}

void Pipeline::work() {
  std::unique_lock lock(mutex_);
  while (true) {
    ready_.wait(lock, [&] { return stopping_ || next_task_ < slots_.size(); });
    if (next_task_ >= slots_.size()) return;  // stopping with nothing left
    run_one(lock);
  }
}

void Pipeline::drain(bool wait_all) {
  std::unique_lock lock(mutex_);
  while (!slots_.empty()) {
    bool full = slots_.size() >= window_;
    if (!slots_.front().done) {
      if (!full && !wait_all) return;
      if (next_task_ < slots_.size()) {  // rather than wait, lint one
        run_one(lock);
        continue;
      }
      finished_.wait(lock, [&] { return slots_.front().done; });
    }
    Batch batch = std::move(slots_.front().batch);
    slots_.pop_front();
    --next_task_;
    lock.unlock();
    consume_(std::move(batch));
    lock.lock();
  }
}

}  // namespace seolint
