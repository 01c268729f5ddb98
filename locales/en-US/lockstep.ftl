# lockstep — English (United States). The reference locale: every other locale has exactly
# these messages, attributes and variables.

## Command line help

cli = Keeps a source document and its translations in step: which translated paragraphs are outdated, what changed, and what to confirm.
    .project = Project folder (default: the nearest folder upward that holds lockstep.toml)
    .ui-lang = Language of lockstep's own messages, such as bg, sr-Latn or el
    .color = When to use colours: auto, always or never (default: auto; NO_COLOR is respected)
    .help = Show this help
    .version = Show the version
    .wait = How long a command that writes waits for another lockstep run, in seconds (default: 60)
cli-init = Create lockstep.toml for a source document and record the memory of its existing translations
    .source = The source document
    .langs = Target languages, separated by commas (BCP 47 tags, such as bg,sr-Cyrl,el,hr)
    .source-lang = The source language (default: en)
    .translations = Where the translations are, with {"{"}lang{"}"} for the language tag (default: <name>.{"{"}lang{"}"}.<extension>)
cli-status = Show, per document and language, how many paragraphs are current, stale, missing or orphaned
    .langs = Only these languages
    .check = Exit with status 1 when anything is not current (for CI)
    .paragraphs = List every paragraph that is not current
    .by-source = One row per source paragraph that is not current everywhere, a column per language
    .format = Output format: text or json (default: text)
cli-diff = Show what changed in the source of each stale paragraph since it was translated, next to the translation
    .lang = The language
    .ids = Only these paragraphs (ids from status --paragraphs)
    .document = Only this document
    .format = Output format: text or json (default: text)
cli-sync = Confirm paragraphs as translated against today's source
    .lang = The language
    .ids = The paragraphs to confirm (ids from status --paragraphs)
    .all = Confirm every paragraph that has a translation
    .document = Only this document
    .dry-run = List what would be confirmed, and write nothing
    .format = Output format: text or json (default: text)
cli-export = Write the stale and missing paragraphs of a language as one PO or XLIFF file for a CAT tool
    .lang = The language
    .documents = Only these documents (default: all)
    .format = File format: po, xliff (1.2) or xliff2 (2.1) (default: po)
    .output = The file to write (default: standard output)
    .all = Every paragraph, current ones too
cli-import = Write the translations of a PO or XLIFF file into the translated documents and confirm them
    .file = The PO or XLIFF file
    .lang = The language, for a file that does not say its own
    .dry-run = List what would be written, and write nothing
    .format = Output format: text or json (default: text)
cli-report = Write a report people open in a browser: the overview of every document and language, and each translation side by side
    .langs = Only these languages (default: all)
    .output = The HTML file to write (default: lockstep-report.html)
    .all = Every paragraph side by side, current ones too (default: the ones that are not current)
cli-minor = Record that today's edit of these source paragraphs needs no new translation, in every language that was up to date
    .paragraphs = Source paragraph numbers (from paragraphs or status --paragraphs)
    .document = The document (needed when the project has several)
    .force = Confirm even an edit that changes words
    .dry-run = List what would be confirmed, and write nothing
    .format = Output format: text or json (default: text)
cli-align = Align a source file with its translation, paragraph by paragraph
    .first = The source file, or a language of the project
    .second = The translation file (when the first argument is a file)
    .document = The document (with a language, when the project has several)
    .format = Output format: text or json (default: text)
cli-check = Check the translations for what a machine can see is wrong: numbers, links, code, scripts, punctuation, length, glossary terms
    .items = Only these languages and documents (default: all)
    .check = Exit with status 1 when a finding of severity error remains (for CI)
    .all = List accepted findings too
    .accept = Accept the findings of this paragraph (ID, or ID:CHECK for one check) until it changes; one language
    .format = Output format: text or json (default: text)
cli-derive = Write the derived translations ([derive] in lockstep.toml) from the languages they are derived from
    .items = Only these derived languages and documents (default: all)
    .force = Overwrite a derived file that was edited by hand
    .dry-run = Say what would be written, and write nothing
    .format = Output format: text or json (default: text)
cli-paragraphs = Show how lockstep reads a file: each paragraph's number, kind, line and text
    .file = The file to read
    .format = Output format: text or json (default: text)

cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-value-dir = DIR
cli-value-seconds = SECONDS
cli-value-tag = TAG
cli-value-when = WHEN
cli-value-lang = LANG
cli-value-langs = LANGS
cli-value-format = FORMAT
cli-value-id = ID
cli-value-doc = DOC
cli-value-para = PARA
cli-value-source = SOURCE
cli-value-target = TARGET
cli-value-template = TEMPLATE
cli-value-file = FILE
cli-value-lang_or_doc = LANG|DOC

cli-error-invalid-value = invalid value “{ $value }” for { $arg } (possible values: { $valid })
cli-error-bad-value = invalid value “{ $value }” for { $arg }
cli-error-missing-value = { $arg } needs a value
cli-error-unknown-argument = unexpected argument “{ $arg }”
cli-error-unknown-command = unknown command “{ $command }”
cli-error-missing-argument = a required argument is missing: { $arg }
cli-error-sync-what = name the paragraphs to confirm (their ids, from “lockstep status --paragraphs”), or confirm every one with --all
cli-error-missing-command = a command is required
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-values = wrong number of values for { $arg }
cli-error-other = the command line is not valid
cli-error-tip = did you mean “{ $suggestion }”?
cli-error-help-hint = For more information, try “--help”.

## Errors. The file and line come first, as in "a.md:3:7: message".

error-prefix = lockstep
error-not-found = file not found
error-permission-denied = permission denied
error-is-directory = is a folder, not a file
error-io = cannot read or write this file
error-not-a-file = not a regular file (a pipe, a device or a socket): lockstep reads only files
error-not-a-directory = a part of this path is a file, not a folder
error-storage-full = no space left on the device
error-quota-exceeded = disk quota exceeded
error-read-only = the file system is read-only
error-file-too-large = the file is too large
error-io-reason = cannot read or write this file: { $reason }
error-utf16-without-bom = this file looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)
error-invalid-utf8 = not valid UTF-8 text
error-project-not-found = no lockstep.toml here or in any folder above (run “lockstep init” to create one)
error-project-exists = lockstep.toml already exists
error-toml-syntax = not valid TOML
error-unknown-key = unknown key “{ $key }”
error-missing-key = missing key “{ $key }”
error-wrong-type = “{ $key }” must be { $expected ->
        [string] a string
        [array] a list
        [boolean] true or false
       *[table] a table
    }
error-bad-language-tag = “{ $tag }” is not a valid language tag (BCP 47, such as bg, sr-Latn or el)
error-duplicate-language = language “{ $tag }” is listed twice, or is the source language
error-template-without-lang = the translations template “{ $path }” has no {"{"}lang{"}"}
error-path-outside-project = the path “{ $path }” leaves the project folder
error-source-missing = the source document does not exist
error-duplicate-file = the file “{ $path }” is used twice in the project
error-language-not-in-project = “{ $tag }” is not one of the project's languages
error-memory-damaged = the memory file is damaged: { $detail ->
        [header] the first line is not a lockstep memory header
        [id] a paragraph id is missing or not made of letters and digits
        [empty] a record has neither source nor translation
        [duplicate-id] this id appears twice
        [record] a stored translation unit cannot be read
        [store] the imported store's files do not fit together; import the TMX files again to rebuild it
        [checksum] its contents do not match the checksum written with it; import the TMX files again to rebuild the store
        [owner] its first line names another document or language: it is not this file's memory
       *[bead] this line is not a valid record
    }
error-memory-version = this memory was written by a newer lockstep (format { $version })
error-unknown-language = “{ $tag }” is not one of the project's languages
error-unknown-bead = no paragraph with id “{ $id }” in this language
error-ambiguous-bead = the id “{ $id }” names paragraphs in several documents; choose one with --document
error-unknown-paragraph = the source has no paragraph { $number }
error-paragraph-unchanged = source paragraph { $number } has not changed since it was translated: there is no edit to confirm
error-edit-changes-words = source paragraph { $number }: the edit changes words ({ $words }); a minor edit is one that needs no new translation (punctuation, case, spacing, a typo). Add --force if every translation still holds
error-unknown-document = “{ $path }” is not a document of the project
error-document-required = the project has several documents; choose one with --document
error-locked = another lockstep run is writing this project: try again when it has finished (--wait SECONDS waits longer)
error-cannot-derive = “{ $tag }” cannot be derived from “{ $from }”: lockstep derives Serbian (or Bosnian) Latin from Cyrillic, from a language that is not itself derived
error-glossary-language = “{ $tag }” in the glossary's first line is not a language tag; the first line names the languages of the columns, the source language first
error-glossary-source = the glossary's first column is “{ $tag }”, not the project's source language
error-glossary-columns = { $count ->
        [one] more cells than the first line names ({ $count } column)
       *[other] more cells than the first line names ({ $count } columns)
    }
