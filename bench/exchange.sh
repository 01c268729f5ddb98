#!/usr/bin/env bash
# export and import for CAT tools: speed against Translate Toolkit, and what real clients keep.
#
#     bench/exchange.sh [LOCKSTEP]
#
# LOCKSTEP is the binary (default target/release/lockstep). Needs python3 and hyperfine (Debian);
# the clients are Translate Toolkit (pip install translate-toolkit: pocount, po2xliff, xliff2po)
# and OmegaT (Debian omegat, run headless with --mode=console-*). A client that is not installed
# is skipped with a note. KEEP=1 keeps the data.
#
# 1. Speed. The 20,000-paragraph benchmark document (bench/gen_corpus.py big: English and
#    Bulgarian) is synced, then its 1,000 edited paragraphs replace the originals: 1,000 stale
#    paragraphs. Timed: `export bg` as PO, XLIFF 1.2 and XLIFF 2.1 (each with the word diff and
#    up to three memory matches per entry), and `import` of the PO with every entry translated
#    (the project restored before each run). The peer figure: Translate Toolkit's po2xliff and
#    xliff2po on the same 1,000 entries (a conversion only: no project read, no diff, no memory).
#
# 2. Clients, on the bundled example (stale and missing paragraphs of bg). For each client and
#    format: how many entries the client extracts, and what `lockstep import --dry-run` makes of
#    the file the client writes back.
#    - Translate Toolkit: pocount on the PO; po2xliff of the translated PO, and that XLIFF
#      imported; xliff2po of it, and that PO imported.
#    - OmegaT 3.6: a project with the export as its only source file and, in tm/auto, a TMX that
#      holds a translation for each exported source text (the translator's work);
#      console-translate writes the file back with the 100 % matches filled in, and that file is
#      imported; OmegaT's project statistics say how many segments it extracted (it exits 0
#      whatever it extracted).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
lockstep=$(realpath "${1:-$root/target/release/lockstep}")
work=$(mktemp -d)
[[ ${KEEP:-} == 1 ]] && echo "data in $work" || trap 'rm -rf "$work"' EXIT
have() { command -v "$1" > /dev/null || { echo "  $2: skipped ($1 not installed)"; return 1; }; }
have hyperfine "timing" || exit 1

# mean SECONDS of a command over RUNS runs, PREPARE before each.
mean() {
    local runs=$1 prepare=$2 command=$3
    hyperfine --style none --runs "$runs" --warmup 1 --prepare "$prepare" --export-json "$work/h.json" "$command" \
        > /dev/null
    python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["mean"])' "$work/h.json"
}

# translate FILE OUT: a translator's work on an exported PO or XLIFF: every entry gets a
# translation ("Превод: " and its source), loses its fuzzy mark, and (XLIFF) is marked done.
translate() {
    python3 - "$1" "$2" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
def po_value(lines):
    return "".join(re.match(r'^(?:msgid |msgstr )?"(.*)"$', l).group(1) for l in lines)
if text.lstrip().startswith("<"):
    if 'version="1.2"' in text:
        def unit(m):
            u = m.group(0)
            source = re.search(r"<source>(.*?)</source>", u, re.S).group(1)
            u = re.sub(r"(</source>)\s*<target[^>]*>.*?</target>", r"\1", u, count=1, flags=re.S)
            return u.replace("</source>", '</source><target state="translated">Превод: %s</target>' % source, 1)
        text = re.sub(r"<trans-unit .*?</trans-unit>", unit, text, flags=re.S)
    else:
        def segment(m):
            s = m.group(0).replace('state="initial"', 'state="translated"')
            source = re.search(r"<source[^>]*>(.*?)</source>", s, re.S).group(1)
            s = re.sub(r"<target[^>]*>.*?</target>", "", s, flags=re.S)
            return s.replace("</source>", "</source><target>Превод: %s</target>" % source, 1)
        text = re.sub(r"<segment .*?</segment>", segment, text, flags=re.S)
else:
    out = []
    for entry in text.split("\n\n"):
        lines = entry.split("\n")
        if not any(l.startswith("msgctxt") for l in lines):
            out.append(entry)
            continue
        lines = [l for l in lines if not l.startswith("#, fuzzy") and not l.startswith("#|")]
        i = next(k for k, l in enumerate(lines) if l.startswith("msgid "))
        j = next(k for k, l in enumerate(lines) if l.startswith("msgstr"))
        source = po_value(lines[i:j])
        out.append("\n".join(lines[:j] + ['msgstr "Превод: %s"' % source]))
    text = "\n\n".join(out)
open(sys.argv[2], "w", encoding="utf-8").write(text)
EOF
}

