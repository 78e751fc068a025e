// The per-thread pool of id lists: lists come out empty whatever they held,
// with the room they had, and the pool keeps at most 16 MB of room.
#include "id_list_pool.h"

#include <catch2/catch.hpp>
#include <thread>

namespace chorus {
namespace internal {

TEST_CASE("id lists come back empty with their room", "[analyze]") {
  std::vector<std::vector<int>> lists = TakeIdLists(3);
  REQUIRE(lists.size() == 3);
  for (auto& l : lists) CHECK(l.empty());
  lists[0] = {1, 2, 3};
  lists[1].assign(100, 7);
  ReturnIdLists(&lists);
  CHECK(lists.empty());
  std::vector<std::vector<int>> again = TakeIdLists(4);
  REQUIRE(again.size() == 4);
  size_t room = 0;
  for (auto& l : again) {
    CHECK(l.empty());
    room += l.capacity();
  }
  CHECK(room >= 103);  // both lists with room were kept and handed out again
  ReturnIdLists(&again);
  // Other threads have their own pools.
  std::thread([] {
    std::vector<std::vector<int>> other = TakeIdLists(2);
    for (auto& l : other) CHECK(l.capacity() == 0);
  }).join();
}

TEST_CASE("the id list pool keeps at most 16 MB of room", "[analyze]") {
  std::vector<std::vector<int>> big = TakeIdLists(40);
  for (auto& l : big) l.assign(size_t{1} << 18, 1);  // 1 MB each, 40 MB in all
  ReturnIdLists(&big);
  std::vector<std::vector<int>> back = TakeIdLists(100);
  size_t room = 0;
  for (auto& l : back) {
    CHECK(l.empty());
    room += l.capacity();
  }
  CHECK(room <= (size_t{4} << 20) + 1000);
  CHECK(room >= (size_t{1} << 18) * 15);
  ReturnIdLists(&back);
}

}  // namespace internal
}  // namespace chorus
