#!/usr/bin/env python3
"""How well `lockstep check` finds defects, on the UDHR translations, beside Translate Toolkit's
pofilter.

    check_defects.py [--lockstep BIN] [--corpus DIR] [--seed N] [--trials N] [--langs ...]
                     [--no-pofilter] [--keep]

The corpus folder is the shared parallel corpus (its udhr/ holds udhr.<lang>.md and the gold
alignments); the default is ../shared/corpus beside the repository.

1. Clean. Each official translation (bg, sr-Cyrl, sr-Latn, el, hr) is synced with the English
   and checked as it is, and once more with markup added to both sides (a link, inline code and
   emphasis in every fifth 1-1 paragraph, which the defects of part 2 need): every finding is
   listed, per 100 paragraphs.

2. Defects. For each language and each kind of defect, TRIALS copies of the marked-up UDHR pair
   are synced; then one defect of that kind is put into one paragraph of each copy's
   translation, chosen at random with the seed. A defect counts as found when `check` reports a
   finding of the kind's check on that paragraph's line. The kinds and what is done:
     numbers        a digit changed (Article 3 becomes Article 4)
     mixed-script   one letter replaced by its look-alike of another script (Cyrillic о → Latin o)
     script         a word of four letters or more transliterated into another script
     quotes         a word put in typewriter quotes "…" (the languages' own are „…“ and «…»)
     ending         the final full stop of a paragraph removed (where its source ends with one)
     question-mark  (el) the final full stop made a "?"
     spaces         a space between two words doubled
     brackets       an opening bracket put before a word, never closed
     repeated-word  a word written twice
     untranslated   the paragraph replaced by its English source
     length         a paragraph of 150 characters or more cut to its first half
     urls           the link's URL changed by one letter
     code           the inline code changed by one letter
     markup         the emphasis removed
     glossary       a glossary term of the paragraph replaced by another word (bench/udhr-terms.tsv)
   The same files are exported as PO (`lockstep export LANG --all --format po`) and run through
   `pofilter --language=LANG` (its default checks): a defect counts as found by pofilter when
   the entry holding that paragraph is flagged by a check that did not flag it in the clean
   text (pofilter flags many clean entries already: those flags are listed in part 1).

Prints Markdown tables: findings on the clean texts, and found/TRIALS per kind, language and
tool.
"""
import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGS = ["bg", "sr-Cyrl", "sr-Latn", "el", "hr"]
KINDS = [
    "numbers", "mixed-script", "script", "quotes", "ending", "question-mark", "spaces", "brackets",
    "repeated-word", "untranslated", "length", "urls", "code", "markup", "glossary",
]
# The checks that count as finding each kind.
EXPECT = {k: {k} for k in KINDS}
EXPECT["script"] = {"script", "mixed-script"}
EXPECT["question-mark"] = {"question-mark", "ending"}
URL = "https://www.ohchr.org/en/universal-declaration-of-human-rights"
CODE = "udhr-1948"
# Replacements of a glossary term, per language.
OTHER_WORD = {"bg": "нещо", "sr-Cyrl": "нешто", "sr-Latn": "nešto", "el": "κάτι", "hr": "nešto"}

