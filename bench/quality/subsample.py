#!/usr/bin/env python3
"""The subsampled evaluation sets of the held-out check (docs/quality.md, ninth session).

usage: bench/quality/subsample.py DATA_DIR OUT_DIR [--seeds FIRST-LAST]

Reads DATA_DIR/duc2003/clusters.jsonl and DATA_DIR/duc2006/clusters.jsonl and writes, for
seeds 1-5 (the ninth session's; --seeds draws others, to see how far a cell moves with the
draw):
  OUT_DIR/SET/drop1-sSEED.jsonl  every cluster with one article dropped (N - 1)
  OUT_DIR/SET/nK-sSEED.jsonl     every cluster keeping K articles: K = 4, 5, 6, 8 for
                                 duc2003 (10 articles), K = 6, 10, 15, 20 for duc2006 (25)
Each cluster keeps its other fields (references, reference_ids, query...) as they are, and
its kept articles stay in their original order. A cluster with K or fewer articles is kept
whole (none in these sets).

Which articles a seed keeps: for seed S, cluster C and kept count K, the generator is
Python's random.Random("S-C-K") (a str seed is hashed with SHA-512, stable since Python
3.2). It draws random() once per article in file order, and the K articles with the
smallest draws are kept (ties, which do not occur, by position). Only random() is used,
the one method Python promises to keep reproducible across versions, so the same data
give the same bytes. For N - 1, K is the cluster's article count minus one.

OUT_DIR holds licensed text: keep it outside the repository. Each file is written to a
temporary name and renamed, so it is whole or absent. Exit 0 on success, 1 on a read or
write error (the message names the file and line), 2 on a usage error.
"""
import json
import os
import random
import sys

SEEDS = (1, 2, 3, 4, 5)
# The kept counts of the ninth session's pooled subsamples (q9N), per set.
KEEP = {"duc2003": (4, 5, 6, 8), "duc2006": (6, 10, 15, 20)}


def read_clusters(path):
    """The clusters of a JSON Lines file, as dicts in file order."""
    clusters = []
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                c = json.loads(line)
            except ValueError as e:
                raise ValueError("%s:%d: not JSON: %s" % (path, line_no, e))
            if not isinstance(c, dict) or not isinstance(c.get("docs"), list) \
                    or not isinstance(c.get("cluster"), str):
                raise ValueError('%s:%d: a cluster needs "cluster" and a "docs" list'
                                 % (path, line_no))
            if len(c["docs"]) < 2:
                raise ValueError("%s:%d: cluster %s has %d article(s), too few to subsample"
                                 % (path, line_no, c["cluster"], len(c["docs"])))
            clusters.append(c)
    return clusters


def pick(cluster_id, n, k, seed):
    """Indices (ascending) of the k of n articles that seed keeps."""
    if k >= n:
        return list(range(n))
    rng = random.Random("%d-%s-%d" % (seed, cluster_id, k))
    draws = [(rng.random(), i) for i in range(n)]
    return sorted(i for _, i in sorted(draws)[:k])


def subsample(clusters, keep, seed):
    """The clusters with `keep` articles each (None: one dropped), as JSON lines."""
    lines = []
    for c in clusters:
        n = len(c["docs"])
        k = n - 1 if keep is None else keep
        out = dict(c)  # same key order; only "docs" changes
        out["docs"] = [c["docs"][i] for i in pick(c["cluster"], n, k, seed)]
        lines.append(json.dumps(out, ensure_ascii=False) + "\n")
    return "".join(lines)


def plan(set_name, seeds=SEEDS):
    """(file stem, kept count or None for N - 1, seed) for every file of a set."""
    files = [("drop1-s%d" % s, None, s) for s in seeds]
    files += [("n%d-s%d" % (k, s), k, s) for k in KEEP[set_name] for s in seeds]
    return files


def write_whole(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def parse_seeds(text):
    """"FIRST-LAST" (or one number) as a tuple of seeds; ValueError when malformed."""
    first, _, last = text.partition("-")
    first, last = int(first), int(last or first)
    if first < 0 or last < first:
        raise ValueError("seeds %r: want FIRST-LAST with 0 <= FIRST <= LAST" % text)
    return tuple(range(first, last + 1))


def write_sets(data_dir, out_dir, log=sys.stdout, seeds=SEEDS):
    """Writes every file of both sets; returns {set: [(stem, path)]}."""
    written = {}
    for set_name in KEEP:
        clusters = read_clusters(os.path.join(data_dir, set_name, "clusters.jsonl"))
        folder = os.path.join(out_dir, set_name)
        os.makedirs(folder, exist_ok=True)
        written[set_name] = []
        for stem, keep, seed in plan(set_name, seeds):
            path = os.path.join(folder, stem + ".jsonl")
            text = subsample(clusters, keep, seed)
            write_whole(path, text)
            written[set_name].append((stem, path))
            if log:
                articles = sum(len(json.loads(l)["docs"]) for l in text.splitlines())
                print("%s: %d clusters, %d articles" % (path, len(clusters), articles),
                      file=log)
    return written


def main():
    args = sys.argv[1:]
    seeds = SEEDS
    try:
        if len(args) == 4 and args[2] == "--seeds":
            seeds = parse_seeds(args[3])
            del args[2:]
    except ValueError as e:
        print("subsample.py: %s" % e, file=sys.stderr)
        return 2
    if len(args) != 2 or any(a.startswith("-") for a in args):
        print("usage: %s DATA_DIR OUT_DIR [--seeds FIRST-LAST]" % sys.argv[0], file=sys.stderr)
        return 2
    try:
        write_sets(args[0], args[1], seeds=seeds)
    except (OSError, ValueError) as e:
        print("subsample.py: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