error-glossary-no-term = this line has no source term
error-accept-not-synced = paragraph “{ $id }” is not in the memory yet: sync the language before accepting its findings
error-accept-nothing = paragraph “{ $id }” has no such finding to accept
error-accept-one-language = --accept works in one language: name it (lockstep check LANG --accept ID)
error-unknown-check = “{ $check }” is not a check (numbers, urls, code, markup, script, mixed-script, question-mark, quotes, ending, spaces, brackets, repeated-word, untranslated, length, glossary)
error-nothing-derived = no language is derived in this project: declare one in lockstep.toml ([derive] "sr-Latn" = "sr-Cyrl")
error-not-derived = “{ $tag }” is not a derived language
error-sync-derived = { $tag } is derived from { $from }: sync { $from }, and { $tag } follows
error-import-derived = { $tag } is derived from { $from }: import the { $from } translation, and { $tag } follows
error-export-derived = { $tag } is derived from { $from }: export { $from } for translators, and { $tag } follows it
error-derived-record = this record of a derived file is damaged, or belongs to another document or language: delete it, and “lockstep derive” writes it again (a hand edit of the derived file is then no longer told from a file only behind)
error-report-page-in-the-way = a page of the report goes here, and this file was not written by lockstep: move it, or name another report file with -o
waiting-for-lock = waiting for another lockstep run (process { $pid }) to finish; giving up after { $seconds } s…

## States and tables

state-current = current
state-stale = stale
state-missing = missing
state-orphaned = orphaned
intent-omission = omitted
intent-addition = added
confirm-omission = recorded as an intentional omission
confirm-addition = recorded as an intentional addition
percent = { $value }%
status-col-document = Document
status-col-language = Language
status-col-percent = Up to date
status-col-current = current
status-col-stale = stale
status-col-missing = missing
status-col-orphaned = orphaned
status-not-started = { $lang }: { $path } does not exist yet: translation not started
status-not-synced = { $lang }: no memory yet; after checking the alignment, run “lockstep sync { $lang } --all”
warning-stray-memory = warning: { $path } is the memory of no document and language of this project (a renamed document or a removed language?); lockstep does not read it
status-total = { $lang }, all documents: { $percent }% current; { $stale } stale, { $missing } missing, { $orphaned } orphaned, in { $documents } of { $all ->
        [one] { $all } document
       *[other] { $all } documents
    }
status-beads-heading = { $document } → { $lang } ({ $path })
status-by-source-heading = { $document }: source paragraphs not current in every language
status-by-source-none = Every source paragraph is current in every language.
bead-place = ¶{ $source } → ¶{ $target }
bead-target-edited = (translation edited since)

## Diff

diff-heading = { $document } · { $id } · source ¶{ $source } → translation ¶{ $target }
diff-source-label = Source, changes since it was translated:
diff-source-new-label = Source, new since the last sync (not translated yet):
diff-source-removed-label = Source it was last confirmed against (no longer in the source):
diff-intentional = { $what ->
        [omission] Left out of the translation on purpose (recorded by sync): it stays current while its source does not change.
       *[addition] Added in the translation on purpose (recorded by sync): it has no source paragraph.
    }
diff-source-none-label = Source: none (this translation paragraph matches no source paragraph)
diff-target-label = Translation:
diff-target-edited-label = Translation (edited since the source changed):
diff-no-target = (no translation)
diff-none = Nothing is stale in { $lang }.
diff-count = { $count ->
        [one] { $count } stale paragraph in { $lang }.
       *[other] { $count } stale paragraphs in { $lang }.
    }

## Sync, minor, init

