#!/usr/bin/env python3
"""Writes locales/sr-Latn/lockstep.ftl from locales/sr-Cyrl/lockstep.ftl.

Serbian Latin is exactly the transliteration of Serbian Cyrillic, letter for letter: fix a
message in sr-Cyrl, run `python3 locales/make-sr-latn.py`, and commit both files. The test
suite fails when the committed sr-Latn file differs from what this script makes (the test
carries the same table; change both together).

With --stdout, prints the file instead of writing it.

Only Cyrillic letters change: message ids, variables, file names and other Latin text stay as
they are. Љ, Њ and Џ become Lj, Nj and Dž, or LJ, NJ and DŽ in a word written in capitals.
"""

import pathlib
import sys

LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}

HEADER = (
    "# lockstep — srpski (latinica). Napravljeno iz sr-Cyrl/lockstep.ftl skriptom\n"
    "# locales/make-sr-latn.py: ne menjajte ovu datoteku, već sr-Cyrl, pa pokrenite skriptu.\n"
    "# Generated from sr-Cyrl/lockstep.ftl by locales/make-sr-latn.py: do not edit.\n"
)


def transliterate(text: str) -> str:
    """Serbian Cyrillic to Serbian Latin; every other character is kept."""
    out = []
    for i, c in enumerate(text):
        lower = c.lower()
        latin = LETTERS.get(lower)
        if latin is None:
            out.append(c)
        elif c == lower:
            out.append(latin)
        elif len(latin) == 1:
            out.append(latin.upper())
        else:
            # A digraph: all capitals when the word around it is written in capitals.
            after = text[i + 1] if i + 1 < len(text) else ""
            before = text[i - 1] if i > 0 else ""
            capitals = after.isupper() or (not after.isalpha() and before.isupper())
            out.append(latin.upper() if capitals else latin[0].upper() + latin[1:])
    return "".join(out)


def generate(cyrillic: str) -> str:
    """The sr-Latn file for the text of the sr-Cyrl file: its opening comment replaced by
    HEADER, the rest transliterated."""
    lines = cyrillic.splitlines(keepends=True)
    start = 0
    while start < len(lines) and lines[start].startswith("# "):
        start += 1
    return HEADER + transliterate("".join(lines[start:]))


def main() -> int:
    locales = pathlib.Path(__file__).resolve().parent
    source = (locales / "sr-Cyrl" / "lockstep.ftl").read_text(encoding="utf-8")
    if sys.argv[1:] == ["--stdout"]:
        sys.stdout.buffer.write(generate(source).encode("utf-8"))
        return 0
    target = locales / "sr-Latn" / "lockstep.ftl"
    target.parent.mkdir(exist_ok=True)
    target.write_text(generate(source), encoding="utf-8", newline="\n")
    print(f"wrote {target.relative_to(locales.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
