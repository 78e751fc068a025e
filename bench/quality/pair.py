#!/usr/bin/env python3
"""Paired per-cluster comparison of two `chorus eval --format json` outputs.

usage: bench/quality/pair.py A.json B.json [--system chorus] [--system-a NAME]

The method of docs/quality.md since its second session: is B's gain over A on the same
clusters larger than the clusters' own spread?
Prints, for R-1 and R-2 recall x100: B's headline (from B's "systems" block, as `chorus eval`
prints it), and B - A's mean per-cluster gain with a 95%
percentile interval from 5,000 bootstrap resamples of the clusters (seed 1). '**' marks an
interval that excludes 0.
--system names the system read from both files; --system-a, when given, the one read from A,
so chorus can be paired with a DUC participant scored by `chorus eval --systems`.
"""
import json, random, sys

def load(path, system):
    d = json.load(open(path))
    per = {}
    for c in d["clusters"]:
        if c.get("system") == system:
            per[c["cluster"]] = (c["ROUGE-1"]["recall"] * 100, c["ROUGE-2"]["recall"] * 100)
    return d, per

def headline(d, per, k, system):
    try:
        return d["systems"][system][("ROUGE-1", "ROUGE-2")[k]]["recall"] * 100
    except (KeyError, TypeError):
        return sum(v[k] for v in per.values()) / len(per)

def main():
    args = sys.argv[1:]
    system = "chorus"
    if "--system" in args:
        i = args.index("--system"); system = args[i + 1]; del args[i:i + 2]
    system_a = system
    if "--system-a" in args:
        i = args.index("--system-a"); system_a = args[i + 1]; del args[i:i + 2]
    a_path, b_path = args
    _, a = load(a_path, system_a)
    db, b = load(b_path, system)
    keys = sorted(set(a) & set(b))
    if len(keys) != len(a) or len(keys) != len(b):
        sys.exit("cluster sets differ: %d vs %d, %d shared" % (len(a), len(b), len(keys)))
    out = []
    for k, name in ((0, "R-1"), (1, "R-2")):
        diffs = [b[c][k] - a[c][k] for c in keys]
        bmean = headline(db, b, k, system)
        out.append("%s %.2f, %s" % (name, bmean, cell(diffs)))
    print(" | ".join(out))

def bootstrap(diffs):
    """Mean of the per-cluster differences and its 95% percentile interval from 5,000
    resamples of the clusters (seed 1). bench/quality/heldout.py uses the same."""
    mean = sum(diffs) / len(diffs)
    rng = random.Random(1)
    n = len(diffs)
    boots = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(5000))
    return mean, boots[124], boots[4874]

def cell(diffs):
    """'+0.62 [+0.12, +1.22]', between '**' when the interval excludes 0."""
    mean, lo, hi = bootstrap(diffs)
    star = "**" if lo > 0 or hi < 0 else ""
    return "%s%+.2f [%+.2f, %+.2f]%s" % (star, mean, lo, hi, star)

if __name__ == "__main__":
    main()
