#!/usr/bin/env python3
"""Parsing helpers for bench/run.sh (python3 stdlib only).

    check_accuracy.py lockstep BIG STATUS.json DIFF.json   lockstep's stale beads against the manifest
    check_accuracy.py po BIG NEW.po                         a PO updated from BIG/edited.en.md, same check
    check_accuracy.py flagged NEW.po|STATUS.json            count of fuzzy + untranslated entries,
                                                            or of lockstep beads not current
    check_accuracy.py pair-po EN.pot TR.pot OUT.po          pair two extractions into a translated PO
    check_accuracy.py hyperfine-mean RESULT.json            mean wall-clock and CPU (user + system)
                                                            seconds of a hyperfine export

BIG is a folder made by `gen_corpus.py big`. An edited paragraph counts as "linked to its own old
text" when the tool shows the paragraph's original text (lockstep's old_source, a PO entry's
previous msgid `#| msgid`, or failing that the translation it offers) and no other.
"""
import ast
import json
import re
import sys
from pathlib import Path


def norm(text):
    return " ".join(text.split())


def paragraphs(path):
    """Texts of a generated Markdown file (one paragraph per block), heading markers removed."""
    blocks = Path(path).read_text(encoding="utf-8").strip("\n").split("\n\n")
    return [norm(re.sub(r"^#+ ", "", b)) for b in blocks]


def read_po(path):
    """Live entries of a PO file as dicts: msgid, msgstr, previous (msgid or None), fuzzy."""
    entries = []
    for chunk in Path(path).read_text(encoding="utf-8").split("\n\n"):
        entry, field = {"msgid": "", "msgstr": "", "previous": None, "fuzzy": False}, None
        for line in chunk.splitlines():
            if line.startswith("#~"):  # obsolete entry: no longer in the document
                entry = None
                break
            if line.startswith("#,"):
                entry["fuzzy"] = "fuzzy" in line
            elif line.startswith("#| msgid "):
                field, entry["previous"] = "previous", ast.literal_eval(line[9:])
            elif line.startswith('#| "') and field == "previous":
                entry["previous"] += ast.literal_eval(line[3:])
            elif line.startswith(("msgid ", "msgstr ")):
                field, _, value = line.partition(" ")
                entry[field] = ast.literal_eval(value)
            elif line.startswith('"') and field in ("msgid", "msgstr"):
                entry[field] += ast.literal_eval(line)
        if entry and entry["msgid"]:
            entries.append(entry)
    return entries


def flagged_entries(entries):
    return [e for e in entries if e["fuzzy"] or not e["msgstr"]]


def report(tool, flagged, manifest):
    """Print the accuracy line. `flagged` lists (today's paragraph number or None, number of the
    old paragraph the tool links it to or None) for each flagged paragraph. True when exactly right."""
    edits = {e["paragraph"]: e["kind"] for e in manifest["edited"]}
    by_kind = {k: [0, 0] for k in ("words", "append", "rewrite")}
    links = dict(flagged)
    for n, kind in edits.items():
        by_kind[kind][0] += links.get(n, -1) == n
        by_kind[kind][1] += 1
    own = sum(ok for ok, _ in by_kind.values())
    edited = [old for n, old in flagged if n in edits]
    other = sum(1 for n, old in flagged if n in edits and old not in (n, None))
    kinds = ", ".join(f"{k} {ok}/{total}" for k, (ok, total) in by_kind.items())
    print(f"{tool}: flagged {len(flagged)}; edited flagged {len(edited)}/{len(edits)}; "
          f"linked to own old text {own}/{len(edits)} ({kinds}); to another paragraph's {other}; "
          f"to none {edited.count(None)}; unedited flagged {len(flagged) - len(edited)}")
    return own == len(edits) == len(flagged)


def check_lockstep(big, status_path, diff_path):
    manifest = json.loads(Path(big, "manifest.json").read_text(encoding="utf-8"))
    old_number = {t: n for n, t in enumerate(paragraphs(Path(big, "orig.en.md")), 1)}
    diffs = {b["id"]: b for b in json.loads(Path(diff_path).read_text(encoding="utf-8"))["beads"]}
    flagged = []
    for doc in json.loads(Path(status_path).read_text(encoding="utf-8"))["documents"]:
        for tr in doc["translations"]:
            for bead in tr["beads"]:
                if bead["state"] == "current":
                    continue
                # Every paragraph of a stale bead is flagged; only a one-paragraph bead can show
                # a paragraph's own old text and no other.
                diff = diffs.get(bead["id"]) if len(bead["source"]) == 1 else None
                old = old_number.get(norm(diff["old_source"])) if diff else None
                for n in bead["source"] or [None]:
                    flagged.append((n, old))
    ok = report("lockstep", flagged, manifest)
    print("lockstep accuracy:", "OK" if ok else "FAIL")
    return ok


def check_po(big, po_path):
    manifest = json.loads(Path(big, "manifest.json").read_text(encoding="utf-8"))
    new_number = {t: n for n, t in enumerate(paragraphs(Path(big, "edited.en.md")), 1)}
    old_number = {t: n for n, t in enumerate(paragraphs(Path(big, "orig.en.md")), 1)}
    old_by_translation = {t: n for n, t in enumerate(paragraphs(Path(big, "orig.bg.md")), 1)}
    flagged = []
    for e in flagged_entries(read_po(po_path)):
        if e["previous"] is not None:
            old = old_number.get(norm(e["previous"]))
        else:
            old = old_by_translation.get(norm(e["msgstr"])) if e["msgstr"] else None
        flagged.append((new_number.get(norm(e["msgid"])), old))
    report(Path(po_path).stem, flagged, manifest)


def po_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def pair_po(source_pot, target_pot, out):
    """The translated PO a translator would hold: the entries extracted from the source, in order,
    with those extracted from the translation (same paragraphs, same order) as msgstr."""
    source, target = read_po(source_pot), read_po(target_pot)
    assert len(source) == len(target), f"{len(source)} vs {len(target)} entries"
    lines = ['msgid ""', 'msgstr ""', po_string("Content-Type: text/plain; charset=UTF-8\n"), ""]
    for s, t in zip(source, target):
        lines += [f"msgid {po_string(s['msgid'])}", f"msgstr {po_string(t['msgid'])}", ""]
    Path(out).write_text("\n".join(lines), encoding="utf-8")


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "lockstep":
        sys.exit(0 if check_lockstep(*args) else 1)
    elif command == "po":
        check_po(*args)
    elif command == "flagged" and args[0].endswith(".json"):
        status = json.loads(Path(args[0]).read_text(encoding="utf-8"))
        print(sum(b["state"] != "current" for d in status["documents"] for t in d["translations"] for b in t["beads"]))
    elif command == "flagged":
        print(len(flagged_entries(read_po(args[0]))))
    elif command == "pair-po":
        pair_po(*args)
    elif command == "hyperfine-mean":
        result = json.loads(Path(args[0]).read_text())["results"][0]
        print(result["mean"], result["user"] + result["system"])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
