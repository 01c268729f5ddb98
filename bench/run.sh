#!/usr/bin/env bash
# Core-workflow benchmark: lockstep against po4a and Translate Toolkit on the same files.
#
#   bench/run.sh [LOCKSTEP] [CORPUS]
#
# LOCKSTEP is the binary (default target/release/lockstep); CORPUS a folder with udhr.<lang>.md
# (default: the UDHR test fixtures, tests/fixtures/udhr). Peers that are not installed are skipped with a note:
#   apt-get install po4a gettext hyperfine; pip install 'translate-toolkit[markdown]' rapidfuzz
# Set KEEP=1 to keep the generated data, PARAGRAPHS=N for a smaller big document (a trial run):
# on the 20,000 paragraphs the peers take over an hour on 2 cores, msgmerge most of it.
#
# Every tool starts from a memory made from the original files, untimed; what is timed is what
# tells a translator which paragraphs are outdated after the source was edited:
#   lockstep  `status --format json` (status cache cleared first) + `diff bg --format json`;
#   po4a      `po4a-updatepo` (extracts the new source and runs msgmerge against the PO);
#   ttk       `md2po` (extracts the new POT) + `pot2po` (merges it with the PO, fuzzy matching).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
lockstep=$(realpath "${1:-target/release/lockstep}")
corpus=()
[[ -n ${2:-} ]] && corpus=(--corpus "$(realpath "$2")")
work=$(mktemp -d)
[[ ${KEEP:-} == 1 ]] && echo "data in $work" || trap 'rm -rf "$work"' EXIT
check() { python3 "$here/check_accuracy.py" "$@"; }
have() { command -v "$1" > /dev/null || { echo "  $2: skipped ($1 not installed)"; return 1; }; }
po4a_opts=(-f text -o markdown -M UTF-8)

# seconds RUNS WARMUP PREPARE COMMAND: "WALL CPU", the mean wall-clock and CPU (user + system)
# seconds of COMMAND over up to RUNS runs (hyperfine stops at 3 once 3 seconds have passed);
# PREPARE runs untimed before each run. With hyperfine if present, else a loop over bash's `time`.
# On a shared 2-core machine the CPU time is the steadier figure.
seconds() {
    local runs=$1 warmup=$2 prepare=$3 command=$4 i
    if command -v hyperfine > /dev/null; then
        hyperfine --style none --min-runs "$(( runs < 3 ? runs : 3 ))" --max-runs "$runs" --warmup "$warmup" \
            --prepare "$prepare" --export-json "$work/hyperfine.json" "$command" > /dev/null
        check hyperfine-mean "$work/hyperfine.json"
    else
        for ((i = 0; i < warmup; i++)); do eval "$prepare; $command" > /dev/null 2>&1; done
        for ((i = 0; i < runs; i++)); do
            eval "$prepare" > /dev/null 2>&1
            { TIMEFORMAT='%R %U %S'; time eval "$command" > /dev/null 2>&1; } 2>&1
        done | awk '{ wall += $1; cpu += $2 + $3 } END { print wall / NR, cpu / NR }'
    fi
}

# row NAME "WALL CPU" ["WALL CPU" of lockstep]: one line of a timing table, with the ratios.
row() { awk -v n="$1" -v t="$2" -v b="${3:-}" 'BEGIN {
    split(t, s, " "); split(b, l, " ")
    printf "  %-38s %9.4f s wall %9.4f s CPU", n, s[1], s[2]
    if (b != "") printf "   %8.1f x / %8.1f x lockstep", s[1] / l[1], s[2] / l[2]
    print "" }'; }

# po_memory EXTRACT SOURCE TRANSLATION OUT: the translated PO a translator would hold, made with the
# tool's own extractor run on the original source and on its translation, paired entry by entry
# (paragraph i of the translation is the translation of paragraph i of the source). For po4a this
# gives the same entries as po4a-gettextize + msgattrib --clear-fuzzy, which takes 20 minutes here.
po_memory() {
    "$1" "$2" "$work/memory-source.pot"
    "$1" "$3" "$work/memory-target.pot"
    check pair-po "$work/memory-source.pot" "$work/memory-target.pot" "$4"
}
po4a_extract() { rm -f "$2" && po4a-updatepo "${po4a_opts[@]}" -m "$1" -p "$2" > /dev/null 2>&1; }
ttk_extract() { md2po --progress none -P -i "$1" -o "$2"; }

# lockstep_sync DIR LANG...: the first sync of each language, which records lockstep's memory.
lockstep_sync() {
    local dir=$1 lang
    shift
    for lang in "$@"; do "$lockstep" --project "$dir" sync "$lang" --all > /dev/null; done
}

echo "== generating data in a temporary folder (load average $(cut -d' ' -f1-3 /proc/loadavg))"
python3 "$here/gen_corpus.py" big "$work/big" "${corpus[@]}" --paragraphs "${PARAGRAPHS:-20000}"
python3 "$here/gen_corpus.py" project "$work/project" "${corpus[@]}"
python3 "$here/gen_corpus.py" statement "$work/statement" "${corpus[@]}"
big=$work/big

echo "== 1. one ${PARAGRAPHS:-20000}-paragraph document, 5% of its paragraphs edited"
mkdir "$work/lk"
printf 'source_lang = "en"\nlanguages = ["bg"]\n\n[[document]]\nsource = "doc.en.md"\ntranslations = "doc.{lang}.md"\n' \
    > "$work/lk/lockstep.toml"
