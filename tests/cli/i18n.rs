//! The interface in every shipped language.
//!
//! The Fluent files against `en-US` (messages, attributes, variables) and against CLDR's plural
//! categories; Serbian Latin as the exact transliteration of Serbian Cyrillic; the choice of
//! locale from the environment, as a user's system sets it; and what users see in each locale:
//! snapshots of `status`, `diff`, errors and `--help`, no English and no wrong script, and the
//! Serbian and Croatian plural forms of counts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use assert_cmd::Command;
use fluent_syntax::ast;
use lockstep::text::translit::serbian_to_latin;
use ui::{FALLBACK, LOCALES};

use crate::support::{Project, example};

/// The binary's own message catalogue and localizer, compiled here as they are in the binary.
#[allow(dead_code)]
#[path = "../../src/i18n.rs"]
mod ui;

// ---------------------------------------------------------------------------------------------
// The Fluent files

/// What a message value or attribute (`id` or `id.attr`) uses: its variables and the
/// selectors on a number (the keys of their variants, by CLDR category or exact number).
#[derive(Debug, Default)]
struct Entry {
    variables: BTreeSet<String>,
    plurals: Vec<Plural>,
    text: String,
}

/// A selector on a number: `{ $count -> [one] … *[other] … }`.
#[derive(Debug)]
struct Plural {
    variable: String,
    categories: BTreeSet<String>,
    default: String,
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The CLDR plural categories of cardinal numbers in a locale (checked against
/// `intl_pluralrules` below). A new language needs its line here.
fn cldr_categories(tag: &str) -> BTreeSet<String> {
    let language = tag.split('-').next().unwrap_or(tag);
    let categories: &[&str] = match language {
        "en" | "bg" | "el" => &["one", "other"],
        "hr" | "sr" | "bs" => &["one", "few", "other"],
        _ => panic!("add the CLDR plural categories of “{tag}” to cldr_categories in tests/cli/i18n.rs"),
    };
    categories.iter().map(|c| c.to_string()).collect()
}

fn ftl_path(tag: &str) -> String {
    format!("locales/{tag}/lockstep.ftl")
}

/// The entries of a Fluent file, or its syntax errors.
fn entries(tag: &str, source: &str) -> Result<BTreeMap<String, Entry>, Vec<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    let line = source[..e.pos.start.min(source.len())].matches('\n').count() + 1;
                    format!("{}:{line}: {:?}", ftl_path(tag), e.kind)
                })
                .collect());
        }
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        let id = message.id.name.to_string();
        if let Some(value) = &message.value {
            out.insert(id.clone(), entry_of(value));
        }
        for attribute in &message.attributes {
            out.insert(format!("{id}.{}", attribute.id.name), entry_of(&attribute.value));
        }
    }
    Ok(out)
}

fn entry_of(pattern: &ast::Pattern<&str>) -> Entry {
    let mut entry = Entry::default();
    walk_pattern(pattern, &mut entry);
    entry
}

fn walk_pattern(pattern: &ast::Pattern<&str>, entry: &mut Entry) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => entry.text.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, entry),
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, entry: &mut Entry) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, entry),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, entry);
            let numeric = variants.iter().any(|v| match &v.key {
                ast::VariantKey::Identifier { name } => CATEGORIES.contains(name),
                ast::VariantKey::NumberLiteral { .. } => true,
            });
            if let (true, ast::InlineExpression::VariableReference { id }) = (numeric, selector) {
                let key = |v: &ast::Variant<&str>| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                entry.plurals.push(Plural {
                    variable: id.name.to_string(),
                    categories: variants
                        .iter()
                        .filter(|v| matches!(v.key, ast::VariantKey::Identifier { .. }))
                        .map(key)
                        .collect(),
                    default: variants.iter().find(|v| v.default).map(key).unwrap_or_default(),
                });
            }
            for variant in variants {
                walk_pattern(&variant.value, entry);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, entry: &mut Entry) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            entry.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, entry),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, entry);
            }
            for a in &arguments.named {
                walk_inline(&a.value, entry);
            }
        }
        ast::InlineExpression::StringLiteral { value } => entry.text.push_str(value),
        _ => {}
    }
}

fn source_of(tag: &str) -> &'static str {
    LOCALES.iter().find(|(t, _)| *t == tag).map(|(_, s)| *s).unwrap()
}

