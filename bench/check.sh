#!/usr/bin/env bash
# `lockstep check`: what it finds, and how fast, beside Translate Toolkit's pofilter.
#
#     bench/check.sh [LOCKSTEP]
#
# LOCKSTEP is the binary (default target/release/lockstep, built if missing). Needs python3,
# hyperfine (Debian) and pofilter (pip install translate-toolkit). KEEP=1 keeps the data;
# PART=1 or PART=2 runs one part only.
#
# 1. Defects: bench/check_defects.py on the UDHR translations of the shared corpus (findings on
#    the clean official texts; 50 injected defects of each kind per language, found by lockstep
#    and by pofilter).
# 2. Speed: the 20,000-paragraph benchmark document (bench/gen_corpus.py big: English and
#    Bulgarian), synced; timed: `lockstep check bg` (every paragraph checked), and pofilter with
#    its default checks on the same 20,000 paragraphs as PO (`lockstep export bg --all`).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
if [[ -z ${1:-} && ! -x $root/target/release/lockstep ]]; then
    (cd "$root" && cargo build --release --quiet)
fi
lockstep=$(realpath "${1:-$root/target/release/lockstep}")
work=$(mktemp -d)
[[ ${KEEP:-} == 1 ]] && echo "data in $work" || trap 'rm -rf "$work"' EXIT
command -v hyperfine > /dev/null || { echo "hyperfine is needed (apt-get install hyperfine)"; exit 1; }
command -v pofilter > /dev/null || { echo "pofilter is needed (pip install translate-toolkit)"; exit 1; }

if [[ ${PART:-1} == 1 ]]; then
    echo "# 1. Defects on the UDHR"
    echo
    python3 "$here/check_defects.py" --lockstep "$lockstep"
fi
[[ ${PART:-2} == 2 ]] || exit 0

echo
echo "# 2. Speed: 20,000 paragraphs"
echo
python3 "$here/gen_corpus.py" big "$work/big" > /dev/null
project=$work/project
mkdir -p "$project"
cp "$work/big/orig.en.md" "$project/big.en.md"
cp "$work/big/orig.bg.md" "$project/big.bg.md"
printf 'source_lang = "en"\nlanguages = ["bg"]\n\n[[document]]\nsource = "big.en.md"\ntranslations = "big.{lang}.md"\n' \
    > "$project/lockstep.toml"
"$lockstep" --project "$project" sync bg --all > /dev/null
"$lockstep" --project "$project" export bg --all --format po -o "$work/big.po"
entries=$(grep -c '^msgctxt' "$work/big.po")
beads=$("$lockstep" --project "$project" check bg --format json | python3 -c 'import json,sys; d=json.load(sys.stdin)["summary"]; print(d["beads"], "paragraphs checked,", d["errors"], "errors,", d["warnings"], "warnings")')
echo "lockstep: $beads; pofilter: $entries PO entries"
hyperfine --warmup 1 --runs 10 --export-markdown "$work/speed.md" \
    -n "lockstep check bg" "$lockstep --project $project check bg --format json > /dev/null" \
    -n "pofilter (default checks)" "pofilter --progress=none --language=bg -i $work/big.po -o $work/big.flagged.po" \
    > /dev/null
cat "$work/speed.md"
