#!/usr/bin/env bash
# Translation-memory benchmark: TMX import, fuzzy lookups, and Translate Toolkit on the same
# memory and the same lookups.
#
#   bench/tm_bench.sh [options]
#     --lockstep BIN     the binary (default target/release/lockstep)
#     --units N          units of the generated TMX (default 1000000: about 740 MB)
#     --tmx FILE         use this en→bg TMX instead of generating one (--units is then ignored)
#     --project DIR      a project that already holds the import: skips the import timing
#                        (give its TMX with --tmx for Translate Toolkit, else it is skipped)
#     --lang L           the target language (default bg)
#     --lookups N        in-process lookups (default 200)
#     --commands N       whole `lockstep suggest --text` commands timed (default 21)
#     --ttk-lookups N    lookups given to Translate Toolkit, the first N of the queries (default
#                        100: it scans the memory for each, about a second on a million units)
#     --no-ttk           skip Translate Toolkit
#     --keep             keep the temporary folder (TMX, project, outputs) and say where
#
# Needs python3, /usr/bin/time (Debian `time`) and cargo (the in-process part is
# `cargo bench --bench suggest`, see benches/suggest.rs; set CARGO_TARGET_DIR as you build).
# Translate Toolkit: pip install translate-toolkit rapidfuzz; skipped with a note when absent.
#
# What is timed, and why it is fair (each time is given as wall clock and as CPU time: on a
# machine busy with other work, the wall clock also counts the waits for a core):
# - import: `lockstep tm import FILE.tmx` in a fresh project, wall clock and peak RSS from
#   `/usr/bin/time -v`, after the TMX was read once so that MB/s (10^6 bytes) measures lockstep,
#   not the disk.
# - lockstep per lookup: `tm::suggest` in-process after the store is opened (what one
#   `suggest --text` does after start-up), each of the lookups timed alone.
# - lockstep whole command: `lockstep suggest LANG --text Q --format json`, process start to
#   exit, a different query each run, the median.
# - Translate Toolkit per lookup: its own `pot2po -t EMPTY.po --tm=FILE.tmx --similarity=70` run
#   on a POT whose msgids are the same queries, with timers around its fuzzy lookup of each msgid
#   (matcher.matches, RapidFuzz's Levenshtein over the candidates of similar length) and around
#   loading the memory; both tools are measured on the lookup alone, with the memory loaded.
#   pot2po's --tm takes a translation file (TMX, PO, XLIFF…; here the very TMX lockstep
#   imported) and builds its matcher in memory on every run: no tmdb database is involved (the
#   version measured, 3.20, has neither build_tmdb nor tmserver). That load is its start-up,
#   reported apart.
# - Translate Toolkit whole command: `pot2po -t EMPTY.po --tm=FILE.tmx` for a POT of one query,
#   wall clock and peak RSS, against lockstep's whole command for one query.
# - top matches: for every query both looked up, whether the two tools' best matches are the
#   same source text, and else which is closer by lockstep's score (word edit distance) and by
#   Translate Toolkit's (character edit distance), each tool's top scored by both.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lockstep=target/release/lockstep units=1000000 tmx="" project="" lang=bg lookups=200 commands=21
ttk_lookups=100 ttk=1 keep=0
while (($#)); do
    case $1 in
        --lockstep) lockstep=$2; shift ;;
        --units) units=$2; shift ;;
        --tmx) tmx=$2; shift ;;
        --project) project=$2; shift ;;
        --lang) lang=$2; shift ;;
        --lookups) lookups=$2; shift ;;
        --commands) commands=$2; shift ;;
        --ttk-lookups) ttk_lookups=$2; shift ;;
        --no-ttk) ttk=0 ;;
        --keep) keep=1 ;;
        -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "tm_bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
