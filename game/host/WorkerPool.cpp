// A thread pool that grows with the connections, on small stacks.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/WorkerPool.hpp"

#include <cstdio>

namespace esprit::host {

WorkerPool::WorkerPool(std::size_t max_threads, std::size_t stack_bytes)
    : max_threads_(max_threads), stack_bytes_(stack_bytes) {}

WorkerPool::~WorkerPool() { shutdown(); }

void WorkerPool::enqueue(std::function<void()> job) {
  std::unique_lock lock(mutex_);
  jobs_.push_back(std::move(job));
  if (idle_ < jobs_.size() && threads_.size() < max_threads_) {
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, stack_bytes_);
    pthread_t thread;
    if (pthread_create(&thread, &attributes, &WorkerPool::run, this) == 0) {
      threads_.push_back(thread);
    } else if (threads_.empty()) {
      std::fprintf(stderr, "esprit host: cannot start a worker thread\n");
    }
    pthread_attr_destroy(&attributes);
  }
  lock.unlock();
  wake_.notify_one();
}

void* WorkerPool::run(void* self) {
  static_cast<WorkerPool*>(self)->work();
  return nullptr;
}

void WorkerPool::work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      ++idle_;
      wake_.wait(lock, [&] { return shutting_down_ || !jobs_.empty(); });
      --idle_;
      if (jobs_.empty()) return;  // shutting down with nothing left to do
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    job();
  }
}

void WorkerPool::shutdown() {
  std::vector<pthread_t> threads;
  {
    std::lock_guard lock(mutex_);
    shutting_down_ = true;
    threads.swap(threads_);
  }
  wake_.notify_all();
  for (const auto thread : threads) pthread_join(thread, nullptr);
}

std::size_t WorkerPool::threadCount() const {
  std::lock_guard lock(mutex_);
  return threads_.size();
}

}  // namespace esprit::host
