// An ordered pipeline: items read one at a time go through a parallel stage,
// a serial one in input order, a second parallel stage and a last serial
// one in input order, with at most `window` items in flight. No stage waits
// for a whole batch of items (a slow item holds back only the serial
// stages, while the workers go on with the items behind it), and the
// serial stages see the items in input order whatever the thread count, so
// what they write is deterministic.
//
// Used by RunBatch (batch.cc): read a line → parse → plan (shard, file
// name, duplicates, resume) → summarize → write the record.
// Tests: tests/ordered_pipeline_test.cc.

#ifndef CHORUS_SRC_ORDERED_PIPELINE_H_
#define CHORUS_SRC_ORDERED_PIPELINE_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "chorus/status.h"

namespace chorus {
namespace internal {

template <typename Item>
struct PipelineStages {
  // Caller's thread: fills the next item; false when there is none.
  std::function<bool(Item*)> read;
  // Caller's thread, optional: false when `read` may block (a pipe with
  // nothing waiting). Items in flight are then finished as they are done,
  // before the read: on a slow feed each item is finished when done, not
  // when `window` more items have come. Without it, reads go on while there
  // is room in the window.
  std::function<bool()> ready;
  // Any worker thread, on one item at a time.
  std::function<void(Item*)> prepare;
  // Caller's thread, in input order, after `prepare`: true to run `work`.
  std::function<bool(Item*)> plan;
  // Any worker thread, on one item at a time.
  std::function<void(Item*)> work;
  // Caller's thread, in input order, last. An error stops the run: items
  // not yet finished are dropped and the error is returned.
  std::function<Status(Item*)> finish;
};

// Runs the stages with `threads` (>= 1) worker threads and at most `window`
// (>= 1) items read but not yet finished. Returns OK or the first error of
// `finish`.
template <typename Item>
Status RunOrderedPipeline(int threads, size_t window, const PipelineStages<Item>& stages);

// ---------------------------------------------------------------------------
// Implementation.

namespace pipeline_detail {

enum class State { kPreparing, kPrepared, kWorking, kDone };

template <typename Item>
struct Slot {
  Item item;
  State state = State::kPreparing;
};

template <typename Item>
class Runner {
 public:
  Runner(int threads, size_t window, const PipelineStages<Item>& stages)
      : window_(window < 1 ? 1 : window), stages_(stages) {
    for (int i = 0; i < (threads < 1 ? 1 : threads); ++i) workers_.emplace_back([this] { Work(); });
  }
  ~Runner() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  Status Run() {
    bool end = false;
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      bool waiting_for_input = false;
      while (!end && queue_.size() < window_) {  // read, unlocked
        if (!queue_.empty() && stages_.ready && !stages_.ready()) {
          waiting_for_input = true;  // finish the done items first
          break;
        }
        lock.unlock();
        auto slot = std::make_unique<Slot<Item>>();
        end = !stages_.read(&slot->item);
        lock.lock();
        if (!end) {
          queue_.push_back(std::move(slot));
          Enqueue(queue_.back().get());
        }
      }
      bool moved = false;
      while (planned_ < queue_.size() && queue_[planned_]->state == State::kPrepared) {
        Slot<Item>* slot = queue_[planned_++].get();
        lock.unlock();  // no worker holds a prepared slot
        const bool work = stages_.plan(&slot->item);
        lock.lock();
        slot->state = work ? State::kWorking : State::kDone;
        if (work) Enqueue(slot);
        moved = true;
      }
      while (planned_ > 0 && queue_.front()->state == State::kDone) {
        std::unique_ptr<Slot<Item>> slot = std::move(queue_.front());
        queue_.pop_front();
        --planned_;
        lock.unlock();
        const Status s = stages_.finish(&slot->item);
        lock.lock();
        if (!s.ok()) return s;
        moved = true;
      }
      if (end && queue_.empty()) return Status::OK();
      // Nothing to do here until a worker finishes a stage: wait, unless
      // there is room to read more. While the input has nothing ready, look
      // again now and then (a worker's signal or new input, whichever first).
      if (!moved && (end || queue_.size() >= window_)) done_cv_.wait(lock);
      else if (!moved && waiting_for_input) done_cv_.wait_for(lock, kInputPoll);
    }
  }

 private:
  // Under mu_: `slot` (kPreparing or kWorking) is for the workers.
  void Enqueue(Slot<Item>* slot) {
    jobs_.push_back(slot);
    work_cv_.notify_one();
  }

  void Work() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      work_cv_.wait(lock, [this] { return stop_ || !jobs_.empty(); });
      if (stop_) return;
      Slot<Item>* slot = jobs_.front();
      jobs_.pop_front();
      const bool prepare = slot->state == State::kPreparing;
      lock.unlock();
      if (prepare) stages_.prepare(&slot->item);
      else stages_.work(&slot->item);
      lock.lock();
      slot->state = prepare ? State::kPrepared : State::kDone;
      done_cv_.notify_one();
    }
  }

  // How often input that was not ready is looked at again while items are
  // in flight.
  static constexpr std::chrono::milliseconds kInputPoll{1};

  const size_t window_;
  const PipelineStages<Item>& stages_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::unique_ptr<Slot<Item>>> queue_;  // read, not finished; input order
  size_t planned_ = 0;                              // queue_[0, planned_) are planned
  std::deque<Slot<Item>*> jobs_;                    // for the workers, FIFO
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace pipeline_detail

template <typename Item>
Status RunOrderedPipeline(int threads, size_t window, const PipelineStages<Item>& stages) {
  pipeline_detail::Runner<Item> runner(threads, window, stages);
  return runner.Run();
}

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_ORDERED_PIPELINE_H_
