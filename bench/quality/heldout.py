#!/usr/bin/env python3
"""The held-out check of a default against an alternative (docs/quality.md, ninth session,
"the adopted defaults, held out").

usage: bench/quality/heldout.py WORK --default "BIN [FLAGS]" --alt "BIN [FLAGS]"
                                [--data DATA_DIR] [--jobs 2] [--words 100,250]
                                [--seeds FIRST-LAST]

Each command line is one string (split as a shell would, no shell run): a chorus binary and
the flags that make the default or the alternative; the two may share the binary. Words of
the form NAME=VALUE before the binary are set in its environment (for a throwaway patch
that reads variables), as a shell would; they are part of the cache key. For
DUC 2003 and DUC 2006, at each budget W (100 and 250 words), both run
  BIN eval FILE --words W --limit-words W --fill --format json FLAGS --threads 1
on the full set (DATA_DIR/SET/clusters.jsonl) and on the 25 subsampled files of
bench/quality/subsample.py (made in WORK/sets on first use): 104 evals per command line.
`--threads 1` is added unless FLAGS set --threads; --jobs evals run at a time (default 2,
the machine's cores; other work shares it). Each output is cached in
WORK/runs/KEY/SET-FILE-W-INPUT.json, KEY from the binary's SHA-256 and the flags, INPUT
from the input file's SHA-256, so a rebuilt binary or changed data runs again and an
unchanged one does not.

It prints a Markdown table: one row per set x budget, three columns, each cell
"R-1 gain [95%] / R-2 gain [95%]": the gain of the default over the alternative (default
- alternative, recall x100), paired per cluster.
  full        the full set
  N - 1       one article of each cluster dropped, seeds 1-5
  subsamples  DUC 2003 keeping 4, 5, 6, 8 of 10 articles, DUC 2006 6, 10, 15, 20 of 25,
              seeds 1-5 (20 files)
(--seeds draws other articles, e.g. 6-10, to see how far a held-out cell moves with the
draw; the cluster bootstrap leaves that spread out.)
In the pooled columns each cluster's gain is first averaged over its files, then, as in
every column, the mean over clusters gets a 95% percentile interval from 5,000 bootstrap
resamples of the clusters (seed 1, bench/quality/pair.py's). '**' marks an interval that
excludes 0. Below the table, both command lines' full-set scores.

WORK and its outputs come from licensed data: keep them outside the repository.
Exit 0 on success, 1 when an eval fails or a file cannot be read or written (the message
names it), 2 on a usage error.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pair  # noqa: E402  (bootstrap, cell: the project's paired interval)
import subsample  # noqa: E402

SET_LABEL = {"duc2003": "DUC 2003", "duc2006": "DUC 2006"}
COLUMNS = (("full", "full"), ("drop1", "N − 1"), ("n", "subsamples"))


class CheckError(Exception):
    pass


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Command:
    """One side of the comparison: a binary, its flags, and the cache folder they name."""

    def __init__(self, text, work):
        argv = shlex.split(text)
        self.env = {}
        while argv and re.match(r"[A-Za-z_][A-Za-z0-9_]*=", argv[0]):
            name, value = argv.pop(0).split("=", 1)
            self.env[name] = value
        if not argv:
            raise CheckError("no binary in command line: %s" % text)
        found = argv[0] if os.sep in argv[0] else shutil.which(argv[0])
        if not found or not os.access(found, os.X_OK):
            raise CheckError("%s: not an executable file" % argv[0])
        self.text = text
        self.binary = os.path.abspath(found)
        self.flags = argv[1:]
        self.binary_sha = sha256_file(self.binary)
        assignments = ["%s=%s" % kv for kv in sorted(self.env.items())]
        key = hashlib.sha256("\0".join([self.binary_sha] + self.flags +
                                        assignments).encode()).hexdigest()
        self.folder = os.path.join(work, "runs", key[:16])
        os.makedirs(self.folder, exist_ok=True)
        with open(os.path.join(self.folder, "command.txt"), "w") as f:
            f.write("%s  # %s sha256 %s\n" % (shlex.join(assignments + [self.binary] + self.flags),
                                              text, self.binary_sha))

    def argv(self, path, words):
        extra = [] if any(f.startswith("--threads") for f in self.flags) else ["--threads", "1"]
        return ([self.binary, "eval", path, "--words", str(words), "--limit-words",
                 str(words), "--fill", "--format", "json"] + self.flags + extra)


def inputs(data_dir, work, seeds):
    """{set: [(column, stem, path)]}: the full set, then subsample.py's files."""
    sets_dir = os.path.join(work, "sets")
    if not all(os.path.exists(os.path.join(sets_dir, s, stem + ".jsonl"))
               for s in subsample.KEEP for stem, _, _ in subsample.plan(s, seeds)):
        print("heldout.py: writing the subsampled sets in %s" % sets_dir, file=sys.stderr)
        subsample.write_sets(data_dir, sets_dir, log=None, seeds=seeds)
    files = {}
    for s in subsample.KEEP:
        files[s] = [("full", "full", os.path.join(data_dir, s, "clusters.jsonl"))]
        for stem, keep, _ in subsample.plan(s, seeds):
            files[s].append(("drop1" if keep is None else "n", stem,
                             os.path.join(sets_dir, s, stem + ".jsonl")))
    return files


def run_one(cmd, argv, out):
    """Runs one eval into `out` (whole or not at all); the error text, or None."""
    if os.path.exists(out):
        return None
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=dict(os.environ, **cmd.env))
    if proc.returncode != 0:
        tail = proc.stderr.decode(errors="replace").strip().splitlines()[-3:]
        return "%s (exit %d): %s" % (shlex.join(argv), proc.returncode, " / ".join(tail))
    tmp = out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(proc.stdout)
    os.replace(tmp, out)
    return None


