#!/usr/bin/env bash
# Paired check of two chorus binaries on both DUC sets at 50-300 words.
#
# usage: bench/quality/lengths.sh BASE_BIN NEW_BIN OUTDIR [DATA_DIR] [-- flags for NEW...]
#
# For each set (duc2003, duc2006) and budget W in 50..300 it runs
#   BIN eval DATA_DIR/SET/clusters.jsonl --words W --limit-words W --fill --format json
# for both binaries (NEW with the extra flags), keeps the JSON in OUTDIR (outside the
# repository: the figures come from licensed data) and prints pair.py's line for NEW against
# BASE. DATA_DIR defaults to ../shared/data.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 BASE_BIN NEW_BIN OUTDIR [DATA_DIR] [-- flags...]" >&2; exit 2; }
base=$1; new=$2; out=$3; shift 3
data=../shared/data
if [ $# -gt 0 ] && [ "$1" != "--" ]; then data=$1; shift; fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
for set in duc2003 duc2006; do
  for w in 50 100 150 200 250 300; do
    "$base" eval "$data/$set/clusters.jsonl" --words $w --limit-words $w --fill --format json \
      > "$out/base-$set-$w.json" 2>/dev/null
    "$new" eval "$data/$set/clusters.jsonl" --words $w --limit-words $w --fill --format json "$@" \
      > "$out/new-$set-$w.json" 2>/dev/null
    printf '%s %3s  ' $set $w
    python3 "$here/pair.py" "$out/base-$set-$w.json" "$out/new-$set-$w.json"
  done
done