# imported FILE PROJECT: what `import --lang bg --dry-run` makes of FILE: "written W, skipped S (reasons)"
# or the error.
imported() {
    local out
    if out=$("$lockstep" --project "$2" import "$1" --lang bg --dry-run --format json 2> "$work/err"); then
        python3 -c '
import json, sys, collections
j = json.loads(sys.argv[1])
reasons = collections.Counter(e.get("reason") for e in j["entries"] if e["outcome"] == "skipped")
print("written %d, skipped %d%s" % (j["written"], j["skipped"], (" (" + ", ".join("%s %d" % kv for kv in sorted(reasons.items())) + ")") if reasons else ""))
' "$out"
    else
        echo "refused: $(head -c 200 "$work/err")"
    fi
}

echo "== 1. Speed: 20,000 paragraphs, 1,000 stale =="
# shellcheck source=bench/big_project.sh
source "$here/big_project.sh"
p="$work/speed"
big_project "$lockstep" "$work" "$p"
"$lockstep" --project "$p" status | tail -n 1
cp -r "$p" "$work/pristine"
restore="rm -rf '$p' && cp -r '$work/pristine' '$p'"
for format in po xliff xliff2; do
    t=$(mean 5 "true" "'$lockstep' --project '$p' export bg --format $format -o '$work/bg.$format'")
    printf '  lockstep export --format %-7s %6.3f s  (%d entries, %s bytes)\n' "$format" "$t" \
        "$(grep -c -E '^msgctxt|<trans-unit |<unit ' "$work/bg.$format")" "$(stat -c %s "$work/bg.$format")"
done
translate "$work/bg.po" "$work/bg.done.po"
t_import=$(mean 5 "$restore" "'$lockstep' --project '$p' import '$work/bg.done.po'")
printf '  lockstep import (PO)            %6.3f s\n' "$t_import"
translate "$work/bg.xliff" "$work/bg.done.xlf"
t_import_x=$(mean 5 "$restore" "'$lockstep' --project '$p' import '$work/bg.done.xlf'")
printf '  lockstep import (XLIFF 1.2)     %6.3f s\n' "$t_import_x"
eval "$restore"
if have po2xliff "Translate Toolkit"; then
    t_p2x=$(mean 3 "true" "po2xliff '$work/bg.po' '$work/ttk.xlf'")
    t_x2p=$(mean 3 "true" "xliff2po '$work/ttk.xlf' '$work/ttk.po'")
    t_export=$(mean 5 "true" "'$lockstep' --project '$p' export bg -o '$work/bg.po'")
    printf '  Translate Toolkit po2xliff      %6.3f s   lockstep export / po2xliff = %.2f\n' "$t_p2x" \
        "$(python3 -c "print($t_export / $t_p2x)")"
    printf '  Translate Toolkit xliff2po      %6.3f s   lockstep import / xliff2po = %.2f\n' "$t_x2p" \
        "$(python3 -c "print($t_import / $t_x2p)")"
fi

echo "== 2. Clients, on the example (bg) =="
ex="$work/example"
cp -r "$root/examples/udhr" "$ex"
rm -rf "$ex/.lockstep/cache"
for format in po xliff xliff2; do
    "$lockstep" --project "$ex" export bg --format "$format" -o "$work/ex.$format" > /dev/null