sync-done = { $lang }: { $count ->
        [one] { $count } paragraph confirmed
       *[other] { $count } paragraphs confirmed
    }, { $files ->
        [one] { $files } memory file written.
       *[other] { $files } memory files written.
    }
minor-done = Minor edit confirmed in { $languages ->
        [one] { $languages } language.
       *[other] { $languages } languages.
    }
sync-dry-run = { $lang }: { $count ->
        [one] { $count } paragraph would be confirmed
       *[other] { $count } paragraphs would be confirmed
    } (dry run: nothing written).
minor-dry-run = Minor edit would be confirmed in { $languages ->
        [one] { $languages } language
       *[other] { $languages } languages
    } (dry run: nothing written).
init-done = Wrote { $path }; { $count ->
        [0] no translation yet, so no memory recorded.
        [one] memory recorded for { $count } language: { $langs }.
       *[other] memory recorded for { $count } languages: { $langs }.
    }
init-respelled = { $given }: { $expected } does not exist, but { $path } is the same language: recorded as { $tag }.
init-missing = { $lang }: { $path } does not exist yet; every paragraph is missing until it is translated.

## Paragraphs and alignment

paragraphs-col-number = ¶
paragraphs-col-kind = Kind
paragraphs-col-line = Line
paragraphs-col-text = Text
kind-heading = heading
kind-paragraph = paragraph
kind-list_item = list item
kind-quote = quote
kind-table_cell = table cell
align-col-source = Source ¶
align-col-target = Translation ¶
align-col-score = Score
align-col-source-text = Source
align-col-target-text = Translation
align-summary = { $beads ->
        [one] { $beads } pair
       *[other] { $beads } pairs
    }, { $flagged } marked “!” for a closer look (a score below 0.75).
align-omitted = (left out of the translation)
align-added = (added in the translation)

## Translation memory

cli-suggest = Suggest translations from the translation memory for stale and missing paragraphs, or for any text
    .lang = The language
    .ids = Only these paragraphs (ids from status --paragraphs)
    .text = Look up this text instead of the project's paragraphs
    .document = Only this document
    .max = How many matches to show per paragraph (default: 3)
    .min-score = The least similarity, in percent (default: 70)
    .format = Output format: text or json (default: text)
cli-tm = Import and export translation memories (TMX)
cli-tm-import = Import TMX files into the project's translation memory
    .files = The TMX files
cli-tm-export = Export the project's translation memory as a TMX file
    .output = The TMX file to write
    .langs = Only these target languages (default: all)
cli-tm-verify = Check the imported translation memory: every file against its checksum, every unit read
cli-value-text = TEXT
cli-value-n = N
cli-value-percent = PERCENT
suggest-heading = { $document } · { $id } · source ¶{ $source } ({ $state })
suggest-match = { $score } · { $kind } · { $origin }
suggest-kind-context = this paragraph's earlier translation
suggest-kind-exact = exact match
suggest-kind-fuzzy = fuzzy match
suggest-origin-memory = this project, { $document }
suggest-no-match = (no match)
suggest-nothing = Nothing to look up in { $lang }: no stale or missing paragraphs.
diff-suggestion-label = Translation memory:
tm-importing = Importing { $file }
tm-imported = { $units ->
        [one] { $units } unit imported
       *[other] { $units } units imported
    } ({ $duplicates ->
        [one] { $duplicates } was
       *[other] { $duplicates } were
    } already there); the imported memory holds { $total } in all.
tm-skipped-unit = warning: a translation unit skipped: a text of it is longer than { $limit } MiB
tm-exported = { $units ->
        [one] { $units } unit written to { $path }.
       *[other] { $units } units written to { $path }.
    }
tm-verified = { $units ->
        [one] The imported memory is whole: { $units } unit.
       *[other] The imported memory is whole: { $units } units.
    }
tmx-io = cannot read this file
tmx-bad-encoding = the text is not valid in the file's encoding
tmx-unknown-encoding = lockstep cannot read the encoding “{ $encoding }”
tmx-malformed = not well-formed XML: { $problem ->
        [mismatched-end-tag] the end tag “{ $found }” does not close “{ $expected }”
        [unmatched-end-tag] the end tag “{ $found }” closes no element
        [unexpected-eof] the file ends inside an element
        [no-root-element] there is no root element
        [unclosed-tag] a tag is not closed
        [unclosed-attribute-value] an attribute value is not closed
       *[markup] the markup is broken here
    }
