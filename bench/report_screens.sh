#!/usr/bin/env bash
# Screenshots of the HTML report for people to look at, and its load time in Chromium.
#
#     bench/report_screens.sh [LOCKSTEP] [OUT_DIR]
#
# OUT_DIR defaults to target/report-screens; the README's picture is docs/report-overview.png
# (`bench/report_screens.sh target/release/lockstep docs` refreshes it, with the two others).
# Writes the bundled example's report (`lockstep report`, and `--all` for the side-by-side view)
# and takes, with headless Chromium (Debian chromium): OUT_DIR/report-overview.png (1280 px),
# OUT_DIR/report-detail.png (the Bulgarian side by side, 1920 px) and OUT_DIR/report-narrow.png
# (320 px). Then it times how long Chromium takes to load and lay out the report of the
# 20,000-paragraph benchmark document (bench/gen_corpus.py big, 1,000 stale paragraphs): its
# first file and one page of `--all`, less the time Chromium takes for an empty page.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
lockstep=$(realpath "${1:-$root/target/release/lockstep}")
out=$(realpath -m "${2:-$root/target/report-screens}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v chromium > /dev/null || { echo "chromium is needed (Debian package chromium)"; exit 1; }
mkdir -p "$out"

shot() { # shot WIDTH HEIGHT FILE URL
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
        --virtual-time-budget=3000 --window-size="$1,$2" --screenshot="$3" "$4" > /dev/null 2>&1
    echo "  $3"
}
load() { # load URL: seconds to load and dump the DOM
    local start end
    start=$(date +%s.%N)
    chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" --dump-dom "$1" > /dev/null 2>&1
    end=$(date +%s.%N)
    python3 -c "print(round($end - $start, 2))"
}

cp -r "$root/examples/udhr" "$work/example"
rm -rf "$work/example/.lockstep/cache"
LOCKSTEP_UI_LANG=en-US "$lockstep" --project "$work/example" report -o "$work/report.html" > /dev/null
LOCKSTEP_UI_LANG=en-US "$lockstep" --project "$work/example" report bg --all -o "$work/all.html" > /dev/null
echo "screenshots:"
shot 1280 900 "$out/report-overview.png" "file://$work/report.html"
shot 1920 1200 "$out/report-detail.png" "file://$work/all.html"
shot 320 1400 "$out/report-narrow.png" "file://$work/report.html"

echo "load times in Chromium (20,000 paragraphs, 1,000 stale):"
# shellcheck source=bench/big_project.sh
source "$here/big_project.sh"
p="$work/big/project"
big_project "$lockstep" "$work" "$p"
start=$(date +%s.%N)
"$lockstep" --project "$p" report -o "$work/big.html" > /dev/null
end=$(date +%s.%N)
echo "  lockstep report: $(python3 -c "print(round($end - $start, 2))") s to write, $(stat -c %s "$work/big.html") bytes"
"$lockstep" --project "$p" report --all -o "$work/bigall.html" > /dev/null
echo "<!DOCTYPE html><title>empty</title>" > "$work/empty.html"
empty=$(load "file://$work/empty.html")
first=$(load "file://$work/big.html")
page=$(load "file://$work/bigall-2.html")
echo "  Chromium, empty page: $empty s (start-up)"
echo "  Chromium, the report (1,000 rows): $first s, $(python3 -c "print(round($first - $empty, 2))") s beyond start-up"
echo "  Chromium, one page of --all (1,000 of 20,000 rows): $page s, $(python3 -c "print(round($page - $empty, 2))") s beyond start-up"