fn variables(vars: &BTreeSet<String>) -> String {
    vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}

/// The en-US text of a message or attribute (`id` or `id.attr`), variables as `{$name}`.
fn english(key: &str) -> String {
    let en = ui::Localizer::new(&[]);
    match key.split_once('.') {
        Some((id, attr)) => en.attr(id, attr, &[]).unwrap_or_default(),
        None => en.msg(key, &[]),
    }
}

/// What a locale lacks or has too much, against en-US: one line per problem, for translators.
fn completeness_problems(tag: &str, source: &str) -> Vec<String> {
    let reference = entries(FALLBACK, source_of(FALLBACK)).unwrap();
    let file = ftl_path(tag);
    let ours = match entries(tag, source) {
        Ok(e) => e,
        Err(errors) => return errors,
    };
    let mut problems = Vec::new();
    for (key, want) in &reference {
        match ours.get(key) {
            None => problems.push(format!("{file}: `{key}` is missing; in English: {:?}", english(key))),
            Some(got) if got.variables != want.variables => problems.push(format!(
                "{file}: `{key}` uses {{{}}}, but en-US uses {{{}}}",
                variables(&got.variables),
                variables(&want.variables)
            )),
            Some(_) => {}
        }
    }
    for key in ours.keys().filter(|k| !reference.contains_key(*k)) {
        problems.push(format!("{file}: `{key}` is not in en-US (remove it, or add it to en-US first)"));
    }
    problems
}

/// Plural selectors that do not have exactly the locale's CLDR categories, and counts that
/// English inflects but the locale does not.
fn plural_problems(tag: &str, source: &str) -> Vec<String> {
    let file = ftl_path(tag);
    let want = cldr_categories(tag);
    let reference = entries(FALLBACK, source_of(FALLBACK)).unwrap();
    let Ok(ours) = entries(tag, source) else { return Vec::new() };
    let mut problems = Vec::new();
    for (key, entry) in &ours {
        for p in &entry.plurals {
            let missing: Vec<&String> = want.difference(&p.categories).collect();
            let dead: Vec<&String> = p.categories.difference(&want).collect();
            if !missing.is_empty() {
                problems.push(format!("{file}: `{key}`, ${}: missing variants {missing:?}", p.variable));
            }
            if !dead.is_empty() {
                problems.push(format!(
                    "{file}: `{key}`, ${}: variants {dead:?} are never chosen in {tag} (CLDR: {want:?})",
                    p.variable
                ));
            }
            if p.default != "other" {
                problems.push(format!("{file}: `{key}`, ${}: the default variant must be *[other]", p.variable));
            }
        }
        let plural_here: BTreeSet<&String> = entry.plurals.iter().map(|p| &p.variable).collect();
        for p in reference.get(key).map(|e| &e.plurals[..]).unwrap_or_default() {
            if !plural_here.contains(&p.variable) {
                problems.push(format!(
                    "{file}: `{key}`: ${} is a count, it needs the plural variants {want:?}",
                    p.variable
                ));
            }
        }
    }
    problems
}

