#!/usr/bin/env python3
"""Deterministic benchmark data for lockstep, built from the UDHR translations.

    gen_corpus.py big OUT [--corpus DIR] [--paragraphs N]
                                                one 20,000-paragraph document (en + bg), its
                                                5%-edited and re-wrapped versions, manifest.json
    gen_corpus.py project OUT [--corpus DIR]    1,000 documents x 50 paragraphs x 4 languages
    gen_corpus.py statement OUT [--corpus DIR]  1 document x 20 paragraphs x 4 languages

The corpus folder holds udhr.<lang>.md files (en and bg at least); the default is the repo's
tests/fixtures/udhr/ (the unedited texts). Every file is written one paragraph per block, blocks separated by one blank
line, so paragraph n of a file is its n-th block.
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

LANGS = ["bg", "sr-Cyrl", "el", "hr"]
EDITED_SHARE = 0.05
WRAP_COLUMNS = 60


def read_articles(corpus, lang):
    """The 30 articles of udhr.<lang>.md as (heading, [body paragraphs]).

    The articles correspond 1-1 in every translation (the preamble does not, so it is left out);
    list markers are dropped, so each list item becomes a plain paragraph."""
    sections, current = [], []
    for block in (corpus / f"udhr.{lang}.md").read_text(encoding="utf-8").split("\n\n"):
        block = block.strip()
        if block.startswith("## "):
            sections.append(current)
            current = [block[3:]]
        elif block:
            current.append(re.sub(r"^\d+\.\s+", "", block))
    sections.append(current)
    return [(s[0], s[1:]) for s in sections[-30:]]


def load_corpus(corpus, langs):
    """Per language: the first article's heading and the articles' body paragraphs, index-aligned.

    An article whose paragraph count differs between the languages (the repo's example has
    edits) is left out; a language with no udhr.<lang>.md in the corpus borrows the Bulgarian."""
    articles = {}
    for lang in ["en"] + langs:
        source = lang if (corpus / f"udhr.{lang}.md").exists() else "bg"
        if source != lang:
            print(f"note: no udhr.{lang}.md in {corpus}; using the bg text for {lang}", file=sys.stderr)
        articles[lang] = read_articles(corpus, source)
    keep = [k for k in range(30) if len({len(articles[lang][k][1]) for lang in articles}) == 1]
    if len(keep) < 30:
        print(f"note: articles {[k + 1 for k in range(30) if k not in keep]} differ between languages; left out",
              file=sys.stderr)
    return {lang: {"heading": a[keep[0]][0], "body": [p for k in keep for p in a[k][1]]}
            for lang, a in articles.items()}


def heading(texts, lang, number):
    """'Article 1' / 'Член 1' / 'ČLANAK 1.' with the article number replaced."""
    return re.sub(r"\d+", str(number), texts[lang]["heading"], count=1)


def write_blocks(path, blocks):
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def md(kind, text):
    return "## " + text if kind == "heading" else text


# ---------------------------------------------------------------------------------------------
# big: one long document, edited and re-wrapped


def big_document(texts, rng, size):
    """`size` paragraphs: a heading every 10th, else 2-3 distinct UDHR paragraphs in random order.

    Each combination is used once, so every paragraph is unique and its nearest neighbour shares
    at most part of its text: fuzzy matchers can tell a paragraph from the others."""
    n_body = len(texts["en"]["body"])
    seen, doc = set(), []
    for i in range(size):
        if i % 10 == 0:
            doc.append({"kind": "heading", "en": heading(texts, "en", i // 10 + 1),
                        "bg": heading(texts, "bg", i // 10 + 1)})
            continue
        combo = tuple(rng.sample(range(n_body), rng.choice([2, 3])))
        while combo in seen:
            combo = tuple(rng.sample(range(n_body), rng.choice([2, 3])))
        seen.add(combo)
        doc.append({"kind": "paragraph",
                    "en": " ".join(texts["en"]["body"][k] for k in combo),
                    "bg": " ".join(texts["bg"]["body"][k] for k in combo)})
    return doc


def edit_words(text, vocabulary, rng):
    """(a) a few words changed: three words of four letters or more replaced by other words."""
    words = text.split(" ")
    slots = [i for i, w in enumerate(words) if re.fullmatch(r"[A-Za-z]{4,}", w)]
    for i in rng.sample(slots, min(3, len(slots))):
        words[i] = rng.choice([v for v in vocabulary if v.lower() != words[i].lower()])
    return " ".join(words)


def append_sentence(text, sentences, rng):
    """(b) a sentence appended: one more UDHR sentence at the end."""
    return text + " " + rng.choice(sentences)


def rewrite(text, vocabulary, rng):
    """(c) full rewrite: as many words, none of which occurs in the old text."""
    old = {w.lower() for w in re.findall(r"\w+", text)}
    fresh = [v for v in vocabulary if v.lower() not in old]
    words = [rng.choice(fresh) for _ in text.split()]
    return " ".join(words).capitalize() + "."


def wrap(text, width=WRAP_COLUMNS):
    """Hard-wrap at `width` columns, never starting a line with something Markdown would read as a
    block marker (list bullet or number, heading, quote, setext underline): same words, same tree."""
    risky = re.compile(r"[-+*#>=]|\d+[.)]$")
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width and not risky.match(word):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(lines + [line])


def make_big(texts, out, rng, size):
    doc = big_document(texts, rng, size)
    write_blocks(out / "orig.en.md", [md(p["kind"], p["en"]) for p in doc])
    write_blocks(out / "orig.bg.md", [md(p["kind"], p["bg"]) for p in doc])
    write_blocks(out / "rewrapped.en.md",
                 [md(p["kind"], p["en"] if p["kind"] == "heading" else wrap(p["en"])) for p in doc])

    vocabulary = sorted({w for p in texts["en"]["body"] for w in re.findall(r"[A-Za-z]{4,}", p)})
    sentences = [s for p in texts["en"]["body"] for s in re.split(r"(?<=\.)\s+", p)
                 if s.endswith(".") and 40 <= len(s) <= 160]
    kinds = {"words": lambda t: edit_words(t, vocabulary, rng),
             "append": lambda t: append_sentence(t, sentences, rng),
             "rewrite": lambda t: rewrite(t, vocabulary, rng)}
    body = [n for n, p in enumerate(doc, 1) if p["kind"] == "paragraph"]
    chosen = sorted(rng.sample(body, int(size * EDITED_SHARE)))
    edits, edited = [], [p["en"] for p in doc]
    for i, n in enumerate(chosen):
        kind = list(kinds)[i % 3]
        new = kinds[kind](doc[n - 1]["en"])
        assert new != doc[n - 1]["en"]
        edited[n - 1] = new
        edits.append({"paragraph": n, "kind": kind, "old": doc[n - 1]["en"], "new": new})
    write_blocks(out / "edited.en.md", [md(p["kind"], t) for p, t in zip(doc, edited)])
    manifest = {"paragraphs": len(doc), "edited": edits}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# project / statement: many small documents in four languages


def make_project(texts, out, n_docs, n_paragraphs):
    """Document d: the heading 'Article d', then the UDHR body paragraphs from offset 7*d on,
    in order and wrapping around, so no paragraph repeats within a document."""
    n_body = len(texts["en"]["body"])
    assert n_paragraphs - 1 <= n_body
    toml = ['source_lang = "en"', "languages = [" + ", ".join(f'"{l}"' for l in LANGS) + "]"]
    for d in range(1, n_docs + 1):
        stem = f"doc{d:04d}"
        toml += ["", "[[document]]", f'source = "{stem}.en.md"', f'translations = "{stem}.{{lang}}.md"']
        for lang in ["en"] + LANGS:
            body = [texts[lang]["body"][(7 * d + k) % n_body] for k in range(n_paragraphs - 1)]
            write_blocks(out / f"{stem}.{lang}.md", ["## " + heading(texts, lang, d)] + body)
    (out / "lockstep.toml").write_text("\n".join(toml) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["big", "project", "statement"])
    parser.add_argument("out", type=Path, help="output folder (created)")
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "udhr",
                        help="folder with udhr.en.md, udhr.bg.md, ... (default: the repo's tests/fixtures/udhr)")
    parser.add_argument("--paragraphs", type=int, default=20_000, help="size of the big document")
    parser.add_argument("--seed", type=int, default=20240224)
    args = parser.parse_args()
    if not (args.corpus / "udhr.en.md").exists():
        parser.error(f"no udhr.en.md in {args.corpus}: pass --corpus DIR")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.what == "big":
        make_big(load_corpus(args.corpus, ["bg"]), args.out, random.Random(args.seed), args.paragraphs)
    elif args.what == "project":
        make_project(load_corpus(args.corpus, LANGS), args.out, 1000, 50)
    else:
        make_project(load_corpus(args.corpus, LANGS), args.out, 1, 20)


if __name__ == "__main__":
    main()
