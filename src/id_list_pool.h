// Id lists (a sentence's term or word ids) kept by the calling thread from
// one cluster to the next: a cluster's lists are drawn from the pool empty
// but with the room they had, and given back when the cluster is done, so
// a worker stops allocating and freeing two small vectors per sentence once
// its pool has grown. Only room is reused, never content: what a list holds
// is whatever its user puts in after taking it. Tests:
// tests/id_list_pool_test.cc.

#ifndef CHORUS_SRC_ID_LIST_POOL_H_
#define CHORUS_SRC_ID_LIST_POOL_H_

#include <cstddef>
#include <vector>

namespace chorus {
namespace internal {

// `n` empty lists, from the calling thread's pool where it has them.
std::vector<std::vector<int>> TakeIdLists(size_t n);

// Gives the lists of *lists back to the calling thread's pool (up to 16 MB
// of room in all; the rest is freed) and empties *lists.
void ReturnIdLists(std::vector<std::vector<int>>* lists);
// The same for one list.
void ReturnIdList(std::vector<int>* list);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_ID_LIST_POOL_H_