done
translate "$work/ex.po" "$work/ex.done.po"
echo "  lockstep's own files, translated:"
for format in po xliff xliff2; do
    translate "$work/ex.$format" "$work/ex.done.$format"
    echo "    $format: $(imported "$work/ex.done.$format" "$ex")"
done

if have pocount "Translate Toolkit"; then
    echo "  Translate Toolkit:"
    echo "    pocount: $(pocount --short "$work/ex.po" 2>/dev/null | sed 's/^.*source words: //' | head -n 1)"
    po2xliff "$work/ex.done.po" "$work/ttk.xlf" > /dev/null 2>&1
    echo "    po2xliff (XLIFF 1.1 of the translated PO), imported: $(imported "$work/ttk.xlf" "$ex")"
    xliff2po "$work/ttk.xlf" "$work/ttk.po" > /dev/null 2>&1
    echo "    xliff2po of that, imported: $(imported "$work/ttk.po" "$ex")"
    xliff2po "$work/ex.done.xliff" "$work/ttk2.po" > /dev/null 2>&1
    echo "    xliff2po of lockstep's translated XLIFF 1.2, imported: $(imported "$work/ttk2.po" "$ex")"
    grep -q '^msgctxt' "$work/ttk2.po" && echo "      (msgctxt kept)" || echo "      (no msgctxt: the keys are lost)"
fi

if have omegat "OmegaT"; then
    # shellcheck source=bench/omegat_project.sh
    source "$here/omegat_project.sh"
    echo "  OmegaT ($(omegat --help 2>&1 | head -n 1)):"
    for format in po xliff xliff2; do
        o="$work/omegat-$format"
        mkdir -p "$o"/{source,target,tm/auto,glossary,dictionary,omegat} "$o.config"
        cp "$work/ex.$format" "$o/source/bg.$format"
        [[ $format == po ]] || mv "$o/source/bg.$format" "$o/source/bg-$format.xlf"
        # The translator's work as a memory: each exported source text and its translation.
        python3 - "$work/ex.done.po" "$o/tm/auto/translator.tmx" <<'EOF'
import re, sys, html
entries = open(sys.argv[1], encoding="utf-8").read().split("\n\n")
def value(lines):
    return "".join(re.match(r'^(?:msgid |msgstr )?"(.*)"$', l).group(1) for l in lines)
units = []
for e in entries:
    lines = e.split("\n")
    if not any(l.startswith("msgctxt") for l in lines):
        continue
    i = next(k for k, l in enumerate(lines) if l.startswith("msgid "))
    j = next(k for k, l in enumerate(lines) if l.startswith("msgstr"))
    src, tgt = value(lines[i:j]), value(lines[j:])
    units.append('<tu><tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="bg"><seg>%s</seg></tuv></tu>'
                 % (html.escape(src, False), html.escape(tgt, False)))
open(sys.argv[2], "w", encoding="utf-8").write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" '
    'segtype="paragraph" o-tmf="bench" adminlang="en" srclang="en" datatype="plaintext"/><body>\n'
    + "\n".join(units) + "\n</body></tmx>\n")
EOF
        omegat_project "$o" en bg
        timeout 300 omegat --mode=console-translate --config-dir="$o.config" --disable-project-locking --no-team "$o" \
            >> "$o.log" 2>&1 || true
        # OmegaT's own count of the segments it extracted (it exits 0 whatever it extracted).
        segments=$(awk -F'\t' '/^Total:/ {gsub(/ /, "", $2); print $2; exit}' "$o/omegat/project_stats.txt" 2> /dev/null || true)
        written=$(ls "$o/target" | head -n 1)
        entries=$(grep -c -E '^msgctxt|<trans-unit |<unit ' "$work/ex.$format")
        echo "    $format: $entries entries exported, ${segments:-0} segments extracted by OmegaT"
        if [[ -n $written ]]; then
            grep -q -E 'msgctxt|resname=|name=' "$o/target/$written" && keys="keys kept" || keys="keys lost"
            echo "      written back ($keys), imported: $(imported "$o/target/$written" "$ex")"
        else
            echo "      nothing written back"
        fi
    done
fi
