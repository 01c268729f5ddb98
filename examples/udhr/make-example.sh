#!/usr/bin/env bash
# Rebuilds the example's memory from the original texts, then moves the English source on.
# Usage: examples/udhr/make-example.sh [ORIGINAL_ENGLISH]  (default: the test fixture)
# Run from the repository's root after `cargo build --release`.
set -euo pipefail
here=examples/udhr
bin=${LOCKSTEP:-target/release/lockstep}
cp "${1:-tests/fixtures/udhr/udhr.en.md}" "$here/udhr.en.md"
rm -rf "$here/.lockstep" "$here/lockstep.toml"
# A fixed date keeps the recorded memory reproducible.
(cd "$here" && SOURCE_DATE_EPOCH=1765324800 "../../$bin" init udhr.en.md --lang bg,sr-Cyrl,el,hr)
python3 - "$here/udhr.en.md" <<'PY'
import sys
path = sys.argv[1]
blocks = open(path, encoding="utf-8").read().rstrip("\n").split("\n\n")
def after(heading):
    return blocks.index("## " + heading) + 1
a3, a12, a19 = after("Article 3"), after("Article 12"), after("Article 19")
blocks[a3] = blocks[a3].replace("life, liberty and", "life, liberty, privacy and")
blocks[a12] += " This protection extends to personal data held by public and private bodies."
blocks[a19] = blocks[a19].replace("through any media", "through any media, online or offline,")
item3 = next(i for i in range(after("Article 29"), len(blocks)) if blocks[i].startswith("3. "))
del blocks[item3]
blocks.insert(a3 + 1, "Everyone has the right to a clean, healthy and sustainable environment.")
open(path, "w", encoding="utf-8").write("\n\n".join(blocks) + "\n")
PY