#[test]
fn every_locale_directory_is_compiled_in() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let on_disk: BTreeSet<String> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .filter(|e| e.path().join("lockstep.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let compiled: BTreeSet<String> = LOCALES.iter().map(|(t, _)| t.to_string()).collect();
    assert_eq!(on_disk, compiled, "add every locales/<tag>/lockstep.ftl to LOCALES in src/i18n.rs");
    for (tag, source) in LOCALES {
        assert_eq!(std::fs::read_to_string(root.join(tag).join("lockstep.ftl")).unwrap(), *source);
    }
}

#[test]
fn every_locale_has_exactly_the_messages_attributes_and_variables_of_en_us() {
    let problems: Vec<String> = LOCALES.iter().flat_map(|(tag, source)| completeness_problems(tag, source)).collect();
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_count_has_the_plural_variants_of_its_locale() {
    let problems: Vec<String> = LOCALES.iter().flat_map(|(tag, source)| plural_problems(tag, source)).collect();
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn the_checks_name_what_is_wrong() {
    let hr = source_of("hr")
        .replace("        [few] { $count } zastarjela odlomka za { $lang }.\n", "")
        .replace("[one] { $languages } jezik.", "[one] { $languages } jezik.\n        [many] x");
    assert_eq!(
        plural_problems("hr", &hr),
        [
            "locales/hr/lockstep.ftl: `diff-count`, $count: missing variants [\"few\"]",
            "locales/hr/lockstep.ftl: `minor-done`, $languages: variants [\"many\"] are never chosen in hr (CLDR: \
             {\"few\", \"one\", \"other\"})",
        ]
    );
    let bg = source_of("bg")
        .replace("diff-none =", "diff-nothing =")
        .replace("{ $count } остарял абзац в { $lang }.", "{ $count } остарял абзац в { $language }.");
    assert_eq!(
        completeness_problems("bg", &bg),
        [
            "locales/bg/lockstep.ftl: `diff-count` uses {$count, $lang, $language}, but en-US uses {$count, $lang}",
            "locales/bg/lockstep.ftl: `diff-none` is missing; in English: \"Nothing is stale in {$lang}.\"",
            "locales/bg/lockstep.ftl: `diff-nothing` is not in en-US (remove it, or add it to en-US first)",
        ]
    );
    let el = source_of("el").replace(
        "diff-count = { $count ->\n        [one] { $count } παρωχημένη παράγραφος στη γλώσσα { $lang }.\n       \
         *[other] { $count } παρωχημένες παράγραφοι στη γλώσσα { $lang }.\n    }",
        "diff-count = Παρωχημένες παράγραφοι στη γλώσσα { $lang }: { $count }.",
    );
    assert_eq!(
        plural_problems("el", &el),
        ["locales/el/lockstep.ftl: `diff-count`: $count is a count, it needs the plural variants {\"one\", \"other\"}"]
    );
}

#[test]
fn cldr_categories_are_those_of_intl_pluralrules() {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    for lang in ["en", "bg", "el", "hr", "sr"] {
        let rules =
            PluralRules::create(lang.parse::<unic_langid::LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL)
                .unwrap();
        let mut seen = BTreeSet::new();
        let samples = (0..=1000).map(|n| n.to_string()).chain((0..=1000).map(|n| format!("{}.{}", n / 10, n % 10)));
        for n in samples {
            let name = match rules.select(n.as_str()).unwrap() {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            seen.insert(name.to_string());
        }
        assert_eq!(seen, cldr_categories(lang), "{lang}");
    }
}

// ---------------------------------------------------------------------------------------------
// Serbian Latin

/// The sr-Latn file for the sr-Cyrl file, as `locales/make-sr-latn.py` writes it.
fn sr_latn_file(cyrillic: &str) -> String {
    let header = "# lockstep — srpski (latinica). Napravljeno iz sr-Cyrl/lockstep.ftl skriptom\n\
                  # locales/make-sr-latn.py: ne menjajte ovu datoteku, već sr-Cyrl, pa pokrenite skriptu.\n\
                  # Generated from sr-Cyrl/lockstep.ftl by locales/make-sr-latn.py: do not edit.\n";
    let lines: Vec<&str> = cyrillic.split_inclusive('\n').collect();
    let start = lines.iter().take_while(|l| l.starts_with("# ")).count();
    format!("{header}{}", serbian_to_latin(&lines[start..].concat()))
}

#[test]
fn serbian_transliteration() {
    assert_eq!(
        serbian_to_latin("Љубав, ЊЕГОШ, Џ, џеп, ЉЉ, Ђорђе, шећер"),
        "Ljubav, NJEGOŠ, Dž, džep, LJLJ, Đorđe, šećer"
    );
    assert_eq!(serbian_to_latin("lockstep.toml, { $count }, ¶"), "lockstep.toml, { $count }, ¶");
}

#[test]
fn sr_latn_is_what_the_script_makes_of_sr_cyrl() {
    let want = sr_latn_file(source_of("sr-Cyrl"));
    assert!(
        want == source_of("sr-Latn"),
        "locales/sr-Latn/lockstep.ftl is not the transliteration of sr-Cyrl: run python3 locales/make-sr-latn.py"
    );
    // The script itself, where Python is at hand, makes the same file.
    let root = env!("CARGO_MANIFEST_DIR");
    if let Ok(out) =
        std::process::Command::new("python3").args(["locales/make-sr-latn.py", "--stdout"]).current_dir(root).output()
    {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8(out.stdout).unwrap() == want, "the script and this test transliterate differently");
    }
}

// ---------------------------------------------------------------------------------------------
// The binary, in each locale

/// Environment variables, as `(name, value)` pairs.
type Env = &'static [(&'static str, &'static str)];

const LOCALE_VARS: [&str; 5] = ["LOCKSTEP_UI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// Each shipped locale, with an environment that chooses it the way a user's system would.
const UIS: [(&str, Env); 6] = [
    ("en-US", &[("LANG", "en_US.UTF-8")]),
    ("bg", &[("LANG", "bg_BG.UTF-8")]),
    ("sr-Cyrl", &[("LC_ALL", "sr_RS.UTF-8"), ("LANG", "en_US.UTF-8")]),
    ("sr-Latn", &[("LANG", "sr_RS.UTF-8@latin")]),
    ("el", &[("LC_MESSAGES", "el_GR.UTF-8"), ("LANG", "en_US.UTF-8")]),
    ("hr", &[("LANGUAGE", "hr_HR:hr"), ("LANG", "en_US.UTF-8")]),
];

const COMMANDS: [&str; 14] = [
    "init",
    "status",
    "diff",
    "sync",
    "export",
    "import",
    "minor",
    "check",
    "derive",
    "align",
    "paragraphs",
    "report",
    "suggest",
    "tm",
];

/// `lockstep` in `dir`, with no locale setting but `env`, no colours and a 100-column help.
fn lockstep(dir: &Path, env: &[(&str, &str)]) -> Command {
    let mut c = Command::cargo_bin("lockstep").unwrap();
    c.current_dir(dir).env("NO_COLOR", "1").env("COLUMNS", "100").env("SOURCE_DATE_EPOCH", "1767225600");
    for var in LOCALE_VARS {
        c.env_remove(var);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c
}

/// Runs and returns (exit code, stdout, stderr).
fn run(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let out = lockstep(dir, env).args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// Meeting notes and a notice in English and the four languages, synced, then the notes edited:
/// two paragraphs stale, one new (missing), one removed (orphaned in every language). Small and
/// plain, so that these snapshots change with the messages, not with the aligner.
fn meeting() -> Project {
    let p = Project::empty();
    let notes = [
        (
            "en",
            "# Meeting notes\n\nThe committee met on Monday to review the translations.\n\n\
             Three documents were approved without changes.\n\n\
             Two documents need another review before publication.\n\nThe next meeting will be held in March.\n",
            "Office hours change in April.\n",
        ),
        (
            "bg",
            "# Бележки от заседанието\n\nКомисията заседава в понеделник, за да прегледа преводите.\n\n\
             Три документа бяха одобрени без промени.\n\n\
             Два документа се нуждаят от още един преглед преди публикуване.\n\n\
             Следващото заседание ще се проведе през март.\n",
            "Работното време се променя през април.\n",
        ),
        (
            "sr-Cyrl",
            "# Белешке са састанка\n\nОдбор се састао у понедељак да прегледа преводе.\n\n\
             Три документа су одобрена без измена.\n\nДва документа треба још једном прегледати пре објављивања.\n\n\
             Следећи састанак биће одржан у марту.\n",
            "Радно време се мења у априлу.\n",
        ),
        (
            "el",
            "# Σημειώσεις της συνεδρίασης\n\nΗ επιτροπή συνεδρίασε τη Δευτέρα για να εξετάσει τις μεταφράσεις.\n\n\
             Τρία έγγραφα εγκρίθηκαν χωρίς αλλαγές.\n\n\
             Δύο έγγραφα χρειάζονται ακόμη έναν έλεγχο πριν από τη δημοσίευση.\n\n\
             Η επόμενη συνεδρίαση θα γίνει τον Μάρτιο.\n",
            "Το ωράριο αλλάζει τον Απρίλιο.\n",
        ),
        (
            "hr",
            "# Bilješke sa sastanka\n\nOdbor se sastao u ponedjeljak kako bi pregledao prijevode.\n\n\
             Tri su dokumenta odobrena bez izmjena.\n\nDva dokumenta treba još jednom pregledati prije objave.\n\n\
             Sljedeći sastanak održat će se u ožujku.\n",
            "Radno vrijeme mijenja se u travnju.\n",
        ),
    ];
    for (lang, text, notice) in notes {
        p.write(&format!("notes.{lang}.md"), text);
        p.write(&format!("notice.{lang}.md"), notice);
    }
    p.write(
        "lockstep.toml",
        "source_lang = \"en\"\nlanguages = [\"bg\", \"sr-Cyrl\", \"el\", \"hr\"]\n\n\
         [[document]]\nsource = \"notes.en.md\"\ntranslations = \"notes.{lang}.md\"\n\n\
         [[document]]\nsource = \"notice.en.md\"\ntranslations = \"notice.{lang}.md\"\n",
    );
    for lang in ["bg", "sr-Cyrl", "el", "hr"] {
        p.ok(&["sync", lang, "--all"]);
    }
    p.write(
        "notes.en.md",
        "# Meeting notes\n\nThe committee met on Tuesday to review the translations.\n\n\
         Three documents were approved without changes.\n\nThe glossary was updated.\n\n\
         Two documents were sent back to their translators.\n",
    );
    p
}

#[test]
fn what_users_see_in_each_locale() {
    let p = meeting();
    for (tag, env) in UIS {
        let lang = match tag {
            "en-US" => "bg",
            "sr-Latn" => "sr-Cyrl",
            t => t,
        };
        let mut shown = String::new();
        for args in [
            &["status", "--paragraphs"][..],
            &["diff", lang],
            &["diff", "xx"],
            &["status", "--format", "xml"],
            &["--help"],
            &["status", "--help"],
        ] {
            let (code, out, err) = run(p.dir.path(), env, args);
            let vars: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v}")).collect();
            shown.push_str(&format!("$ {} lockstep {}  # exit {code}\n{out}{err}\n", vars.join(" "), args.join(" ")));
        }
        insta::assert_snapshot!(format!("ui-{tag}"), shown);
    }
}

/// Words that read the same in every locale: commands, values, language tags, acronyms.
const SHARED_WORDS: [&str; 41] = [
    "report",
    "check",
    "derive",
    "HTML",
    "PO",
    "XLIFF",
    "CAT",
    "fuzzy",
    "lockstep",
    "suggest",
    "tm",
    "import",
    "export",
    "verify",
    "TMX",
    "xml",
    "lang",
    "init",
    "status",
    "diff",
    "sync",
    "minor",
    "align",
    "paragraphs",
    "text",
    "json",
    "auto",
    "always",
    "never",
    "bg",
    "sr",
    "el",
    "hr",
    "en",
    "Cyrl",
    "Latn",
    "BCP",
    "CI",
    "TOML",
    "UTF",
    "md",
];

/// Words of en-US that are also words of the Latin-script locales.
const FALSE_FRIENDS: [&str; 2] = ["format", "argument"];

/// The English words of the en-US messages, lowercase.
fn english_words() -> BTreeSet<String> {
    let shared: BTreeSet<String> = SHARED_WORDS.iter().chain(&FALSE_FRIENDS).map(|w| w.to_lowercase()).collect();
    entries(FALLBACK, source_of(FALLBACK))
        .unwrap()
        .values()
        .flat_map(|e| e.text.split(|c: char| !c.is_ascii_alphabetic()).map(str::to_lowercase).collect::<Vec<_>>())
        .filter(|w| w.len() >= 3 && !shared.contains(w))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
}

fn script_of(c: char) -> Option<Script> {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' if c.is_alphabetic() => Some(Script::Latin),
        '\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}' if c.is_alphabetic() => Some(Script::Greek),
        '\u{400}'..='\u{52f}' if c.is_alphabetic() => Some(Script::Cyrillic),
        _ => None,
    }
}

/// Words of `text` that do not belong in the UI locale `tag`: letters of another script, and
/// English (in a Latin-script locale) or any Latin word (in the others) beyond file names,
/// options, language tags and the words every locale shares.
fn foreign_words(tag: &str, text: &str) -> Vec<String> {
    let script = match tag {
        "bg" | "sr-Cyrl" => Script::Cyrillic,
        "el" => Script::Greek,
        _ => Script::Latin,
    };
    let english = english_words();
    let shared: BTreeSet<String> = SHARED_WORDS.iter().map(|w| w.to_lowercase()).collect();
    let mut foreign = Vec::new();
    for token in text.split_whitespace() {
        let token = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '{' && c != '}');
        // File names, options, placeholders and variables are not words of any language.
        if token.starts_with('-') || token.contains(['.', '/', '_', '{', '}', '@']) {
            continue;
        }
        for word in token.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            let scripts: BTreeSet<_> = word.chars().filter_map(script_of).map(|s| s as u8).collect();
            let ascii = word.chars().all(|c| c.is_ascii_alphabetic());
            let lower = word.to_lowercase();
            let wrong_script = scripts.iter().any(|&s| s != script as u8);
            let wrong = match script {
                _ if shared.contains(&lower) => false,
                Script::Latin => wrong_script || (ascii && english.contains(&lower)),
                Script::Cyrillic | Script::Greek => wrong_script,
            };
            if wrong {
                foreign.push(word.to_string());
            }
        }
    }
    foreign
}

#[test]
fn the_foreign_word_check_sees_english_and_other_scripts() {
    assert_eq!(foreign_words("hr", "Dokument udhr.en.md stale --paragraphs"), ["stale"]);
    assert_eq!(foreign_words("sr-Latn", "Документ ažurno"), ["Документ"]);
    assert_eq!(foreign_words("bg", "Документ stale sr-Cyrl „lockstep sync bg --all“"), ["stale"]);
    assert_eq!(foreign_words("el", "Έγγραφο Документ"), ["Документ"]);
    assert!(foreign_words("sr-Cyrl", "Употреба: lockstep status [ОПЦИЈЕ] <ФОРМАТ> NO_COLOR {lang}").is_empty());
}

#[test]
fn status_on_the_example_speaks_each_language_in_its_own_script() {
    let dir = example();
    for (tag, env) in UIS.iter().filter(|(t, _)| *t != FALLBACK) {
        let (code, out, err) = run(dir.path(), env, &["status"]);
        assert_eq!(code, 0, "{tag}: {err}");
        let foreign = foreign_words(tag, &out);
        assert!(foreign.is_empty(), "{tag}: {foreign:?} in\n{out}");
        let english = run(dir.path(), &[("LANG", "en_US.UTF-8")], &["status"]).1;
        assert_ne!(out.lines().next(), english.lines().next(), "{tag}: the header is in English");
    }
}

#[test]
fn help_has_no_english_in_the_other_locales() {
    let dir = tempfile::tempdir().unwrap();
    for (tag, env) in UIS.iter().filter(|(t, _)| *t != FALLBACK) {
        let mut all = vec![vec!["--help"]];
        all.extend(COMMANDS.iter().map(|c| vec![*c, "--help"]));
        for args in all {
            let (code, out, err) = run(dir.path(), env, &args);
            assert_eq!(code, 0, "{tag} {args:?}: {err}");
            let foreign = foreign_words(tag, &out);
            assert!(foreign.is_empty(), "{tag} {args:?}: {foreign:?} in\n{out}");
        }
        // Errors from the command line too.
        for args in [
            &["sttus"][..],
            &["status", "--format", "xml"],
            &["sync", "bg"],
            &["minor", "abc"],
            &["status", "--paragraph"],
            &["status", "--format"],
        ] {
            let (code, out, err) = run(dir.path(), env, args);
            assert_eq!(code, 2, "{tag} {args:?}: {out}");
            let text = err.replace("sttus", "").replace("xml", "").replace("abc", "");
            let foreign = foreign_words(tag, &text);
            assert!(foreign.is_empty(), "{tag} {args:?}: {foreign:?} in\n{err}");
        }
    }
}

#[test]
fn the_environment_chooses_the_language_as_gettext_does() {
    let dir = tempfile::tempdir().unwrap();
    let help = |env: &[(&str, &str)], args: &[&str]| run(dir.path(), env, &[args, &["--help"]].concat()).1;
    let in_lang = |tag: &str| help(&[], &["--ui-lang", tag]);
    let cases: [(Env, &[&str], &str); 14] = [
        (&[], &[], "en-US"),
        (&[("LANG", "C")], &[], "en-US"),
        (&[("LANGUAGE", "bg"), ("LC_ALL", "C"), ("LANG", "hr_HR.UTF-8")], &[], "en-US"),
        (&[("LANGUAGE", "bg"), ("LANG", "POSIX")], &[], "en-US"),
        (&[("LANGUAGE", "bg"), ("LANG", "C.UTF-8")], &[], "bg"),
        (&[("LANGUAGE", "sr@latin:sr"), ("LANG", "en_US.UTF-8")], &[], "sr-Latn"),
        (&[("LANG", "sr_ME.UTF-8")], &[], "sr-Latn"),
        (&[("LANG", "sr_RS")], &[], "sr-Cyrl"),
        (&[("LANG", "sr")], &[], "sr-Cyrl"),
        (&[("LANG", "de_DE.UTF-8")], &[], "en-US"),
        (&[("LC_MESSAGES", "hr_HR.UTF-8"), ("LANG", "el_GR.UTF-8")], &[], "hr"),
        (&[("LOCKSTEP_UI_LANG", "el"), ("LANGUAGE", "hr"), ("LANG", "bg_BG.UTF-8")], &[], "el"),
        (&[("LOCKSTEP_UI_LANG", "el"), ("LANG", "bg_BG.UTF-8")], &["--ui-lang", "sr-Latn"], "sr-Latn"),
        (&[("LANG", "bg_BG.UTF-8")], &["--ui-lang=C"], "en-US"),
    ];
    for (env, args, tag) in cases {
        assert!(help(env, args) == in_lang(tag), "{env:?} {args:?} should choose {tag}");
    }
    assert!(in_lang("bg") != in_lang("sr-Cyrl") && in_lang("sr-Cyrl") != in_lang("sr-Latn"));
}

/// The status line over all documents and the diff summary with `k` stale paragraphs.
#[test]
fn stale_counts_read_correctly_in_serbian_and_croatian() {
    let p = Project::udhr(&["sr-Cyrl", "hr"]);
    p.write("note.en.md", "A short note.\n");
    p.write("note.sr-Cyrl.md", "Кратка белешка.\n");
    p.write("note.hr.md", "Kratka bilješka.\n");
    p.write(
        "lockstep.toml",
        &format!(
            "{}\n[[document]]\nsource = \"note.en.md\"\ntranslations = \"note.{{lang}}.md\"\n",
            p.read("lockstep.toml")
        ),
    );
    for lang in ["sr-Cyrl", "hr"] {
        p.ok(&["sync", lang, "--all"]);
    }
    let pristine = p.blocks("udhr.en.md");
    let expected: [(usize, &str, &str); 5] = [
        (1, "1 застарео пасус", "1 zastarjeli odlomak"),
        (2, "2 застарела пасуса", "2 zastarjela odlomka"),
        (5, "5 застарелих пасуса", "5 zastarjelih odlomaka"),
        (21, "21 застарео пасус", "21 zastarjeli odlomak"),
        (22, "22 застарела пасуса", "22 zastarjela odlomka"),
    ];
    for (k, sr, hr) in expected {
        let mut blocks = pristine.clone();
        for n in 1..=k {
            let at = p.after_heading("udhr.en.md", &format!("Article {n}"));
            blocks[at].push_str(" This sentence is new.");
        }
        p.set_blocks("udhr.en.md", &blocks);
        for lang in ["sr-Cyrl", "hr"] {
            assert_eq!(p.status(lang).0.stale, k, "{lang}, {k} edits");
        }
        for (tag, env, lang, phrase, diff_line) in [
            ("sr-Cyrl", [("LANG", "sr_RS.UTF-8")], "sr-Cyrl", sr.to_string(), format!("{sr} за sr-Cyrl.")),
            (
                "sr-Latn",
                [("LANG", "sr_RS.UTF-8@latin")],
                "sr-Cyrl",
                serbian_to_latin(sr),
                serbian_to_latin(&format!("{sr} за sr-Cyrl.")),
            ),
            ("hr", [("LANG", "hr_HR.UTF-8")], "hr", hr.to_string(), format!("{hr} za hr.")),
        ] {
            let status = run(p.dir.path(), &env, &["status"]).1;
            let total = status.lines().find(|l| l.starts_with(&format!("{lang}, "))).unwrap_or_default();
            assert!(total.contains(&format!("; {phrase}, ")), "{tag}, {k}: {total:?} in\n{status}");
            let diff = run(p.dir.path(), &env, &["diff", lang]).1;
            assert_eq!(diff.lines().last(), Some(diff_line.as_str()), "{tag}, {k}");
        }
    }
}