cp "$big/orig.en.md" "$work/lk/doc.en.md"
cp "$big/orig.bg.md" "$work/lk/doc.bg.md"
lockstep_sync "$work/lk" bg
cp -r "$work/lk" "$work/lk-rewrap"
cp "$big/edited.en.md" "$work/lk/doc.en.md"
cp "$big/rewrapped.en.md" "$work/lk-rewrap/doc.en.md"

lk_cmd="'$lockstep' --project '$work/lk' status --format json > '$work/status.json' && '$lockstep' --project '$work/lk' diff bg --format json > '$work/diff.json'"
# The status cache is cleared before each run: right after an edit of the source it is cold.
lk=$(seconds 10 1 "rm -rf '$work/lk/.lockstep/cache'" "$lk_cmd")
eval "$lk_cmd"
# Translate Toolkit first: lockstep and the peer with the closer ratio are timed back to back.
if have pot2po ttk; then
    po_memory ttk_extract "$big/orig.en.md" "$big/orig.bg.md" "$work/ttk-memory.po"
    ttk=$(seconds 1 0 true "md2po --progress none -P -i '$big/edited.en.md' -o '$work/new.pot' \
        && pot2po --progress none -t '$work/ttk-memory.po' -i '$work/new.pot' -o '$work/ttk.po'")
    ttk_extract "$big/rewrapped.en.md" "$work/rewrap.pot"
    pot2po --progress none --nofuzzymatching -t "$work/ttk-memory.po" -i "$work/rewrap.pot" -o "$work/ttk-rewrap.po"
fi

if have po4a-updatepo po4a; then
    po_memory po4a_extract "$big/orig.en.md" "$big/orig.bg.md" "$work/po4a-memory.po"
    po4a=$(seconds 1 0 "cp '$work/po4a-memory.po' '$work/po4a.po'" \
        "po4a-updatepo ${po4a_opts[*]} -m '$big/edited.en.md' -p '$work/po4a.po'")
    # Re-wrap: an entry is flagged (fuzzy or untranslated) exactly when its msgid has no exact match,
    # so fuzzy matching, hours of msgmerge here, is turned off: the count is the same.
    cp "$work/po4a-memory.po" "$work/po4a-rewrap.po"
    po4a-updatepo "${po4a_opts[@]}" --msgmerge-opt --no-fuzzy-matching -m "$big/rewrapped.en.md" \
        -p "$work/po4a-rewrap.po" > /dev/null 2>&1
fi
echo "-- time to find the outdated paragraphs (mean of 3-10 runs for lockstep, 1 run for the peers;"
echo "   goal: po4a >= 500 x, ttk >= 100 x lockstep's time)"
row "lockstep status + diff" "$lk"
[[ -n ${po4a:-} ]] && row "po4a-updatepo" "$po4a" "$lk"
[[ -n ${ttk:-} ]] && row "ttk md2po + pot2po" "$ttk" "$lk"
echo "-- accuracy on the edited paragraphs"
check lockstep "$big" "$work/status.json" "$work/diff.json" || lockstep_failed=1
[[ -n ${po4a:-} ]] && check po "$big" "$work/po4a.po"
[[ -n ${ttk:-} ]] && check po "$big" "$work/ttk.po"
echo "-- paragraphs flagged after re-wrapping the original at 60 columns (same words)"
"$lockstep" --project "$work/lk-rewrap" status --check > /dev/null && rc=0 || { rc=$?; lockstep_failed=1; }
"$lockstep" --project "$work/lk-rewrap" status --format json > "$work/rewrap.json"
echo "  lockstep: $(check flagged "$work/rewrap.json") flagged (status --check exit $rc)"
[[ -n ${po4a:-} ]] && echo "  po4a: $(check flagged "$work/po4a-rewrap.po") flagged"
[[ -n ${ttk:-} ]] && echo "  ttk: $(check flagged "$work/ttk-rewrap.po") flagged"

echo "== 2. 1,000 documents x 50 paragraphs x 4 languages, nothing changed, warm file cache"
echo "   (goal: status well under a second, within a small factor of cat)"
langs=(bg sr-Cyrl el hr)
lockstep_sync "$work/project" "${langs[@]}"
cat_s=$(seconds 10 3 true "find '$work/project' -type f -exec cat {} + > /dev/null")
status_s=$(seconds 10 3 true "'$lockstep' --project '$work/project' status > /dev/null")
row "lockstep status" "$status_s"
row "cat of every file (incl. .lockstep/)" "$cat_s" "$status_s"

echo "== 3. a statement: 1 document x 20 paragraphs x 4 languages, nothing changed (goal: a few ms)"
lockstep_sync "$work/statement" "${langs[@]}"
statement_s=$(seconds 20 3 true "'$lockstep' --project '$work/statement' status > /dev/null")
row "lockstep status" "$statement_s"
if have po4a-updatepo po4a; then
    for lang in "${langs[@]}"; do
        po_memory po4a_extract "$work/statement/doc0001.en.md" "$work/statement/doc0001.$lang.md" "$work/statement-$lang.po"
    done
    po4a_s=$(seconds 5 1 true "po4a-updatepo ${po4a_opts[*]} -m '$work/statement/doc0001.en.md' \
        $(printf -- "-p '$work/statement-%s.po' " "${langs[@]}")")
    row "po4a-updatepo (4 PO files)" "$po4a_s" "$statement_s"
fi
exit "${lockstep_failed:-0}"
