// The ordered pipeline: serial stages in input order whatever the threads
// and the stage times, the window bound, work skipped when planned out,
// and an error that stops the run without a hang.
#include "ordered_pipeline.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace chorus {
namespace internal {
namespace {

struct Item {
  int index = -1;
  bool prepared = false, worked = false;
};

// Microseconds of "work" for item i: uneven, so later items often finish
// first.
int Delay(int i) { return (i * 7919) % 13 == 0 ? 3000 : (i * 104729) % 300; }

struct Record {
  std::vector<int> planned, finished;
  std::atomic<int> prepares{0}, works{0};
  int read = 0, in_flight = 0, max_in_flight = 0;
};

PipelineStages<Item> Stages(int n, Record* r, int fail_at = -1) {
  PipelineStages<Item> s;
  s.read = [=](Item* item) {
    if (r->read == n) return false;
    item->index = r->read++;
    r->max_in_flight = std::max(r->max_in_flight, ++r->in_flight);
    return true;
  };
  s.prepare = [=](Item* item) {
    std::this_thread::sleep_for(std::chrono::microseconds(Delay(item->index) / 3));
    item->prepared = true;
    ++r->prepares;
  };
  s.plan = [=](Item* item) {
    CHECK(item->prepared);
    r->planned.push_back(item->index);
    return item->index % 5 != 0;  // every fifth item needs no work
  };
  s.work = [=](Item* item) {
    std::this_thread::sleep_for(std::chrono::microseconds(Delay(item->index)));
    item->worked = true;
    ++r->works;
  };
  s.finish = [=](Item* item) {
    --r->in_flight;
    CHECK(item->worked == (item->index % 5 != 0));
    r->finished.push_back(item->index);
    if (item->index == fail_at) return Status::IOError("write failed at " + std::to_string(fail_at));
    return Status::OK();
  };
  return s;
}

std::vector<int> Iota(int n) {
  std::vector<int> v(n);
  for (int i = 0; i < n; ++i) v[i] = i;
  return v;
}

TEST_CASE("serial stages see input order for any threads and window", "[batch]") {
  const int n = 200;
  for (int threads : {1, 2, 4, 8}) {
    for (size_t window : {size_t{1}, size_t{3}, size_t{16}}) {
      INFO("threads " << threads << ", window " << window);
      Record r;
      REQUIRE(RunOrderedPipeline(threads, window, Stages(n, &r)).ok());
      CHECK(r.planned == Iota(n));
      CHECK(r.finished == Iota(n));
      CHECK(r.prepares == n);
      CHECK(r.works == n - n / 5);
      CHECK(r.max_in_flight <= static_cast<int>(window));
    }
  }
}

TEST_CASE("no items", "[batch]") {
  Record r;
  CHECK(RunOrderedPipeline(4, 8, Stages(0, &r)).ok());
  CHECK(r.finished.empty());
}

TEST_CASE("an error in finish stops the run and is returned", "[batch]") {
  for (int threads : {1, 4}) {
    Record r;
    const Status s = RunOrderedPipeline(threads, 8, Stages(100, &r, /*fail_at=*/37));
    CHECK(s.code() == Status::Code::kIOError);
    CHECK(s.message() == "write failed at 37");
    CHECK(r.finished == Iota(38));  // nothing is finished after the error
    CHECK(r.read <= 37 + 8 + 1);    // and reading stopped near it
  }
}

TEST_CASE("with `ready`, an item is finished before a read that would wait", "[batch]") {
  // A slow feed: item k+1 arrives only once item k is finished (or after a
  // second, which fails the test). Without `ready` the read of item k+1
  // would wait for it while item k, done, waits for the reader.
  for (int threads : {1, 3}) {
    Record r;
    PipelineStages<Item> s = Stages(6, &r);
    std::atomic<int> finished{0};
    bool late = false;
    const auto read = s.read;
    s.read = [&, read](Item* item) {
      const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(1);
      while (finished < r.read && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      late = late || finished < r.read;
      return read(item);
    };
    s.ready = [&] { return finished == r.read; };  // the next item has come
    const auto finish = s.finish;
    s.finish = [&, finish](Item* item) {
      const Status st = finish(item);
      ++finished;
      return st;
    };
    REQUIRE(RunOrderedPipeline(threads, 8, s).ok());
    CHECK(!late);
    CHECK(r.finished == Iota(6));
  }
}

}  // namespace
}  // namespace internal
}  // namespace chorus
