# Sourced by bench scripts: `big_project LOCKSTEP WORK DIR` makes DIR a project of the
# 20,000-paragraph benchmark document (bench/gen_corpus.py big, generated into WORK/big): English
# and Bulgarian, synced, then the English replaced by its edited version, so that 1,000
# paragraphs are stale.

big_project() {
    local lockstep=$1 work=$2 dir=$3
    [[ -f $work/big/orig.en.md ]] || python3 "$(dirname "${BASH_SOURCE[0]}")/gen_corpus.py" big "$work/big" > /dev/null
    mkdir -p "$dir"
    cp "$work/big/orig.en.md" "$dir/doc.en.md"
    cp "$work/big/orig.bg.md" "$dir/doc.bg.md"
    printf 'source_lang = "en"\nlanguages = ["bg"]\n\n[[document]]\nsource = "doc.en.md"\ntranslations = "doc.{lang}.md"\n' \
        > "$dir/lockstep.toml"
    "$lockstep" --project "$dir" sync bg --all > /dev/null
    cp "$work/big/edited.en.md" "$dir/doc.en.md"
}