tmx-unknown-entity = the entity “{ $entity }” is not one that XML predefines; lockstep never expands entities
tmx-bad-char-ref = “{ $reference }” names no character
tmx-dtd-refused = refused: the document declares entities or a DTD of its own, which lockstep never expands
tmx-not-tmx = not a TMX document (the root element is “{ $element }”)
tmx-missing-lang = a translation variant has no language (xml:lang)
tmx-bad-lang = “{ $tag }” is not a language code
tmx-missing-seg = a translation variant has no segment (seg)
tmx-no-variants = a translation unit has no variants
tmx-too-long = a piece of this file without markup is longer than { $limit } MiB: lockstep does not import texts that long
exchange-title = { $project }: paragraphs to translate into { $lang }
exchange-changed = Changed in the source since the translation:
export-nothing = { $lang }: nothing to export, every paragraph is current; no file written.
export-done = { $count ->
        [one] { $count } paragraph of { $lang } written to { $path }
       *[other] { $count } paragraphs of { $lang } written to { $path }
    } ({ $stale } stale, { $missing } missing).
import-done = { $lang }: { $written ->
        [one] { $written } paragraph written and confirmed
       *[other] { $written } paragraphs written and confirmed
    }, { $skipped } skipped; { $files ->
        [one] { $files } file written.
       *[other] { $files } files written.
    }
import-dry-run = { $lang }: { $written ->
        [one] { $written } paragraph would be written and confirmed
       *[other] { $written } paragraphs would be written and confirmed
    }, { $skipped } skipped (dry run: nothing written).
import-written = written and confirmed (was { $state })
import-still-stale = written, still stale: the source changed after the export
import-skip-fuzzy = skipped: marked fuzzy
import-skip-empty = skipped: no translation
import-skip-unchanged = skipped: already the translation, and current
import-skip-not-done = skipped: still marked as needing translation, and its text is the document's or a copy of the source
import-skip-incomplete = skipped: split into segments, and a segment has no translation
import-skip-table-cell = skipped: a new table cell (a new row or column): add it to the table by hand
import-skip-changed-since-export = skipped: the translation in the document changed after the export (export again, so as not to overwrite that work)
import-skip-source-removed = skipped: the source paragraph was removed
import-skip-scattered = skipped: the translation stands in several places of the document
import-skip-would-not-fit = skipped: written there, the text would not read back as the same paragraphs (a list marker or a heading at its start?)
exchange-never-synced = { $lang } was never synced, so every paragraph would be missing: confirm the translation as it stands first (lockstep sync { $lang } --all)
exchange-po-syntax = not a PO line lockstep can read
exchange-xml-syntax = not well-formed XML
exchange-not-ours = this entry was not exported by lockstep (it names no document and paragraph)
exchange-no-language = the file does not say its target language: name it with --lang
exchange-wrong-language = the file is for “{ $tag }”, which is not a language of this project
exchange-wrong-source-language = the file translates from “{ $tag }”, which is not the project's source language
exchange-unknown-document = “{ $path }” is not a document of this project
exchange-unknown-bead = no paragraph “{ $id }” in this document: is the file for another project, or was the paragraph removed? (export again)
exchange-duplicate-entry = the paragraph “{ $id }” comes twice in the file
exchange-inline-code = a <{ $element }> code in a translation: lockstep exported plain text and cannot place it
exchange-changed-meanwhile = the translation changed while the import was reading it: run the import again
report-title = { $project }: translations
report-made = Made by lockstep on { $date }. Source language: { $lang }.
report-overview = Overview
report-document = Document
report-totals = All documents
report-only-open = Show only the paragraphs that are not current
report-detail-title = { $document } → { $lang }
report-detail-empty = Every paragraph is current.
report-col-pair = Paragraph
report-col-source = Source
report-col-translation = Translation
report-col-memory = Translation memory
report-no-source = (no source paragraph)
report-no-translation = (no translation)
report-diff = Changed since the translation:
report-cell = { $current } current · { $stale } stale · { $missing } missing · { $orphaned } orphaned
report-not-started = not started: { $missing } missing
report-confirmed = last confirmed { $date }
report-waiting = { $days ->
        [one] oldest stale: confirmed { $days } day ago
       *[other] oldest stale: confirmed { $days } days ago
    }