CYR_TO_LAT = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX"))
GRK_TO_LAT = dict(zip("οαινκρτυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "oaivkptuABEZHIKMNOPTYX"))
LAT_TO_CYR = dict(zip("aeopcxyABEKMHOPCTX", "аеорсхуАВЕКМНОРСТХ"))
BG_LATIN = dict(zip("абвгдезийклмнопрстуфхц", "abvgdezijklmnoprstufhc")) | {
    "ж": "zh", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}
SR_LATIN = dict(zip("абвгдђежзијклмнопрстћуфхцчш", "abvgdđežzijklmnoprstćufhcčš")) | {
    "љ": "lj", "њ": "nj", "џ": "dž",
}
SR_CYRILLIC = {v: k for k, v in SR_LATIN.items()}
GR_LATIN = dict(zip("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςϊϋΐΰ", "avgdeziqiklmnxoprstyfxpoaeiiouosiiiy"))


def letters(word):
    return sum(1 for c in word if c.isalpha())


def translit(word, lang):
    """A word typed in the other script."""
    lower = word.lower()
    if lang == "bg":
        out = "".join(BG_LATIN.get(c, c) for c in lower)
    elif lang == "sr-Cyrl":
        out = "".join(SR_LATIN.get(c, c) for c in lower)
    elif lang == "el":
        out = "".join(GR_LATIN.get(c, c) for c in unicodedata.normalize("NFC", lower))
    else:
        out, i = "", 0
        while i < len(lower):
            two = lower[i:i + 2]
            if two in SR_CYRILLIC:
                out += SR_CYRILLIC[two]
                i += 2
            else:
                out += SR_CYRILLIC.get(lower[i], lower[i])
                i += 1
    return out.capitalize() if word[:1].isupper() else out


def blocks(path):
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n\n")


def gold_pairs(corpus, lang):
    """The 1-1 rows of the gold alignment: (English block, translation block), 0-based."""
    rows = (corpus / "udhr" / "gold" / f"udhr.en-{lang}.gold.tsv").read_text(encoding="utf-8").splitlines()[1:]
    out = []
    for row in rows:
        cols = row.split("\t")
        if cols[2] == "1-1":
            out.append((int(cols[0]) - 1, int(cols[1]) - 1))
    return out


def marked_up(en, tgt, pairs):
    """Both sides with a link, inline code and emphasis in every fifth 1-1 body paragraph; the
    translation blocks that have them."""
    en, tgt = list(en), list(tgt)
    marked = set()
    for k, (i, j) in enumerate(pairs):
        if k % 5 or en[i].startswith("#") or tgt[j].startswith("#"):
            continue
        for side, n in ((en, i), (tgt, j)):
            words = side[n].split(" ")
            lead = 0
            # After a list marker ("1. "), the first word.
            if re.fullmatch(r"\d+\.", words[0]) and len(words) > 1:
                lead = 1
            words[lead] = f"*{words[lead]}*"
            side[n] = " ".join(words) + f" [OHCHR]({URL}) `{CODE}`"
        marked.add(j)
    return en, tgt, marked


def load_glossary():
    lines = [l for l in (HERE / "udhr-terms.tsv").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    head = lines[0].split("\t")
    terms = []
    for line in lines[1:]:
        cells = line.split("\t")
        terms.append({head[k]: cells[k] for k in range(len(cells))})
    return terms


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def term_in(text, forms):
    """The spans of the words of `text` that start one of `forms` (a stem: the form less its
    final vowels or its `*`); empty when none does."""
    spans = []
    for form in forms.split("|"):
        first = form.split()[0]
        stem = fold(first.rstrip("*")).rstrip("aeiouyаеиоуъьяюйαεηιουω") if not first.endswith("*") else fold(first[:-1])
        if len(stem) < 3:
            continue
        spans.extend(m.span() for m in re.finditer(r"\w+", text) if fold(m.group()).startswith(stem))
    return sorted(set(spans))


def inject(kind, lang, en_block, block, rng, terms):
    """The block with one defect of `kind`, or None when the block cannot have one. Defects of
    the prose go into the prose: not into a list marker, the added link or the inline code."""
    prose_end = block.find(" [OHCHR](") if " [OHCHR](" in block else len(block)
    marker = re.match(r"\d+\. ", block)
    prose_start = marker.end() if marker else 0
    words = [
        m for m in re.finditer(r"\w+", block)
        if letters(m.group()) == len(m.group()) and prose_start <= m.start() and m.end() <= prose_end
    ]
    if kind == "numbers":
        digits = [m.start() for m in re.finditer(r"\d", block) if prose_start <= m.start() < prose_end]
        if not digits:
            return None
        at = rng.choice(digits)
        return block[:at] + str((int(block[at]) + 1) % 10) + block[at + 1:]
    if kind == "mixed-script":
        table = {"el": GRK_TO_LAT, "hr": LAT_TO_CYR, "sr-Latn": LAT_TO_CYR}.get(lang, CYR_TO_LAT)
        spots = [m.start() + k for m in words if len(m.group()) >= 2 for k, c in enumerate(m.group()) if c in table]
        if not spots:
            return None
        at = rng.choice(spots)
        return block[:at] + table[block[at]] + block[at + 1:]
    if kind == "script":
        long = [m for m in words if len(m.group()) >= 4]
        if not long:
            return None
        m = rng.choice(long)
        return block[:m.start()] + translit(m.group(), lang) + block[m.end():]
    if kind == "quotes":
        long = [m for m in words if len(m.group()) >= 3]
        if not long:
            return None
        m = rng.choice(long)
        return block[:m.start()] + f'"{m.group()}"' + block[m.end():]
    if kind in ("ending", "question-mark"):
        # A full stop lost where the source has one too.
        if block.startswith("#") or not block.endswith(".") or not en_block.endswith("."):
            return None
        return block[:-1] + ("?" if kind == "question-mark" else "")
    if kind == "spaces":
        spaces = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", block) if prose_start < m.start() < prose_end]
        if not spaces:
            return None
        at = rng.choice(spaces)
        return block[:at] + " " + block[at:]
    if kind == "brackets":
        if len(words) < 3:
            return None
        m = rng.choice(words[1:])
        return block[:m.start()] + "(" + block[m.start():]
    if kind == "repeated-word":
        long = [m for m in words if len(m.group()) >= 2]
        if not long:
            return None
        m = rng.choice(long)
        return block[:m.end()] + " " + m.group() + block[m.end():]
    if kind == "untranslated":
        if block.startswith("#"):
            return None
        return en_block
    if kind == "length":
        if sum(1 for c in block if not c.isspace()) < 150:
            return None
        parts = block.split(" ")
        return " ".join(parts[: len(parts) // 2])
    if kind == "urls":
        return block.replace("ohchr.org", "ohcrh.org", 1) if URL in block else None
    if kind == "code":
        return block.replace(f"`{CODE}`", f"`{CODE[::-1]}`", 1) if CODE in block else None
    if kind == "markup":
        m = re.search(r"\*([^*]+)\*", block)
        return block[:m.start()] + m.group(1) + block[m.end():] if m else None
    if kind == "glossary":
        for t in terms:
            if lang not in t or not t[lang] or not term_in(en_block, t["en"]):
                continue
            spans = term_in(block, t[lang])
            # Every form of the term replaced: the translator used another word throughout.
            for start, end in reversed(spans):
                block = block[:start] + OTHER_WORD[lang] + block[end:]
            if spans:
                return block
        return None
    raise ValueError(kind)


def po_text(block):
    """A block as a PO entry holds it: without its heading or list marker, spaces folded."""
    return " ".join(re.sub(r"^(#+ |\d+\. )", "", block).split())


def run(lockstep, project, *args, check=True):
    out = subprocess.run([str(lockstep), "--project", str(project), *args], capture_output=True, text=True)
    if check and out.returncode not in (0, 1):
        sys.exit(f"lockstep {' '.join(args)}: {out.stderr}")
    return out.stdout


def write_project(folder, lang, docs, glossary):
    """A project of documents {name: (english blocks, translation blocks)}."""
    folder.mkdir(parents=True, exist_ok=True)
    toml = [f'source_lang = "en"\nlanguages = ["{lang}"]\n']
    if glossary:
        shutil.copy(HERE / "udhr-terms.tsv", folder / "terms.tsv")
        toml.insert(0, 'glossary = "terms.tsv"\n')
    for name, (en, tgt) in docs.items():
        (folder / f"{name}.en.md").write_text("\n\n".join(en) + "\n", encoding="utf-8")
        (folder / f"{name}.{lang}.md").write_text("\n\n".join(tgt) + "\n", encoding="utf-8")
        toml.append(f'[[document]]\nsource = "{name}.en.md"\ntranslations = "{name}.{{lang}}.md"\n')
    (folder / "lockstep.toml").write_text("\n".join(toml), encoding="utf-8")


def check_json(lockstep, project):
    return json.loads(run(lockstep, project, "check", "--format", "json"))


def pofilter_flags(lockstep, project, lang, work):
    """The entries pofilter flags: {(document, translation text): [tests]}; and per test the count."""
    po = work / f"{project.name}.po"
    run(lockstep, project, "export", lang, "--all", "--format", "po", "-o", str(po))
    out = work / f"{project.name}.flagged.po"
    subprocess.run(["pofilter", "--progress=none", f"--language={lang.split('-')[0]}", "-i", str(po), "-o", str(out)],
                   capture_output=True, check=True)
    flagged = {}
    tests = Counter()
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    for entry in text.split("\n\n"):
        found = re.findall(r"^# \(pofilter\) ([\w-]+):", entry, re.M)
        ctx = re.search(r'^msgctxt "(.*)"', entry, re.M)
        if not found or not ctx:
            continue
        msgstr = "".join(re.findall(r'^(?:msgstr )?"(.*)"$', entry.split("\nmsgstr ")[-1], re.M))
        msgstr = re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), msgstr)
        doc = ctx.group(1).split("#")[0]
        flagged[(doc, " ".join(msgstr.split()))] = found
        tests.update(found)
    return flagged, tests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lockstep", default=str(ROOT / "target" / "release" / "lockstep"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--trials", type=int, default=50)
    ap.add_argument("--langs", nargs="*", default=LANGS)
    ap.add_argument("--no-pofilter", action="store_true")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    lockstep, corpus = Path(args.lockstep).resolve(), Path(args.corpus).resolve()
    pofilter = not args.no_pofilter and shutil.which("pofilter") is not None
    if not args.no_pofilter and not pofilter:
        print("pofilter not installed (pip install translate-toolkit): its column is left out")
    work = Path(tempfile.mkdtemp(prefix="lockstep-check-"))
    terms = load_glossary()
    en = blocks(corpus / "udhr" / "udhr.en.md")
    clean_rows, kind_rows, po_clean = [], defaultdict(dict), {}
    for lang in args.langs:
        tgt = blocks(corpus / "udhr" / f"udhr.{lang}.md")
        pairs = gold_pairs(corpus, lang)
        men, mtgt, marked = marked_up(en, tgt, pairs)
        to_source = {j: i for i, j in pairs}
        # 1. Clean.
        clean = work / f"clean-{lang}"
        write_project(clean, lang, {"udhr": (en, tgt), "marked": (men, mtgt)}, glossary=True)
        run(lockstep, clean, "sync", lang, "--all")
        result = check_json(lockstep, clean)
        paragraphs = len(tgt) + len(mtgt)
        listed = [f"{f['file']}:{f['line']} {f['check']} {f['message']}" for f in result["findings"]]
        clean_rows.append((lang, paragraphs, len(result["findings"]), listed))
        clean_flags = {}
        if pofilter:
            clean_flags, tests = pofilter_flags(lockstep, clean, lang, work)
            po_clean[lang] = tests
        # 2. Defects, one project per language.
        project = work / f"defects-{lang}"
        docs, injected = {}, {}
        for kind in KINDS:
            if kind == "question-mark" and lang != "el":
                continue
            rng = random.Random(f"{args.seed}-{lang}-{kind}")
            candidates = [j for j in sorted(to_source) if inject(kind, lang, men[to_source[j]], mtgt[j], random.Random(0), terms)]
            for t in range(args.trials):
                j = rng.choice(candidates)
                name = f"{kind}-{t:02}"
                broken = list(mtgt)
                broken[j] = inject(kind, lang, men[to_source[j]], mtgt[j], rng, terms)
                docs[name] = (men, mtgt)
                injected[name] = (kind, j, broken)
        write_project(project, lang, docs, glossary=True)
        run(lockstep, project, "sync", lang, "--all")
        for name, (kind, j, broken) in injected.items():
            (project / f"{name}.{lang}.md").write_text("\n\n".join(broken) + "\n", encoding="utf-8")
        result = check_json(lockstep, project)
        by_place = defaultdict(set)
        for f in result["findings"]:
            by_place[(f["file"], f["line"])].add(f["check"])
        flagged = pofilter_flags(lockstep, project, lang, work)[0] if pofilter else {}
        for kind in KINDS:
            names = [n for n, (k, _, _) in injected.items() if k == kind]
            if not names:
                continue
            found = sum(1 for n in names if by_place[(f"{n}.{lang}.md", 2 * injected[n][1] + 1)] & EXPECT[kind])
            # pofilter flags many clean entries already: a defect is found when its entry gets a
            # test the clean entry did not have.
            def po_new(n):
                _, j, broken = injected[n]
                before = set(clean_flags.get(("marked.en.md", po_text(mtgt[j])), []))
                return bool(set(flagged.get((f"{n}.en.md", po_text(broken[j])), [])) - before)

            po_found = sum(1 for n in names if po_new(n))
            kind_rows[kind][lang] = (found, po_found if pofilter else None, len(names))
    print("## Clean official translations (plain, and with markup added to both sides)\n")
    print("| language | paragraphs | findings | per 100 paragraphs |")
    print("|---|---:|---:|---:|")
    for lang, n, k, _ in clean_rows:
        print(f"| {lang} | {n} | {k} | {100 * k / n:.2f} |")
    for lang, _, _, listed in clean_rows:
        for line in listed:
            print(f"- {lang}: {line}")
    if pofilter:
        print("\npofilter on the same clean texts (entries flagged, by test):\n")
        for lang, tests in po_clean.items():
            print(f"- {lang}: {sum(tests.values())} flags: " + ", ".join(f"{t} {n}" for t, n in tests.most_common()))
    print(f"\n## Injected defects, found of {args.trials} (lockstep / pofilter)\n")
    print("| kind | " + " | ".join(args.langs) + " | lockstep | pofilter |")
    print("|---|" + "---:|" * (len(args.langs) + 2))
    for kind in KINDS:
        if not kind_rows[kind]:
            continue
        cells, tot, po_tot, n_tot = [], 0, 0, 0
        for lang in args.langs:
            if lang not in kind_rows[kind]:
                cells.append("–")
                continue
            f, p, n = kind_rows[kind][lang]
            tot, n_tot = tot + f, n_tot + n
            po_tot += p or 0
            cells.append(f"{f} / {p}" if p is not None else f"{f}")
        po_share = f"{100 * po_tot / n_tot:.0f} %" if pofilter else "–"
        print(f"| {kind} | " + " | ".join(cells) + f" | {100 * tot / n_tot:.0f} % | {po_share} |")
    if args.keep:
        print(f"\ndata in {work}")
    else:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
