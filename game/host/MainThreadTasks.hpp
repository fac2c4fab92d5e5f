// Work that must run on the program's main thread (OpenGL drawing of the
// scenario pictures), asked for by the HTTP workers. A worker posts a task
// and waits for its result; the main loop serves the queue between frames
// (or, headless, in its idle loop). A task asked for on the main thread
// itself runs at once, so the window can ask without waiting on itself.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace esprit::host {

class MainThreadTasks {
 public:
  // Call on the main thread.
  MainThreadTasks() : main_(std::this_thread::get_id()) {}

  // Runs `task` on the main thread and waits; false when it did not run
  // within `timeout` or the queue was closed.
  bool run(const std::function<void()>& task, std::chrono::milliseconds timeout);
  // Main thread: runs what is waiting, waiting up to `wait` for the first.
  void serve(std::chrono::milliseconds wait = std::chrono::milliseconds(0));
  // No more tasks: waiting callers return false.
  void close();

 private:
  struct Task {
    std::function<void()> work;
    bool done = false;
    bool abandoned = false;
  };
  std::thread::id main_;
  std::mutex mutex_;
  std::condition_variable posted_;
  std::condition_variable finished_;
  std::deque<std::shared_ptr<Task>> queue_;
  bool closed_ = false;
};

}  // namespace esprit::host
