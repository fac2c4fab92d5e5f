// The HTTP server's threads. cpp-httplib gives every connection a worker for
// as long as it lasts, and every student holds an event stream open, so the
// pool must hold a whole class (100 students and their requests) at once. It
// starts empty and grows on demand up to its limit, and each thread gets a
// small stack, so a class of 100 costs a few megabytes, not hundreds.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <pthread.h>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

namespace esprit::host {

// 100 students × (an event stream + a kept-alive request) and room to spare.
inline constexpr std::size_t kMaxWorkerThreads = 320;
// The handlers keep no large buffers on the stack; 256 KiB is four times
// what the deepest request path was measured to need.
inline constexpr std::size_t kWorkerStackBytes = 256 * 1024;

class WorkerPool : public httplib::TaskQueue {
 public:
  explicit WorkerPool(std::size_t max_threads = kMaxWorkerThreads,
                      std::size_t stack_bytes = kWorkerStackBytes);
  ~WorkerPool() override;

  void enqueue(std::function<void()> job) override;
  void shutdown() override;

  std::size_t threadCount() const;

 private:
  static void* run(void* self);
  void work();

  std::size_t max_threads_;
  std::size_t stack_bytes_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  std::vector<pthread_t> threads_;
  std::size_t idle_ = 0;
  bool shutting_down_ = false;
};

}  // namespace esprit::host
