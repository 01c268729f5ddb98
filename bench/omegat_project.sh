# Sourced by the bench scripts that run OmegaT: `omegat_project DIR SOURCE_LANG TARGET_LANG`
# writes DIR/omegat.project with the default folders, sentence segmentation off (one paragraph,
# one segment) and OmegaT's Lucene tokenizers where it has one for the language.

omegat_tok() {
    case "${1%%-*}" in
        en) echo org.omegat.tokenizer.LuceneEnglishTokenizer ;;
        bg) echo org.omegat.tokenizer.LuceneBulgarianTokenizer ;;
        el) echo org.omegat.tokenizer.LuceneGreekTokenizer ;;
        *) echo org.omegat.tokenizer.DefaultTokenizer ;;
    esac
}

omegat_project() {
    cat > "$1/omegat.project" <<EOF2
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>$2</source_lang>
        <target_lang>$3</target_lang>
        <source_tok>$(omegat_tok "$2")</source_tok>
        <target_tok>$(omegat_tok "$3")</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
EOF2
}
