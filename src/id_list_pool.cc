// The per-thread pool of id lists; see id_list_pool.h.

#include "id_list_pool.h"

#include <utility>

namespace chorus {
namespace internal {

namespace {

// Room kept in all, in ints (16 MB).
constexpr size_t kMaxPooledInts = size_t{4} << 20;

struct Pool {
  std::vector<std::vector<int>> lists;  // empty, with room
  size_t ints = 0;                      // their capacities summed
};

Pool& ThreadPool() {
  thread_local Pool pool;
  return pool;
}

}  // namespace

std::vector<std::vector<int>> TakeIdLists(size_t n) {
  Pool& pool = ThreadPool();
  std::vector<std::vector<int>> out(n);
  for (size_t k = 0; k < n && !pool.lists.empty(); ++k) {
    pool.ints -= pool.lists.back().capacity();
    out[k].swap(pool.lists.back());
    pool.lists.pop_back();
  }
  return out;
}

void ReturnIdList(std::vector<int>* list) {
  Pool& pool = ThreadPool();
  if (list->capacity() == 0 || pool.ints + list->capacity() > kMaxPooledInts) return;
  list->clear();
  pool.ints += list->capacity();
  pool.lists.push_back(std::move(*list));
}

void ReturnIdLists(std::vector<std::vector<int>>* lists) {
  for (std::vector<int>& list : *lists) ReturnIdList(&list);
  lists->clear();
}

}  // namespace internal
}  // namespace chorus
