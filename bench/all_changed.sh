#!/usr/bin/env bash
# Scaling when every paragraph changes (a global search-and-replace in the source): time and
# peak memory of `status`, `diff` and `sync --all` on documents of 1,000, 10,000 and 50,000
# paragraphs (goal: each under 10 s and 500 MB at 50,000).
#
#   bench/all_changed.sh [LOCKSTEP] [SIZES…]
#
# LOCKSTEP is the binary (default target/release/lockstep); SIZES the paragraph counts (default
# 1000 10000 50000). The documents come from bench/gen_corpus.py (the UDHR in English and
# Bulgarian, repeated); the memory is recorded by a first `sync --all`, untimed; then every
# source paragraph is edited ("the" becomes "the said", or a word is appended where there is no
# "the") and the three commands are timed once each with /usr/bin/time (wall clock, CPU, peak RSS).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
lockstep=$(realpath "${1:-target/release/lockstep}")
shift || true
sizes=("${@:-1000 10000 50000}")
read -r -a sizes <<< "${sizes[*]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time > /dev/null || { echo "needs /usr/bin/time (Debian package time)"; exit 1; }

# measure NAME COMMAND...: one line with wall clock, CPU and peak memory.
measure() {
    local name=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || true
    awk -v n="$name" '{ printf "  %-22s %8.2f s wall %8.2f s CPU %8.0f MB peak\n", n, $1, $2 + $3, $4 / 1024 }' "$work/time"
}

echo "== every paragraph changed (load average $(cut -d' ' -f1-3 /proc/loadavg))"
for n in "${sizes[@]}"; do
    dir=$work/p$n
    python3 "$here/gen_corpus.py" big "$work/gen$n" --paragraphs "$n" > /dev/null
    mkdir "$dir"
    printf 'source_lang = "en"\nlanguages = ["bg"]\n\n[[document]]\nsource = "doc.en.md"\ntranslations = "doc.{lang}.md"\n' \
        > "$dir/lockstep.toml"
    cp "$work/gen$n/orig.en.md" "$dir/doc.en.md"
    cp "$work/gen$n/orig.bg.md" "$dir/doc.bg.md"
    "$lockstep" --project "$dir" sync bg --all > /dev/null
    python3 - "$dir/doc.en.md" <<'PY'
import sys
path = sys.argv[1]
blocks = open(path, encoding="utf-8").read().rstrip("\n").split("\n\n")
out = [b.replace(" the ", " the said ") if " the " in b else b + " (amended)" for b in blocks]
open(path, "w", encoding="utf-8").write("\n\n".join(out) + "\n")
PY
    echo "-- $n paragraphs"
    measure "status" "$lockstep" --project "$dir" status --format json
    measure "diff bg" "$lockstep" --project "$dir" diff bg --format json
    measure "sync bg --all" "$lockstep" --project "$dir" sync bg --all
    stale=$("$lockstep" --project "$dir" status --format json | python3 -c \
        'import json, sys; c = json.load(sys.stdin)["documents"][0]["translations"][0]["counts"]; print(c)')
    echo "  after sync: $stale"
done
