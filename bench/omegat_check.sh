#!/usr/bin/env bash
# Does a real CAT tool take lockstep's TMX export? Loads it into OmegaT and translates with it.
#
#     bench/omegat_check.sh [LOCKSTEP] [EXAMPLE_DIR] [LANG]
#
# Defaults: target/release/lockstep, examples/udhr, bg. The script exports the example project's
# memory for LANG (`lockstep --project EXAMPLE_DIR tm export -o OUT.tmx --lang LANG`) and builds a
# throw-away OmegaT project (mktemp -d) with:
#
#   - omegat.project: source language = the project's source_lang, target language = LANG,
#     sentence segmentation off, so that each paragraph is one segment, as in the export's
#     segtype="paragraph" units;
#   - source/: each source document of the example as plain text, one paragraph per line and a
#     blank line between paragraphs, the paragraphs being those `lockstep paragraphs` reads
#     (block markers such as `#` and `1.` removed, white space folded), so that the segments are
#     the texts the memory was recorded on;
#   - tm/auto/: the export, whose units OmegaT inserts as translations of 100% matches.
#
# It then runs `omegat --mode=console-translate` (with its own --config-dir, so nothing is read
# from or written to ~/.omegat) under a timeout. OmegaT exits 0 even when it rejects a TMX, so the
# script reads its console output and its log (CONFIG_DIR/logs/OmegaT.log) for TF_TM_LOAD_ERROR
# and for TMX reader errors, and fails if it finds one. Last it compares each file of target/ with
# its source, paragraph by paragraph, prints how many paragraphs came out translated and the first
# three of them, and fails if none was translated.
#
# Exit status: 0 when OmegaT loaded the export and translated at least one paragraph with it, or
# when omegat is not installed (skipped, with a note); non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

lockstep="${1:-target/release/lockstep}"
example="${2:-examples/udhr}"
lang="${3:-bg}"
timeout_s="${OMEGAT_TIMEOUT:-300}"

if ! command -v omegat >/dev/null 2>&1; then
    echo "omegat_check: SKIPPED: omegat is not installed (Debian: apt-get install omegat)."
    exit 0
fi
if [ ! -x "$lockstep" ]; then
    echo "omegat_check: FAIL: $lockstep is not executable (build it with: cargo build --release)." >&2
    exit 2
fi
if [ ! -f "$example/lockstep.toml" ]; then
    echo "omegat_check: FAIL: $example/lockstep.toml not found." >&2
    exit 2
fi
for tool in python3 timeout; do
    command -v "$tool" >/dev/null 2>&1 || { echo "omegat_check: FAIL: $tool is needed." >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
proj="$work/project"
cfg="$work/config"
mkdir -p "$proj"/{source,target,tm/auto,glossary,dictionary,omegat} "$cfg"

echo "omegat_check: $(omegat --help 2>&1 | head -n 1 || true), lockstep: $("$lockstep" --version)"

# 1. The export.
tmx="$proj/tm/auto/lockstep-$lang.tmx"
"$lockstep" --project "$example" tm export -o "$tmx" --lang "$lang"
units="$(grep -c '<tu[ >]' "$tmx" || true)"
echo "omegat_check: exported $units units for $lang into tm/auto/$(basename "$tmx")"

# 2. The source documents, as lockstep reads them, and the project's source language.
src_lang="$(python3 - "$example/lockstep.toml" <<'EOF'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print(tomllib.load(f).get("source_lang", "en"))
EOF
)"
docs="$(python3 - "$example/lockstep.toml" <<'EOF'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    for d in tomllib.load(f).get("document", []):
        print(d["source"])
EOF
)"
while IFS= read -r doc; do
    [ -n "$doc" ] || continue
    out="$proj/source/$(basename "$doc").txt"
    "$lockstep" paragraphs --format json "$example/$doc" | python3 -c '