lockstep=$(realpath "$lockstep")
[[ -x $lockstep ]] || { echo "tm_bench.sh: no binary at $lockstep (cargo build --release)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "tm_bench.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
if ((keep)); then echo "data in $work"; else trap 'rm -rf "$work"' EXIT; fi
helper() { python3 "$here/tm_bench.py" "$@"; }
figures=$work/figures.txt
: > "$figures"
fig() { echo "$1=$2" >> "$figures"; }

# `/usr/bin/time -v` output → "WALL_SECONDS CPU_SECONDS RSS_MB"
time_figures() {
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
                /(User|System) time \(seconds\)/ { cpu += $2 }
                /Maximum resident set size/ { rss = $2 / 1024 }
                END { printf "%.2f %.2f %.0f\n", s, cpu, rss }' "$1"
}

# Other work on the machine slows every figure: say how busy it was.
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"

# 1. The memory.
if [[ -n $project && -z $tmx ]]; then
    echo "no --tmx for the project's memory: Translate Toolkit skipped"
    ttk=0
elif [[ -z $tmx ]]; then
    tmx=$work/bench.tmx
    echo "generating a TMX of $units units…"
    python3 "$here/gen_tmx.py" "$units" "$tmx"
else
    tmx=$(realpath "$tmx")
    units=$(grep -c '<tu[ >]' "$tmx" || true)
fi
[[ -n $tmx ]] && fig units "$units" && bytes=$(stat -c %s "$tmx")

# 2. Import.
if [[ -z $project ]]; then
    project=$work/project
    mkdir "$project"
    printf 'source_lang = "en"\nlanguages = ["%s"]\n\n[[document]]\nsource = "x.en.md"\n' "$lang" > "$project/lockstep.toml"
    echo "A paragraph." > "$project/x.en.md"
    cat "$tmx" > /dev/null  # into the page cache: the import is timed, not the disk
    echo "importing $(basename "$tmx") ($((bytes / 1000000)) MB)…"
    (cd "$project" && /usr/bin/time -v "$lockstep" tm import "$tmx" > /dev/null 2> "$work/import.time") ||
        { cat "$work/import.time" >&2; exit 1; }
    read -r secs cpu rss < <(time_figures "$work/import.time")
    mbs=$(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.0f", b / 1e6 / s }')
    echo "  $secs s ($cpu s CPU), $mbs MB/s, peak RSS $rss MB (file $((bytes / 1000000)) MB)"
    fig import_s "$secs"; fig import_mbs "$mbs"; fig import_rss_mb "$rss"; fig import_cpu_s "$cpu"
else
    project=$(realpath "$project")
    echo "using the import in $project (import not timed)"
fi

# 3. In-process lookups (also draws the queries, edited units of the store). The store is read
# into the page cache first, as it is right after an import or on a machine where it is in use:
# from a cold cache the first lookups also wait for the disk.
cat "$project"/.lockstep/imported/store*/* > /dev/null 2>&1 || true
echo "in-process: $lookups lookups…"
LOCKSTEP_BENCH_PROJECT=$project LOCKSTEP_BENCH_LANG=$lang LOCKSTEP_BENCH_LOOKUPS=$lookups \
    LOCKSTEP_BENCH_OUT=$work/lockstep.jsonl cargo bench -q --manifest-path "$root/Cargo.toml" --bench suggest \
    | tee "$work/inprocess.txt"
read -r ls_units ls_median ls_p90 < <(sed -n \
    's/^RESULT units=\([0-9]*\) .* median_us=\([0-9.]*\) p90_us=\([0-9.]*\).*/\1 \2 \3/p' "$work/inprocess.txt")
fig ls_units "$ls_units"; fig ls_median_us "$ls_median"; fig ls_p90_us "$ls_p90"
fig ls_cpu_median_us "$(sed -n 's/^RESULT .*cpu_median_us=\([0-9.]*\).*/\1/p' "$work/inprocess.txt")"
python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    print(json.loads(line)["text"])' "$work/lockstep.jsonl" > "$work/queries.txt"

# 4. Whole commands.
echo "whole commands: $commands × lockstep suggest $lang --text …"
(cd "$project" && helper commands "$commands" -- "$lockstep" suggest "$lang" --text {} --format json < "$work/queries.txt") |
    tee "$work/commands.txt"
fig ls_cmd_median_ms "$(sed -n 's/.* median_ms=\([0-9.]*\).*/\1/p' "$work/commands.txt")"
fig ls_cmd_cpu_median_ms "$(sed -n 's/.*cpu_median_ms=\([0-9.]*\).*/\1/p' "$work/commands.txt")"
fig ls_cmd_runs "$commands"

# 5. Translate Toolkit.
if ((ttk)) && ! python3 -c 'import translate, rapidfuzz' 2> /dev/null; then
    echo "Translate Toolkit: skipped (pip install translate-toolkit rapidfuzz)"
    ttk=0
fi
if ((ttk)); then
    # pot2po wants a template when given --tm (without one, Translate Toolkit 3.20 fails on
    # every file with "'NoneType' object has no attribute 'findunit'"): an empty PO, so that
    # every msgid goes to the memory.
    printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' > "$work/empty.po"
    n=$(helper pot "$work/lockstep.jsonl" "$work/queries.pot" --limit "$ttk_lookups")
    echo "Translate Toolkit: pot2po --tm on the same TMX, the first $n of the queries…"
    /usr/bin/time -v python3 "$here/tm_bench.py" ttk "$work/ttk.jsonl" -- pot2po -t "$work/empty.po" --tm="$tmx" \
        --similarity=70 -i "$work/queries.pot" -o "$work/queries.po" 2> "$work/ttk.time" || { cat "$work/ttk.time" >&2; exit 1; }
    echo "Translate Toolkit: one whole pot2po command for one query…"
    helper pot "$work/lockstep.jsonl" "$work/one.pot" --limit 1 > /dev/null
    /usr/bin/time -v pot2po -t "$work/empty.po" --tm="$tmx" --similarity=70 -i "$work/one.pot" -o "$work/one.po" \
        > /dev/null 2> "$work/one.time" || { cat "$work/one.time" >&2; exit 1; }
    read -r secs cpu rss < <(time_figures "$work/one.time")
    echo "  $secs s ($cpu s CPU), peak RSS $rss MB"
    fig ttk_cmd_s "$secs"; fig ttk_cmd_rss_mb "$rss"; fig ttk_cmd_cpu_s "$cpu"
    # Both tools' tops, scored by lockstep.
    helper pairs "$work/lockstep.jsonl" "$work/ttk.jsonl" "$work/pairs.tsv"
    LOCKSTEP_BENCH_SCORE=$work/pairs.tsv cargo bench -q --manifest-path "$root/Cargo.toml" --bench suggest \
        > "$work/scores.txt"
else
    : > "$work/ttk.jsonl"; : > "$work/scores.txt"
fi

echo
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
helper compare "$work/lockstep.jsonl" "$work/ttk.jsonl" "$work/scores.txt" "$figures"
