#!/usr/bin/env python3
"""How much of the official Serbian Latin UDHR `lockstep derive` makes from the Cyrillic.

    derive_udhr.py [--lockstep BIN] [--corpus DIR]

A project of the English UDHR, the official sr-Cyrl translation and sr-Latn derived from it
(`[derive] "sr-Latn" = "sr-Cyrl"`); `lockstep sync sr-Cyrl --all` writes the derived file. Each
of its paragraphs is compared with the official sr-Latn text (the corpus's udhr.sr-Latn.md,
paragraph for paragraph): identical, or different, with the kind of difference (words added or
removed, punctuation, spelling within a word, letter case) and the words that differ.
"""
import argparse
import difflib
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def kinds(derived, official):
    """The kinds of difference between two paragraphs, and the differing pieces."""
    a, b = re.findall(r"\w+|[^\w\s]", derived), re.findall(r"\w+|[^\w\s]", official)
    found, pieces = set(), []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        old, new = a[i1:i2], b[j1:j2]
        pieces.append(f"{' '.join(old) or '∅'} → {' '.join(new) or '∅'}")
        words_old = [w for w in old if re.match(r"\w", w)]
        words_new = [w for w in new if re.match(r"\w", w)]
        if not words_old and not words_new:
            found.add("punctuation")
        elif op in ("insert", "delete") or len(words_old) != len(words_new):
            found.add("words added or removed")
        elif [w.lower() for w in words_old] == [w.lower() for w in words_new]:
            found.add("letter case")
        else:
            found.add("spelling within a word")
    return found, pieces


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lockstep", default=str(ROOT / "target" / "release" / "lockstep"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    args = ap.parse_args()
    udhr = Path(args.corpus).resolve() / "udhr"
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp)
        for lang in ("en", "sr-Cyrl"):
            (p / f"udhr.{lang}.md").write_bytes((udhr / f"udhr.{lang}.md").read_bytes())
        (p / "lockstep.toml").write_text(
            'source_lang = "en"\nlanguages = ["sr-Cyrl", "sr-Latn"]\n\n[[document]]\nsource = "udhr.en.md"\n'
            'translations = "udhr.{lang}.md"\n\n[derive]\n"sr-Latn" = "sr-Cyrl"\n',
            encoding="utf-8",
        )
        out = subprocess.run([args.lockstep, "--project", tmp, "sync", "sr-Cyrl", "--all"], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(out.stderr)
        derived = (p / "udhr.sr-Latn.md").read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    official = (udhr / "udhr.sr-Latn.md").read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    if len(derived) != len(official):
        sys.exit(f"{len(derived)} paragraphs derived, {len(official)} official")
    same = sum(1 for d, o in zip(derived, official) if d == o)
    print(f"{same} of {len(official)} paragraphs derived identical to the official Serbian Latin text.")
    tally = Counter()
    for n, (d, o) in enumerate(zip(derived, official), 1):
        if d == o:
            continue
        found, pieces = kinds(d, o)
        tally.update(found)
        print(f"- paragraph {n} ({', '.join(sorted(found))}): {'; '.join(pieces)}")
    for kind, count in tally.most_common():
        print(f"  {kind}: {count}")


if __name__ == "__main__":
    main()
