#!/usr/bin/env python3
"""Deterministically perturbed copies of the aligner's gold sets, with the gold adjusted.

    perturb.py [--fixtures DIR]

For every gold file DIR/gold/<doc>.en-<lang>.gold.tsv, writes DIR/perturbed/<doc>.<lang>.md and
DIR/perturbed/gold/<doc>.en-<lang>.gold.tsv (DIR defaults to tests/fixtures/align). The English
side is left alone; the translation gets, at 1-1 beads of the gold chosen by a generator seeded
with the set's name:

* merges: about 6% of the target paragraphs are joined with the next one (a 2-1 bead);
* splits: about 10% are cut in two at the sentence boundary nearest their middle (a 1-2 bead);
* deletions: about 3% are left out (a 1-0 bead);
* insertions: about 3% foreign paragraphs are added after a bead (a 0-1 bead). They come from
  the other document of the corpus in the same language where there is one, otherwise from a
  related language in the target's script (Croatian, written in Serbian Cyrillic where the
  target is Cyrillic): text a translator might have added, unrelated to its neighbours.

No two changes touch the same bead, no omission or addition is next to another, headings are never merged, split or
deleted, and omissions and additions are always single paragraphs. The output is a pure function
of the input files: running the script again gives the same files.
"""
import argparse
import random
import re
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATES = {"merge": 0.06, "split": 0.10, "delete": 0.03, "insert": 0.03}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A sentence ends in . ! ? ; (the Greek question mark too) and the next starts with a capital.
SENTENCE_END = re.compile(r"(?<=[.!?;\u037e])\s+(?=[\"“«(]?[^\W\d_])")

SERBIAN_CYRILLIC = {
    "lj": "љ", "nj": "њ", "dž": "џ", "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "đ": "ђ",
    "e": "е", "ž": "ж", "z": "з", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н",
    "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "ć": "ћ", "u": "у", "f": "ф", "h": "х",
    "c": "ц", "č": "ч", "š": "ш",
}


def to_cyrillic(text):
    """Latin (gajica) to Serbian Cyrillic."""
    out, i = [], 0
    while i < len(text):
        pair, one = text[i : i + 2], text[i]
        if pair.lower() in SERBIAN_CYRILLIC and len(pair) == 2:
            cyr = SERBIAN_CYRILLIC[pair.lower()]
            out.append(cyr.upper() if pair[0].isupper() else cyr)
            i += 2
        elif one.lower() in SERBIAN_CYRILLIC:
            cyr = SERBIAN_CYRILLIC[one.lower()]
            out.append(cyr.upper() if one.isupper() else cyr)
            i += 1
        else:
            out.append(one)
            i += 1
    return "".join(out)


def blocks(path):
    return Path(path).read_text(encoding="utf-8").strip("\n").split("\n\n")


def side(field):
    field = field.strip()
    if not field:
        return []
    a, _, b = field.partition("-")
    return list(range(int(a), int(b or a) + 1))


def read_gold(path):
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            cols = (line.split("\t") + [""] * 6)[:6]
            rows.append({"src": side(cols[0]), "tgt": side(cols[1]), "src_labels": cols[3], "tgt_labels": cols[4], "note": cols[5]})
    return rows


def is_heading(block):
    return block.startswith("#")


def split_point(text):
    """Where to cut a paragraph in two at a sentence boundary nearest its middle, or None."""
    cuts = [
        m
        for m in SENTENCE_END.finditer(text)
        if m.start() >= 25 and len(text) - m.end() >= 25 and text[m.end() :].lstrip("\"“«(")[:1].isupper()
    ]
    if not cuts:
        return None
    best = min(cuts, key=lambda m: abs(m.start() - len(text) / 2))
    return best.start(), best.end()


def foreign_pool(fixtures, doc, lang):
    """Paragraphs a translator of DOC into LANG might have added: another text, same script."""
    others = sorted(p for p in fixtures.glob("*.md") if not p.name.startswith(f"{doc}.") and ".en." not in p.name)
    same = [p for p in others if p.name.endswith(f".{lang}.md")]
    if same:
        return [b for p in same for b in blocks(p) if not is_heading(b)]
    cyrillic = bool(CYRILLIC.search(" ".join(blocks(fixtures / f"{doc}.{lang}.md"))))
    related = [p for p in others if p.name.endswith(".hr.md")]
    pool = [b for p in related for b in blocks(p) if not is_heading(b)]
    return [to_cyrillic(b) for b in pool] if cyrillic else pool