def run_all(commands, files, words, jobs):
    """Runs every eval not cached yet; {(command index, set, stem, W): output path}."""
    hashes = {}
    outputs, todo = {}, []
    for s, entries in files.items():
        for _, stem, path in entries:
            if path not in hashes:
                hashes[path] = sha256_file(path)[:12]
            for w in words:
                for i, cmd in enumerate(commands):
                    out = os.path.join(cmd.folder, "%s-%s-%d-%s.json" % (s, stem, w, hashes[path]))
                    outputs[(i, s, stem, w)] = out
                    if not os.path.exists(out) and out not in [t[2] for t in todo]:
                        todo.append((cmd, cmd.argv(path, w), out))
    print("heldout.py: %d evals to run, %d cached" % (len(todo), len(outputs) - len(todo)),
          file=sys.stderr)
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        errors = [e for e in pool.map(lambda t: run_one(*t), todo) if e]
    if errors:
        raise CheckError("%d eval(s) failed; the first: %s" % (len(errors), errors[0]))
    return outputs


def per_cluster(path):
    """{cluster: (R-1, R-2) recall x100} of chorus in an eval JSON, and its headline."""
    try:
        with open(path) as f:
            d = json.load(f)
        per = {c["cluster"]: (c["ROUGE-1"]["recall"] * 100, c["ROUGE-2"]["recall"] * 100)
               for c in d["clusters"] if c.get("system") == "chorus"}
        head = tuple(d["systems"]["chorus"][m]["recall"] * 100 for m in ("ROUGE-1", "ROUGE-2"))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise CheckError("%s: not a chorus eval JSON output (%s)" % (path, e))
    return per, head


def column_cells(files, outputs, s, w):
    """{column: "R-1 cell / R-2 cell"} and the full set's headlines of both sides."""
    cells, heads = {}, None
    for column, _ in COLUMNS:
        sums, count = {}, 0
        for col, stem, _ in files[s]:
            if col != column:
                continue
            a, head_a = per_cluster(outputs[(0, s, stem, w)])
            b, head_b = per_cluster(outputs[(1, s, stem, w)])
            if set(a) != set(b) or (sums and set(a) != set(sums)):
                raise CheckError("%s %s at %d words: the outputs' clusters differ"
                                 % (s, stem, w))
            for c in a:
                g = sums.setdefault(c, [0.0, 0.0])
                g[0] += a[c][0] - b[c][0]
                g[1] += a[c][1] - b[c][1]
            count += 1
            if column == "full":
                heads = (head_a, head_b)
        keys = sorted(sums)
        cells[column] = " / ".join(pair.cell([sums[c][k] / count for c in keys])
                                   for k in (0, 1))
        cells[column + "#files"] = count
    return cells, heads


def report(commands, files, outputs, words, seeds):
    print("Default: `%s`; alternative: `%s`; subsample seeds %d-%d."
          % (commands[0].text, commands[1].text, seeds[0], seeds[-1]))
    print("Gain of the default over the alternative (default − alternative, recall × 100), "
          "paired per cluster, R-1 / R-2; 95% interval from 5,000 bootstrap resamples of the "
          "clusters (seed 1); ** where it excludes 0. N − 1 and subsamples: each cluster's "
          "gain averaged over its files first.")
    print()
    print("| set | words | full | N − 1 | subsamples |")
    print("|---|---|---|---|---|")
    scores = []
    for s in files:
        for w in words:
            cells, heads = column_cells(files, outputs, s, w)
            print("| %s | %d | %s |" % (SET_LABEL.get(s, s), w,
                                        " | ".join(cells[c] for c, _ in COLUMNS)))
            scores.append("%s %d words: default %.2f / %.2f, alternative %.2f / %.2f"
                          % ((SET_LABEL.get(s, s), w) + heads[0] + heads[1]))
    print()
    print("Full-set scores (R-1 / R-2 recall × 100): " + "; ".join(scores) + ".")


def parse_args():
    p = argparse.ArgumentParser(
        description="The held-out check: a default against an alternative, paired per "
                    "cluster, on the full DUC sets, N - 1 and pooled subsamples.")
    p.add_argument("work", metavar="WORK", help="work folder (cache and subsampled sets)")
    p.add_argument("--default", required=True, metavar='"BIN [FLAGS]"')
    p.add_argument("--alt", required=True, metavar='"BIN [FLAGS]"')
    p.add_argument("--data", default=os.path.join("..", "shared", "data"),
                   help="folder with duc2003/ and duc2006/clusters.jsonl (../shared/data)")
    p.add_argument("--jobs", type=int, default=2, help="evals at a time (2)")
    p.add_argument("--words", default="100,250", help="budgets, comma-separated (100,250)")
    p.add_argument("--seeds", default="1-5", help="subsample seeds FIRST-LAST (1-5)")
    args = p.parse_args()
    try:
        args.seeds = subsample.parse_seeds(args.seeds)
    except ValueError as e:
        p.error(str(e))
    try:
        args.words = [int(w) for w in args.words.split(",")]
    except ValueError:
        p.error("--words: %r is not a comma-separated list of integers" % args.words)
    if args.jobs < 1 or any(w < 1 for w in args.words):
        p.error("--jobs and --words must be positive")
    return args


def main():
    args = parse_args()
    try:
        os.makedirs(args.work, exist_ok=True)
        commands = [Command(args.default, args.work), Command(args.alt, args.work)]
        files = inputs(args.data, args.work, args.seeds)
        outputs = run_all(commands, files, args.words, args.jobs)
        report(commands, files, outputs, args.words, args.seeds)
    except (CheckError, OSError, ValueError) as e:
        print("heldout.py: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