report-written = { $rows ->
        [one] Report written to { $path } ({ $rows } paragraph side by side).
       *[other] Report written to { $path } ({ $rows } paragraphs side by side).
    }
report-prev = previous page
report-next = next page
report-page = page { $page } of { $pages }
report-pages = { $pages ->
        [one] The paragraphs are on { $pages } more page beside it, so that a browser opens each quickly.
       *[other] The paragraphs are on { $pages } more pages beside it, so that a browser opens each quickly.
    }

## lockstep check
check-error = error
check-warning = warning
check-accepted = accepted
check-source-at = source: { $place }
check-summary = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } in { $beads ->
        [one] { $beads } paragraph checked
       *[other] { $beads } paragraphs checked
    }
check-accepted-hidden = { $count ->
        [one] { $count } accepted finding not shown (--all shows it)
       *[other] { $count } accepted findings not shown (--all shows them)
    }
check-accept-done = { $lang } { $id }: accepted ({ $checks }) until the paragraph changes
check-untranslated = the translation is the source text, untranslated
check-number-missing = the number “{ $number }” of the source is not in the translation
check-number-extra = the number “{ $number }” is not in the source
check-number-changed = the number “{ $number }” of the source is “{ $found }” here
check-url-missing = the link or address “{ $item }” of the source is not in the translation
check-url-extra = the link or address “{ $item }” is not in the source
check-code-missing = the code “{ $item }” of the source is not in the translation
check-code-extra = the code “{ $item }” is not in the source
check-markup = { $what ->
        [links] links
        [images] images
        [emphasis] emphasis
       *[footnotes] footnote references
    }: { $source } in the source, { $target } in the translation
check-mixed-script = “{ $word }” mixes scripts: “{ $letters }” is a letter of another script
check-look-alike = “{ $word }” is written in { $script ->
        [Latn] Latin
        [Cyrl] Cyrillic
       *[Grek] Greek
    } letters that look like the language's own
check-script = “{ $word }” is in { $script ->
        [Latn] Latin
        [Cyrl] Cyrillic
       *[Grek] Greek
    } script, and the source does not have it (allow it in lockstep.toml: [check] allow)
check-question-mark = a Greek question ends with “;”, not “?”
check-quotes = the quotation mark “{ $found }” is not the language's: { $expected }
check-quotes-unbalanced = the quotation marks { $quote } do not pair
check-ending = the source ends { $source ->
        [stop] with a full stop
        [question] with a question mark
        [exclamation] with an exclamation mark
        [pause] with a comma, colon or semicolon
       *[none] without punctuation
    }, the translation { $target ->
        [stop] with a full stop
        [question] with a question mark
        [exclamation] with an exclamation mark
        [pause] with a comma, colon or semicolon
       *[none] without punctuation
    }
check-marks = { $what ->
        [question] question marks
       *[exclamation] exclamation marks
    }: { $source } in the source, { $target } in the translation
check-spaces-double = two spaces in a row
check-spaces-before = a space before “{ $mark }”
check-spaces-inside = a space inside “{ $mark }”
check-brackets = the bracket “{ $bracket }” has no partner
check-repeated-word = “{ $word }” twice in a row
check-length = the translation is { $ratio } times the length the source leads to expect ({ $target } characters for about { $expected })
check-glossary = the source has “{ $term }”, and the translation none of the glossary's “{ $expected }”

## lockstep derive
derive-written = { $file }: written from { $parent } ({ $from })
derive-up-to-date = { $file }: up to date with { $parent }
derive-overwritten = { $file }: written from { $parent } ({ $from }); the hand edits from line { $line } on were overwritten
derive-edited = { $file }:{ $line }: edited by hand since lockstep derived it from { $parent }; not overwritten (--force overwrites it)
derive-no-parent = { $file }: nothing to derive, { $parent } does not exist
derive-dry-run = Dry run: nothing was written.
status-derived-edited = { $path }:{ $line }: { $lang } is derived from { $from } and was edited by hand (lockstep derive --force overwrites it)
status-derived-behind = { $path }: { $lang } is behind { $from }: run “lockstep derive”