import json, sys
paras = json.load(sys.stdin)["paragraphs"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for p in paras:
        f.write(" ".join(p["text"].split()) + "\n\n")
print("omegat_check: source/%s: %d paragraphs" % (sys.argv[1].rsplit("/", 1)[-1], len(paras)))
' "$out"
done <<<"$docs"
ls "$proj/source"/*.txt >/dev/null 2>&1 || { echo "omegat_check: FAIL: no source document found in $example/lockstep.toml" >&2; exit 1; }

# shellcheck source=bench/omegat_project.sh
source bench/omegat_project.sh
omegat_project "$proj" "$src_lang" "$lang"

# 3. OmegaT, headless.
echo "omegat_check: running omegat --mode=console-translate (timeout ${timeout_s}s)"
status=0
# The Debian launcher passes its arguments unquoted: mktemp's paths have no spaces.
timeout "$timeout_s" omegat --mode=console-translate --config-dir="$cfg" \
    --disable-project-locking --no-team "$proj" >"$work/console.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    echo "omegat_check: FAIL: omegat exited with status $status$([ "$status" -eq 124 ] && echo ' (timed out)'); its last lines:" >&2
    tail -n 20 "$work/console.log" >&2
    exit 1
fi
logs=("$work/console.log")
[ -f "$cfg/logs/OmegaT.log" ] && logs+=("$cfg/logs/OmegaT.log")

# 4. Did OmegaT take the TMX?
problems="$(grep -h -E 'TF_TM_LOAD_ERROR|TMXR_(ERROR|FATAL|EXCEPTION|RECOVERABLE|WARNING)' "${logs[@]}" | sort -u || true)"
if grep -q -h 'TMXR_INFO_READING_COMPLETE' "${logs[@]}"; then
    echo "omegat_check: OmegaT read the TMX: $(grep -h -o -E '(Created by|Segmentation method|Source language): [^(]*' "$work/console.log" | sed 's/ *$//' | paste -sd ';' | sed 's/;/; /g')"
fi
if [ -n "$problems" ]; then
    echo "omegat_check: OmegaT reported about the TMX:"
    printf '%s\n' "$problems" | sed 's/^/    /' | head -n 20
fi
if grep -q -h 'TF_TM_LOAD_ERROR' "${logs[@]}"; then
    echo "omegat_check: FAIL: TF_TM_LOAD_ERROR: OmegaT rejected the export." >&2
    exit 1
fi
if printf '%s\n' "$problems" | grep -q -E 'TMXR_(ERROR|FATAL|EXCEPTION)'; then
    echo "omegat_check: FAIL: OmegaT's TMX reader failed on the export." >&2
    exit 1
fi
echo "omegat_check: no TF_TM_LOAD_ERROR in OmegaT's output or log"

# 5. What came out translated.
python3 - "$proj/source" "$proj/target" <<'EOF'
import os, sys
src_dir, tgt_dir = sys.argv[1], sys.argv[2]
total = changed = 0
shown = []
for name in sorted(os.listdir(src_dir)):
    src = [l for l in open(os.path.join(src_dir, name), encoding="utf-8").read().split("\n") if l.strip()]
    path = os.path.join(tgt_dir, name)
    if not os.path.exists(path):
        print(f"omegat_check: target/{name} was not written")
        continue
    tgt = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
    if len(src) != len(tgt):
        print(f"omegat_check: target/{name} has {len(tgt)} paragraphs, source/{name} {len(src)}")
    for s, t in zip(src, tgt):
        total += 1
        if s.strip() != t.strip():
            changed += 1
            if len(shown) < 3:
                shown.append((s, t))
print(f"omegat_check: OmegaT translated {changed} of {total} source paragraphs from the export")
for s, t in shown:
    print(f"    {s[:100]}{'…' if len(s) > 100 else ''}")
    print(f"      → {t[:100]}{'…' if len(t) > 100 else ''}")
if changed == 0:
    print("omegat_check: FAIL: no paragraph was translated", file=sys.stderr)
    sys.exit(1)
print("omegat_check: OK")
EOF
