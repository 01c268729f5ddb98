#!/usr/bin/env python3
"""A deterministic en→bg TMX 1.4b file of N translation units, for the TMX import benchmark.

    gen_tmx.py N OUT [--seed S] [--corpus DIR]

The units are realistic sentences (and now and then a whole paragraph) of the Universal
Declaration of Human Rights in English and Bulgarian (udhr.en.md and udhr.bg.md in DIR; default the repo's
tests/fixtures/udhr), paired article by article, then varied so that units differ the way a real
memory's do: article and paragraph numbers, references, two sentences joined, a clause dropped,
a word swapped, now and then inline markup (bpt/ept, ph) and characters that need escaping. Each
unit has a tuid, dates and a document prop, like the exports of CAT tools; languages are written
en-GB and bg-BG. Python standard library only; the same N and seed give the same bytes.
"""
import argparse
import random
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from gen_corpus import read_articles  # the same 30 articles as the core-workflow benchmark

HERE = Path(__file__).resolve().parent


def sentences(text):
    return [s for s in re.split(r"(?<=[.;:])\s+", text.strip()) if s]


def pairs(corpus):
    """(en, bg) pairs of whole paragraphs, and of sentences where both sides split alike."""
    en, bg = read_articles(corpus, "en"), read_articles(corpus, "bg")
    assert len(en) == len(bg) == 30, "the articles do not correspond"
    paragraphs, sentence_pairs = [], []
    for (_, en_body), (_, bg_body) in zip(en, bg):
        if len(en_body) != len(bg_body):
            continue
        for e, b in zip(en_body, bg_body):
            paragraphs.append((e, b))
            es, bs = sentences(e), sentences(b)
            if len(es) == len(bs):
                sentence_pairs.extend(zip(es, bs))
    return paragraphs, sentence_pairs


def words(pairs_, index):
    return sorted({w for p in pairs_ for w in re.findall(r"\w{4,}", p[index])})


def vary(rng, base, pool, en_words, bg_words, n):
    """One unit's (en, bg) plain texts, and whether to add markup."""
    en, bg = base
    roll = rng.random()
    if roll < 0.12:
        k = rng.randint(1, 400)
        en, bg = f"Article {k}", f"Член {k}"
    elif roll < 0.30:
        other = rng.choice(pool)
        en, bg = f"{en} {other[0]}", f"{bg} {other[1]}"
    elif roll < 0.45:
        ec, bc = en.split(", "), bg.split(", ")
        if len(ec) == len(bc) >= 3:
            drop = rng.randrange(1, len(ec))
            en = ", ".join(c for i, c in enumerate(ec) if i != drop)
            bg = ", ".join(c for i, c in enumerate(bc) if i != drop)
    elif roll < 0.60:
        ew, bw = en.split(" "), bg.split(" ")
        i, j = rng.randrange(len(ew)), rng.randrange(len(bw))
        ew[i], bw[j] = rng.choice(en_words), rng.choice(bg_words)
        en, bg = " ".join(ew), " ".join(bw)
    if rng.random() < 0.55:
        year, ref = rng.randint(1948, 2024), n % 100000
        form = rng.randrange(3)
        if form == 0:
            en, bg = f"{en} (ref. {year}/{ref})", f"{bg} (реф. {year}/{ref})"
        elif form == 1:
            en, bg = f"{ref}. {en}", f"{ref}. {bg}"
        else:
            en, bg = f"Paragraph {ref}: {en}", f"Алинея {ref}: {bg}"
    if rng.random() < 0.02:
        en, bg = en.replace(" and ", " & ", 1), bg.replace(" и ", " & ", 1)
    if rng.random() < 0.02:
        en, bg = f"{en} <{ref_tag(n)}>", f"{bg} <{ref_tag(n)}>"
    return en, bg


def ref_tag(n):
    return f"doc-{n % 997}"


def markup(rng, en, bg):
    """Seg contents: escaped text, now and then with inline markup around the first word."""
    e, b = escape(en), escape(bg)
    roll = rng.random()
    if roll < 0.04:
        e = re.sub(r"^(\S+)", r'<bpt i="1">&lt;b&gt;</bpt>\1<ept i="1">&lt;/b&gt;</ept>', e, count=1)
        b = re.sub(r"^(\S+)", r'<bpt i="1">&lt;b&gt;</bpt>\1<ept i="1">&lt;/b&gt;</ept>', b, count=1)
    elif roll < 0.07:
        e += '<ph x="1">{1}</ph>'
        b += '<ph x="1">{1}</ph>'
    return e, b


def date(rng):
    return (f"{rng.randint(2005, 2024)}{rng.randint(1, 12):02}{rng.randint(1, 28):02}T"
            f"{rng.randint(0, 23):02}{rng.randint(0, 59):02}{rng.randint(0, 59):02}Z")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of translation units")
    ap.add_argument("out", type=Path, help="the TMX file to write")
    ap.add_argument("--seed", type=int, default=1948)
    ap.add_argument("--corpus", type=Path, default=HERE.parent / "tests" / "fixtures" / "udhr")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    paragraphs, sentence_pairs = pairs(args.corpus)
    pool = paragraphs + sentence_pairs
    en_words, bg_words = words(pool, 0), words(pool, 1)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<tmx version="1.4">\n'
                '  <header creationtool="gen_tmx.py" creationtoolversion="1" segtype="sentence"'
                ' o-tmf="lockstep-bench" adminlang="en-GB" srclang="en-GB" datatype="plaintext"'
                f' creationdate="{date(rng)}">\n'
                '    <prop type="x-corpus">UDHR en-bg</prop>\n'
                '  </header>\n  <body>\n')
        chunk = []
        for n in range(args.n):
            base = rng.choice(paragraphs if rng.random() < 0.2 else sentence_pairs)
            en, bg = vary(rng, base, sentence_pairs, en_words, bg_words, n)
            e, b = markup(rng, en, bg)
            created = date(rng)
            note = f"\n      <note>Checked by reviewer {n % 17}</note>" if rng.random() < 0.05 else ""
            chunk.append(
                f'    <tu tuid="{n + 1}" creationdate="{created}" changedate="{max(created, date(rng))}"'
                f' creationid="translator{n % 23}">\n'
                f'      <prop type="x-document">udhr-{n % 5000:04}.docx</prop>{note}\n'
                f'      <tuv xml:lang="en-GB">\n        <seg>{e}</seg>\n      </tuv>\n'
                f'      <tuv xml:lang="bg-BG">\n        <seg>{b}</seg>\n      </tuv>\n'
                '    </tu>\n')
            if len(chunk) == 10000:
                f.write("".join(chunk))
                chunk.clear()
        f.write("".join(chunk))
        f.write("  </body>\n</tmx>\n")
    print(f"{args.out}: {args.n} units, {args.out.stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