def perturb_rows(target, rows, rng, pool):
    """The perturbed target blocks, their gold rows, and the changes made ({bead index: change})."""
    m = len(target)
    counts = {op: max(1, round(rate * m)) for op, rate in RATES.items()}

    # Candidate beads for each change: plain 1-1 beads of body paragraphs.
    def plain(k):
        r = rows[k]
        return len(r["src"]) == 1 and len(r["tgt"]) == 1 and not is_heading(target[r["tgt"][0] - 1])

    taken = set()
    plan = {}

    def free(*ks):
        return all(0 <= k < len(rows) and k not in taken for k in ks)

    def apart(k):
        # An omission next to an addition would read as a free translation of one paragraph.
        def null(i):
            return plan.get(i) in ("delete", "insert") or (0 <= i < len(rows) and not (rows[i]["src"] and rows[i]["tgt"]))

        return not (null(k - 1) or null(k) or null(k + 1))

    order = list(range(len(rows)))
    for op in ("split", "merge", "delete", "insert"):
        rng.shuffle(order)
        done = 0
        for k in order:
            if done == counts[op]:
                break
            if op == "merge":
                ok = plain(k) and k + 1 < len(rows) and plain(k + 1) and free(k, k + 1)
            elif op == "split":
                ok = plain(k) and free(k) and split_point(target[rows[k]["tgt"][0] - 1]) is not None
            elif op == "delete":
                ok = plain(k) and free(k) and apart(k)
            else:
                ok = free(k) and apart(k)
            if ok:
                plan[k] = op
                taken.add(k)
                if op == "merge":
                    taken.add(k + 1)
                done += 1

    out_blocks, out_rows = [], []

    def emit(src, texts, src_labels, tgt_labels, note):
        first = len(out_blocks) + 1
        out_blocks.extend(texts)
        out_rows.append({"src": src, "tgt": list(range(first, first + len(texts))), "src_labels": src_labels, "tgt_labels": tgt_labels, "note": note})

    k = 0
    while k < len(rows):
        r = rows[k]
        texts = [target[j - 1] for j in r["tgt"]]
        op = plan.get(k)
        if op == "merge":
            nxt = rows[k + 1]
            merged = texts[0] + " " + re.sub(r"^\d+\.\s+", "", target[nxt["tgt"][0] - 1])
            labels = ",".join(x for x in (r["tgt_labels"], nxt["tgt_labels"]) if x)
            emit(r["src"] + nxt["src"], [merged], ",".join(x for x in (r["src_labels"], nxt["src_labels"]) if x), labels, "perturbed: target paragraphs merged")
            k += 2
            continue
        if op == "split":
            a, b = split_point(texts[0])
            emit(r["src"], [texts[0][:a], texts[0][b:]], r["src_labels"], r["tgt_labels"], "perturbed: target paragraph split at a sentence boundary")
        elif op == "delete":
            emit(r["src"], [], r["src_labels"], "", "perturbed: target paragraph deleted")
        else:
            emit(r["src"], texts, r["src_labels"], r["tgt_labels"], r["note"])
            if op == "insert":
                emit([], [rng.choice(pool)], "", "", "perturbed: foreign paragraph inserted")
        k += 1
    return out_blocks, out_rows, plan


def write_gold(path, rows):
    def fmt(ns):
        return "" if not ns else str(ns[0]) if len(ns) == 1 else f"{ns[0]}-{ns[-1]}"

    lines = ["src\ttgt\ttype\tsrc_labels\ttgt_labels\tnote"]
    for r in rows:
        cols = [fmt(r["src"]), fmt(r["tgt"]), f"{len(r['src'])}-{len(r['tgt'])}", r["src_labels"], r["tgt_labels"], r["note"]]
        lines.append("\t".join(cols))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def perturb(fixtures, gold_path):
    name = gold_path.name[: -len(".gold.tsv")]
    doc, _, pair = name.rpartition(".")
    lang = pair.split("-", 1)[1]
    target = blocks(fixtures / f"{doc}.{lang}.md")
    rng = random.Random(zlib.crc32(name.encode("utf-8")))
    pool = foreign_pool(fixtures, doc, lang)
    out_blocks, out_rows, plan = perturb_rows(target, read_gold(gold_path), rng, pool)
    folder = fixtures / "perturbed"
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    (folder / f"{doc}.{lang}.md").write_text("\n\n".join(out_blocks) + "\n", encoding="utf-8")

    write_gold(folder / "gold" / gold_path.name, out_rows)
    summary = ", ".join(f"{sum(1 for v in plan.values() if v == op)} {op}" for op in RATES)
    print(f"{name}: {len(target)} -> {len(out_blocks)} target paragraphs ({summary})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fixtures", default=str(ROOT / "tests" / "fixtures" / "align"))
    fixtures = Path(parser.parse_args().fixtures)
    for gold_path in sorted((fixtures / "gold").glob("*.gold.tsv")):
        perturb(fixtures, gold_path)


if __name__ == "__main__":
    main()
