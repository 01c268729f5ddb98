#!/usr/bin/env python3
"""Exact-bead evaluation of `lockstep align` (and optionally hunalign) on the gold sets.

    align_eval.py [--lockstep BIN] [--hunalign BIN] [--fixtures DIR] [--check]
        every gold set under DIR (default tests/fixtures/align): the natural sets in DIR/gold,
        the perturbed ones in DIR/perturbed/gold. One line per set and system, then a total line
        per collection and system. With --check, exits 1 when lockstep misses a goal.
    align_eval.py score GOLD.tsv OUTPUT (--json | --ladder)
        precision, recall and F1 of one output of `lockstep align --format json` or one hunalign
        ladder, against one gold file.
    align_eval.py lines BIN FILE
        the paragraph texts of FILE as lockstep reads them, one per line (hunalign's input).
    align_eval.py repeat SRC TGT GOLD N OUTDIR
        a long case: the pair repeated until the source has at least N paragraphs, with its gold.

A gold file `<doc>.en-<lang>.gold.tsv` pairs `<doc>.en.md` (always from DIR) with `<doc>.<lang>.md`
(from the gold file's collection folder). Gold rows are beads: `src` and `tgt` are 1-based
paragraph numbers or inclusive ranges `a-b`, empty for an omission or an addition.

Scores are exact-bead: a bead counts when the system output has exactly the same source and
target paragraphs. Omissions and additions (1-0, 0-1) count on both sides like any bead; an
output bead with several paragraphs on one side and none on the other is read as that many
single-paragraph omissions or additions, since that is what it says.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOALS = {"natural": 0.97, "perturbed": 0.96}
NULL_GOAL = 0.70


def parse_side(field):
    field = field.strip()
    if not field:
        return ()
    if "-" in field:
        a, b = field.split("-")
        return tuple(range(int(a), int(b) + 1))
    return (int(field),)


def read_gold(path):
    """Beads of a gold file as (source numbers, target numbers), 1-based."""
    beads = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        beads.append((parse_side(cols[0]), parse_side(cols[1])))
    return beads


def split_nulls(beads):
    """Beads with one side empty become single-paragraph omissions or additions."""
    out = []
    for s, t in beads:
        if s and not t:
            out.extend(((i,), ()) for i in s)
        elif t and not s:
            out.extend(((), (j,)) for j in t)
        elif s or t:
            out.append((tuple(s), tuple(t)))
    return out


def beads_of_json(text):
    return split_nulls((tuple(b["source"]), tuple(b["target"])) for b in json.loads(text)["beads"])


def beads_of_ladder(text, n, m):
    """Beads of a hunalign ladder (rungs `i<TAB>j<TAB>score`, 0-based prefix lengths)."""
    rungs = [(0, 0)]
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) >= 2:
            rungs.append((int(cols[0]), int(cols[1])))
    rungs.append((n, m))
    beads = []
    for (i0, j0), (i1, j1) in zip(rungs, rungs[1:]):
        if (i1, j1) != (i0, j0):
            beads.append((tuple(range(i0 + 1, i1 + 1)), tuple(range(j0 + 1, j1 + 1))))
    return split_nulls(beads)


def shape(bead):
    return f"{len(bead[0])}-{len(bead[1])}"


def score(gold, output):
    """(true positives, output beads, gold beads, Counter of gold shapes, Counter of found shapes)."""
    found = set(output) & set(gold)
    return (
        len(found),
        len(output),
        len(gold),
        Counter(shape(b) for b in gold),
        Counter(shape(b) for b in gold if b in found),
    )


def check_cover(name, beads, n, m):
    """Every paragraph of both sides exactly once, in order."""
    i = j = 0
    for s, t in beads:
        if list(s) != list(range(i + 1, i + 1 + len(s))) or list(t) != list(range(j + 1, j + 1 + len(t))):
            return f"{name}: bead {list(s)}-{list(t)} is out of order"
        i, j = i + len(s), j + len(t)
    if (i, j) != (n, m):
        return f"{name}: beads cover {i}/{n} source and {j}/{m} target paragraphs"
    return None


def paragraphs(binary, path):
    out = subprocess.run([binary, "paragraphs", str(path), "--format", "json"], check=True, capture_output=True)
    return [p["text"] for p in json.loads(out.stdout)["paragraphs"]]


def run_lockstep(binary, src, tgt):
    start = time.perf_counter()
    out = subprocess.run([binary, "align", str(src), str(tgt), "--format", "json"], check=True, capture_output=True)
    return beads_of_json(out.stdout), time.perf_counter() - start


def run_hunalign(binary, lockstep, src, tgt):
    """hunalign with an empty dictionary, one paragraph per line, as lockstep reads them."""
    a, b = paragraphs(lockstep, src), paragraphs(lockstep, tgt)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "null.dic").write_text("")
        (tmp / "src.txt").write_text("".join(p + "\n" for p in a), encoding="utf-8")
        (tmp / "tgt.txt").write_text("".join(p + "\n" for p in b), encoding="utf-8")
        start = time.perf_counter()
        out = subprocess.run(
            [binary, "-utf", str(tmp / "null.dic"), str(tmp / "src.txt"), str(tmp / "tgt.txt")],
            check=True,
            capture_output=True,
        )
        elapsed = time.perf_counter() - start
    return beads_of_ladder(out.stdout.decode("utf-8"), len(a), len(b)), elapsed


def gold_sets(fixtures):
    """(collection, name, source file, target file, gold file) of every gold set."""
    sets = []
    for collection, folder in (("natural", fixtures), ("perturbed", fixtures / "perturbed")):
        for gold in sorted((folder / "gold").glob("*.gold.tsv")):
            name = gold.name[: -len(".gold.tsv")]
            doc, _, pair = name.rpartition(".")
            lang = pair.split("-", 1)[1]
            sets.append((collection, name, fixtures / f"{doc}.en.md", folder / f"{doc}.{lang}.md", gold))
    return sets


def fmt_line(collection, name, system, tp, n_out, n_gold, shapes, found, secs):
    p = tp / n_out if n_out else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    by_shape = " ".join(f"{s}={found[s]}/{shapes[s]}" for s in sorted(shapes, key=lambda s: (s != "1-1", s)))
    return f"{collection:<9} {name:<22} {system:<9} P={p:.3f} R={r:.3f} F1={f:.3f} time={secs:.3f}s  {by_shape}", f


def evaluate(args):
    fixtures = Path(args.fixtures)
    systems = [("lockstep", None)] + ([("hunalign", args.hunalign)] if args.hunalign else [])
    totals = {}
    failures = []
    print("collection set                    system    exact-bead scores           recall per gold shape")
    for collection, name, src, tgt, gold_path in gold_sets(fixtures):
        gold = read_gold(gold_path)
        for system, binary in systems:
            if system == "lockstep":
                beads, secs = run_lockstep(args.lockstep, src, tgt)
                n = max((b[0][-1] for b in gold if b[0]), default=0)
                m = max((b[1][-1] for b in gold if b[1]), default=0)
                problem = check_cover(name, beads, n, m)
                if problem:
                    failures.append(problem)
            else:
                beads, secs = run_hunalign(binary, args.lockstep, src, tgt)
            tp, n_out, n_gold, shapes, found = score(gold, beads)
            line, f1 = fmt_line(collection, name, system, tp, n_out, n_gold, shapes, found, secs)
            print(line)
            if system == "lockstep" and f1 < GOALS[collection]:
                failures.append(f"{collection} {name}: F1 {f1:.3f} < {GOALS[collection]}")
            t = totals.setdefault((collection, system), [0, 0, 0, Counter(), Counter(), 0.0])
            t[0] += tp
            t[1] += n_out
            t[2] += n_gold
            t[3].update(shapes)
            t[4].update(found)
            t[5] += secs
    for (collection, system), (tp, n_out, n_gold, shapes, found, secs) in sorted(totals.items()):
        print(fmt_line(collection, "total", system, tp, n_out, n_gold, shapes, found, secs)[0])
    for system in [s for s, _ in systems]:
        shapes, found = Counter(), Counter()
        for (_, s), t in totals.items():
            if s == system:
                shapes.update(t[3])
                found.update(t[4])
        for null in ("1-0", "0-1"):
            if shapes[null]:
                share = found[null] / shapes[null]
                print(f"null-beads {null} {system:<9} recall={share:.3f} ({found[null]}/{shapes[null]})")
                if system == "lockstep" and share < NULL_GOAL:
                    failures.append(f"{null} recall {share:.3f} < {NULL_GOAL}")
    for failure in failures:
        print(f"FAIL {failure}")
    if args.check and failures:
        sys.exit(1)


def main():
    argv = sys.argv[1:]
    if argv and argv[0] == "score":
        parser = argparse.ArgumentParser(prog="align_eval.py score")
        parser.add_argument("gold")
        parser.add_argument("output")
        kind = parser.add_mutually_exclusive_group(required=True)
        kind.add_argument("--json", action="store_true")
        kind.add_argument("--ladder", action="store_true")
        args = parser.parse_args(argv[1:])
        gold = read_gold(args.gold)
        text = Path(args.output).read_text(encoding="utf-8")
        if args.json:
            beads = beads_of_json(text)
        else:
            n = max((b[0][-1] for b in gold if b[0]), default=0)
            m = max((b[1][-1] for b in gold if b[1]), default=0)
            beads = beads_of_ladder(text, n, m)
        tp, n_out, n_gold, shapes, found = score(gold, beads)
        p, r = tp / max(n_out, 1), tp / max(n_gold, 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"P={p:.3f} R={r:.3f} F1={f:.3f}")
    elif argv and argv[0] == "lines":
        binary, path = argv[1], argv[2]
        sys.stdout.write("".join(p + "\n" for p in paragraphs(binary, path)))
    elif argv and argv[0] == "repeat":
        src, tgt, gold_path, n, out = argv[1], argv[2], argv[3], int(argv[4]), Path(argv[5])
        repeat(Path(src), Path(tgt), Path(gold_path), n, out)
    else:
        parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
        parser.add_argument("--lockstep", default=str(default_binary()), help="the lockstep binary (release build)")
        parser.add_argument("--hunalign", help="the hunalign binary; its lines are left out without it")
        parser.add_argument("--fixtures", default=str(ROOT / "tests" / "fixtures" / "align"))
        parser.add_argument("--check", action="store_true", help="exit 1 when lockstep misses a goal")
        evaluate(parser.parse_args(argv))


def default_binary():
    """target/release/lockstep under CARGO_TARGET_DIR, or under the repository."""
    target = Path(os.environ["CARGO_TARGET_DIR"]) if os.environ.get("CARGO_TARGET_DIR") else ROOT / "target"
    return target / "release" / "lockstep"


def repeat(src, tgt, gold_path, n, out):
    """Writes OUT/long.en.md, OUT/long.xx.md and OUT/gold/long.en-xx.gold.tsv: the pair repeated."""
    a = src.read_text(encoding="utf-8").strip("\n").split("\n\n")
    b = tgt.read_text(encoding="utf-8").strip("\n").split("\n\n")
    gold = read_gold(gold_path)
    copies = -(-n // len(a))
    (out / "gold").mkdir(parents=True, exist_ok=True)
    (out / "long.en.md").write_text("\n\n".join(a * copies) + "\n", encoding="utf-8")
    (out / "long.xx.md").write_text("\n\n".join(b * copies) + "\n", encoding="utf-8")

    def side(numbers, offset):
        if not numbers:
            return ""
        lo, hi = numbers[0] + offset, numbers[-1] + offset
        return str(lo) if lo == hi else f"{lo}-{hi}"

    rows = ["src\ttgt\ttype\tsrc_labels\ttgt_labels\tnote"]
    for c in range(copies):
        for s, t in gold:
            rows.append(f"{side(s, c * len(a))}\t{side(t, c * len(b))}\t{len(s)}-{len(t)}\t\t\t")
    (out / "gold" / "long.en-xx.gold.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(a) * copies} source and {len(b) * copies} target paragraphs in {out}")


if __name__ == "__main__":
    main()
