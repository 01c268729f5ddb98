#!/usr/bin/env bash
# Speed, memory and accuracy of `lockstep align` on a long document, beside hunalign's.
#
#     bench/align_speed.sh [--hunalign PATH] [--lockstep PATH] [--paragraphs N] [--doc DOC --lang L]
#                          [--perturbed]
#
# The long document is a real translation from tests/fixtures/align (by default the CC BY 4.0
# legal code, English and Croatian; with --perturbed, its perturbed copy) repeated until each side
# has at least N paragraphs (default 9,500), with its gold alignment repeated alongside. Both aligners get the same paragraphs:
# lockstep reads the Markdown files, hunalign gets the paragraph texts as lockstep reads them, one
# per line, with an empty dictionary (`hunalign -utf EMPTY.dic SRC TGT`). Wall time, CPU time and
# peak memory come from /usr/bin/time -v; F1 is exact-bead, as in bench/align_eval.py. Without
# --hunalign, or when the file is not executable, its line is left out.
set -euo pipefail
cd "$(dirname "$0")/.."

hunalign=""
lockstep=""
paragraphs=9500
doc="cc-by-4.0"
lang="hr"
variant=""
while [ $# -gt 0 ]; do
    case "$1" in
        --hunalign) hunalign="$2"; shift 2 ;;
        --lockstep) lockstep="$2"; shift 2 ;;
        --paragraphs) paragraphs="$2"; shift 2 ;;
        --doc) doc="$2"; shift 2 ;;
        --lang) lang="$2"; shift 2 ;;
        --perturbed) variant="perturbed/"; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
if [ ! -x /usr/bin/time ]; then
    echo "/usr/bin/time is needed (Debian: apt-get install time)" >&2
    exit 2
fi
if [ -z "$lockstep" ]; then
    cargo build --release --quiet
    lockstep="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/lockstep"
fi

fixtures=tests/fixtures/align
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/align_eval.py repeat "$fixtures/$doc.en.md" "$fixtures/$variant$doc.$lang.md" \
    "$fixtures/${variant}gold/$doc.en-$lang.gold.tsv" "$paragraphs" "$work" >/dev/null
gold="$work/gold/long.en-xx.gold.tsv"
n_src=$("$lockstep" paragraphs "$work/long.en.md" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["paragraphs"]))')
n_tgt=$("$lockstep" paragraphs "$work/long.xx.md" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["paragraphs"]))')

# One line of the table from a /usr/bin/time -v report and an F1.
row() {
    python3 - "$1" "$2" "$3" <<'EOF'
import sys
system, report, f1 = sys.argv[1], open(sys.argv[2]).read(), sys.argv[3]
def field(name):
    line = next(l for l in report.splitlines() if l.strip().startswith(name))
    return line.rsplit(": ", 1)[1].strip()
wall = field("Elapsed (wall clock) time")
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** k for k, p in enumerate(reversed(parts)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size")) / 1024
print(f"{system:<9} {f1:<22} wall={seconds:.2f}s cpu={cpu:.2f}s max_rss={rss:.0f}MB")
EOF
}

echo "case: ${variant}$doc en-$lang repeated, $n_src source and $n_tgt target paragraphs"
/usr/bin/time -v "$lockstep" align "$work/long.en.md" "$work/long.xx.md" --format json \
    >"$work/lockstep.json" 2>"$work/lockstep.time"
row lockstep "$work/lockstep.time" "$(python3 bench/align_eval.py score "$gold" "$work/lockstep.json" --json)"

if [ -n "$hunalign" ] && [ -x "$hunalign" ]; then
    python3 bench/align_eval.py lines "$lockstep" "$work/long.en.md" >"$work/src.txt"
    python3 bench/align_eval.py lines "$lockstep" "$work/long.xx.md" >"$work/tgt.txt"
    : >"$work/empty.dic"
    /usr/bin/time -v "$hunalign" -utf "$work/empty.dic" "$work/src.txt" "$work/tgt.txt" \
        >"$work/hunalign.ladder" 2>"$work/hunalign.time"
    row hunalign "$work/hunalign.time" "$(python3 bench/align_eval.py score "$gold" "$work/hunalign.ladder" --ladder)"
elif [ -n "$hunalign" ]; then
    echo "hunalign: $hunalign is not an executable file; left out" >&2
fi
