// Posting to and serving the main thread's queue.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/MainThreadTasks.hpp"

namespace esprit::host {

bool MainThreadTasks::run(const std::function<void()>& task, std::chrono::milliseconds timeout) {
  if (std::this_thread::get_id() == main_) {
    task();
    return true;
  }
  auto posted = std::make_shared<Task>();
  posted->work = task;
  std::unique_lock lock(mutex_);
  if (closed_) return false;
  queue_.push_back(posted);
  posted_.notify_one();
  const bool done = finished_.wait_for(lock, timeout, [&] { return posted->done || closed_; });
  if (!done || !posted->done) {
    // The work may still run later; it must not reach into this frame.
    posted->abandoned = true;
    return false;
  }
  return true;
}

void MainThreadTasks::serve(std::chrono::milliseconds wait) {
  std::unique_lock lock(mutex_);
  if (queue_.empty() && wait.count() > 0) {
    posted_.wait_for(lock, wait, [&] { return !queue_.empty() || closed_; });
  }
  while (!queue_.empty()) {
    auto task = queue_.front();
    queue_.pop_front();
    if (task->abandoned) continue;
    lock.unlock();
    task->work();
    lock.lock();
    task->done = true;
    finished_.notify_all();
  }
}

void MainThreadTasks::close() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  posted_.notify_all();
  finished_.notify_all();
}

}  // namespace esprit::host
