#!/usr/bin/env bash
# Crash safety under many kills: `sync` over six documents and `tm import` are killed with
# SIGKILL at random moments, KILLS times each (default 200); after each kill the next run that
# takes the lock must leave every memory file valid, the memory wholly old or wholly new (never a
# mix of documents), the imported store old or new, and nothing behind.
#
#     bench/kill_test.sh [LOCKSTEP] [KILLS]
#
# LOCKSTEP is the binary (default target/release/lockstep). Prints the counts; exits 1 on the
# first broken state. The same checks run in `cargo test` with a few kills (tests/cli/crash.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
lockstep=$(realpath "${1:-target/release/lockstep}")
kills=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1767225600 LOCKSTEP_UI_LANG=en-US

# A project of six UDHR documents in Bulgarian, synced, then every source edited.
make_project() {
    local dir=$1 d
    mkdir -p "$dir"
    printf 'source_lang = "en"\nlanguages = ["bg"]\n' > "$dir/lockstep.toml"
    for d in 0 1 2 3 4 5; do
        cp tests/fixtures/udhr/udhr.en.md "$dir/d$d.en.md"
        cp tests/fixtures/udhr/udhr.bg.md "$dir/d$d.bg.md"
        printf '\n[[document]]\nsource = "d%s.en.md"\ntranslations = "d%s.{lang}.md"\n' "$d" "$d" >> "$dir/lockstep.toml"
    done
    "$lockstep" --project "$dir" sync bg --all > /dev/null
    sed -i 's/liberty and the security/liberty, privacy and the security/' "$dir"/d*.en.md
}
memory_sum() { cat "$1"/.lockstep/memory/*/bg.jsonl | md5sum | cut -d' ' -f1; }
leftovers() { find "$1/.lockstep" \( -name '*.tmp' -o -name '.journal' \) | wc -l; }
# kill_at SECONDS COMMAND...: starts the command and kills it after SECONDS.
kill_at() {
    local after=$1
    shift
    "$@" > /dev/null 2>&1 &
    local pid=$!
    sleep "$after"
    kill -9 "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
}

make_project "$work/sync"
cp -r "$work/sync" "$work/sync-new"
"$lockstep" --project "$work/sync-new" sync bg --all > /dev/null
old=$(memory_sum "$work/sync")
new=$(memory_sum "$work/sync-new")
cp -r "$work/sync/.lockstep" "$work/old-lockstep"
start=$(date +%s%N)
"$lockstep" --project "$work/sync-new" sync bg --all --dry-run > /dev/null
ms=$(( ($(date +%s%N) - start) / 1000000 + 20 ))
olds=0 news=0
for ((i = 0; i < kills; i++)); do
    rm -rf "$work/sync/.lockstep" && cp -r "$work/old-lockstep" "$work/sync/.lockstep"
    kill_at "$(awk -v r=$RANDOM -v ms="$ms" 'BEGIN { printf "%.3f", r / 32768 * ms * 1.5 / 1000 }')" \
        "$lockstep" --project "$work/sync" sync bg --all
    "$lockstep" --project "$work/sync" sync bg --all --dry-run > /dev/null
    now=$(memory_sum "$work/sync")
    if [[ $now == "$old" ]]; then olds=$((olds + 1)); elif [[ $now == "$new" ]]; then news=$((news + 1)); else
        echo "sync kill $i: a mix of old and new memory"; exit 1; fi
    [[ $(leftovers "$work/sync") == 0 ]] || { echo "sync kill $i: left temporary files"; exit 1; }
done
echo "sync over 6 documents, $kills kills: $olds left the old memory, $news the new one, 0 mixed, 0 leftovers"

python3 bench/gen_tmx.py 100000 "$work/big.tmx" > /dev/null
make_project "$work/tm"
"$lockstep" --project "$work/tm" tm import tests/fixtures/tmx/multilingual.tmx > /dev/null
count() { "$lockstep" --project "$work/tm" tm export -o "$work/out.tmx" > /dev/null && grep -c '<tu[ >]' "$work/out.tmx"; }
old=$(count)
cp -r "$work/tm/.lockstep/imported" "$work/old-imported"
start=$(date +%s%N)
cp -r "$work/tm" "$work/tm-timed" && "$lockstep" --project "$work/tm-timed" tm import "$work/big.tmx" > /dev/null
ms=$(( ($(date +%s%N) - start) / 1000000 ))
olds=0 news=0
for ((i = 0; i < kills; i++)); do
    rm -rf "$work/tm/.lockstep/imported" && cp -r "$work/old-imported" "$work/tm/.lockstep/imported"
    kill_at "$(awk -v r=$RANDOM -v ms="$ms" 'BEGIN { printf "%.3f", r / 32768 * ms * 1.2 / 1000 }')" \
        "$lockstep" --project "$work/tm" tm import "$work/big.tmx"
    "$lockstep" --project "$work/tm" sync bg --all --dry-run > /dev/null
    "$lockstep" --project "$work/tm" tm verify > /dev/null || { echo "import kill $i: the store does not verify"; exit 1; }
    now=$(count)
    if [[ $now == "$old" ]]; then olds=$((olds + 1)); else news=$((news + 1)); fi
    [[ $(find "$work/tm/.lockstep/imported" -mindepth 1 -maxdepth 1 -type d | wc -l) == 1 ]] \
        || { echo "import kill $i: more than one store folder left"; exit 1; }
done
echo "tm import of 100,000 units, $kills kills: $olds left the old store, $news the new one, all verified, 0 leftovers"
