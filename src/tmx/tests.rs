//! Tests of the whole reader and writer together: round trips of random units and of damaged files,
//! validity against the TMX 1.4 DTD, and throughput on a real file.

use std::io::{self, Write};

use proptest::prelude::*;
use proptest::strategy::ValueTree;

use super::escape::clean_char;
use super::test_support::{fixture, read_all, sample_units, write_to_vec};
use super::{HeaderOut, Reader, Tu, Tuv, bcp47, read, write};

#[test]
fn from_text_escapes_what_needs_it() {
    let v = Tuv::from_text("en", "a < b & c > d \"q\" 'a'\r\n");
    assert_eq!(v.seg, "a &lt; b &amp; c &gt; d \"q\" 'a'&#13;\n");
    assert_eq!(v.text, "a < b & c > d \"q\" 'a'\r\n");
    let tu = Tu { variants: vec![v.clone()], ..Tu::default() };
    let bytes = write_to_vec(&HeaderOut::new(Some("en")), vec![tu]).unwrap();
    assert_eq!(read_all(&bytes).unwrap().1[0].variants[0], v);
}

// Random units for the round trip: texts full of markup characters, segments with inline
// elements (valid, misplaced and unknown), references, CDATA and comments.

fn text() -> impl Strategy<Value = String> {
    let odd = vec![
        '<', '>', '&', '"', '\'', '\r', '\n', '\t', ']', ';', '#', 'Ж', 'λ', 'č', '🕊', '\u{1}', '\u{FFFE}', '\u{A0}',
        '\u{2014}',
    ];
    proptest::collection::vec(
        prop_oneof![6 => proptest::char::range('a', 'z'), 2 => Just(' '), 2 => proptest::sample::select(odd)],
        0..20,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

#[derive(Debug, Clone)]
enum Node {
    Text(String),
    Ref(&'static str),
    CData(String),
    Comment,
    Element(&'static str, Vec<(&'static str, String)>, Vec<Node>),
}

fn node() -> impl Strategy<Value = Node> {
    let refs = vec!["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x416;", "&#13;", "&#10;", "&#1;"];
    let leaf = prop_oneof![
        5 => text().prop_map(Node::Text),
        2 => proptest::sample::select(refs).prop_map(Node::Ref),
        1 => text().prop_map(|t| Node::CData(t.replace("]]>", ""))),
        1 => Just(Node::Comment),
    ];
    let names = vec!["bpt", "ept", "it", "ph", "hi", "sub", "ut", "g", "x", "PH"];
    let attrs = vec!["i", "x", "type", "pos", "assoc", "datatype", "id", "ctype"];
    leaf.prop_recursive(3, 24, 4, move |inner| {
        (
            proptest::sample::select(names.clone()),
            proptest::collection::vec(
                (
                    proptest::sample::select(attrs.clone()),
                    prop_oneof![text(), Just("begin".to_owned()), Just("end".to_owned())],
                ),
                0..3,
            ),
            proptest::collection::vec(inner, 0..4),
        )
            .prop_map(|(name, attrs, children)| Node::Element(name, attrs, children))
    })
}

fn render(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(t) => out.push_str(&t.replace('&', "&amp;").replace('<', "&lt;")),
            Node::Ref(r) => out.push_str(r),
            Node::CData(t) => {
                out.push_str("<![CDATA[");
                out.push_str(t);
                out.push_str("]]>");
            }
            Node::Comment => out.push_str("<!-- note -->"),
            Node::Element(name, attrs, children) => {
                out.push('<');
                out.push_str(name);
                let mut seen = Vec::new();
                for (k, v) in attrs.iter().filter(|(k, _)| {
                    !seen.contains(k) && {
                        seen.push(*k);
                        true
                    }
                }) {
                    out.push_str(&format!(
                        " {k}=\"{}\"",
                        v.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;")
                    ));
                }
                if children.is_empty() {
                    out.push_str("/>");
                } else {
                    out.push('>');
                    render(children, out);
                    out.push_str(&format!("</{name}>"));
                }
            }
        }
    }
}

fn lang() -> impl Strategy<Value = String> {
    proptest::sample::select(vec!["en", "EN-GB", "bg_BG", "sr", "sr-Latn-RS", "el-GR", "hr", "pt-BR", "zh-TW", "iw"])
        .prop_map(str::to_owned)
}

fn unit() -> impl Strategy<Value = Tu> {
    let date = proptest::option::of(proptest::sample::select(vec!["20230224T091500Z", "19991231T235959Z"]));
    let variant = (lang(), proptest::collection::vec(node(), 0..5), proptest::collection::vec((text(), text()), 0..2))
        .prop_map(|(lang, nodes, props)| {
            let mut seg = String::new();
            render(&nodes, &mut seg);
            Tuv { lang, seg, text: String::new(), props }
        });
    (
        proptest::option::of(text()),
        date.clone(),
        date,
        proptest::collection::vec((text(), text()), 0..3),
        proptest::collection::vec(text(), 0..3),
        proptest::collection::vec(variant, 1..4),
    )
        .prop_map(|(tuid, created, changed, props, notes, variants)| Tu {
            tuid,
            creation_date: created.map(str::to_owned),
            change_date: changed.map(str::to_owned),
            props,
            notes,
            variants,
        })
}

fn header_out() -> impl Strategy<Value = HeaderOut> {
    (
        proptest::option::of(lang()),
        proptest::collection::vec((text(), text()), 0..2),
        proptest::collection::vec(text(), 0..2),
    )
        .prop_map(|(srclang, props, notes)| HeaderOut {
            srclang,
            adminlang: "en-US".to_owned(),
            creation_date: Some("20240101T000000Z".to_owned()),
            props,
            notes,
        })
}

fn clean(s: &str) -> String {
    s.chars().map(clean_char).collect()
}

proptest! {
    #[test]
    fn export_import_export_is_byte_stable(header in header_out(), tus in proptest::collection::vec(unit(), 0..6)) {
        let first = write_to_vec(&header, tus.clone()).unwrap();
        let (read_header, read_tus) = read_all(&first).unwrap();
        let second = write_to_vec(&HeaderOut::from(&read_header), read_tus.clone()).unwrap();
        prop_assert_eq!(String::from_utf8(first).unwrap(), String::from_utf8(second.clone()).unwrap());
        prop_assert_eq!(read_all(&second).unwrap(), (read_header.clone(), read_tus.clone()));

        // What is read back is what was written, in canonical form.
        prop_assert_eq!(read_header.srclang, header.srclang.as_deref().and_then(bcp47));
        prop_assert_eq!(read_header.notes, header.notes.iter().map(|n| clean(n)).collect::<Vec<_>>());
        prop_assert_eq!(read_tus.len(), tus.len());
        for (written, read) in tus.iter().zip(&read_tus) {
            prop_assert_eq!(read.tuid.clone(), written.tuid.as_deref().map(clean));
            prop_assert_eq!(&read.creation_date, &written.creation_date);
            prop_assert_eq!(&read.change_date, &written.change_date);
            let props: Vec<_> = written.props.iter().map(|(t, v)| (clean(t), clean(v))).collect();
            prop_assert_eq!(&read.props, &props);
            prop_assert_eq!(read.notes.clone(), written.notes.iter().map(|n| clean(n)).collect::<Vec<_>>());
            for (w, r) in written.variants.iter().zip(&read.variants) {
                let props = w.props.iter().map(|(t, v)| (clean(t), clean(v))).collect();
                let canonical = Tuv { props, ..Tuv::from_seg(bcp47(&w.lang).unwrap(), &w.seg).unwrap() };
                prop_assert_eq!(r, &canonical);
            }
        }
    }
}

/// A damaged copy of a fixture: bytes changed, inserted or cut.
fn damaged() -> impl Strategy<Value = Vec<u8>> {
    let names = vec![
        "multilingual.tmx",
        "trados-bom.tmx",
        "memoq-utf16le.tmx",
        "legacy-langs.tmx",
        "windows-1251.tmx",
        "billion-laughs.tmx",
    ];
    let edit =
        (any::<proptest::sample::Index>(), proptest::sample::select(b"<>&;/\"'=[]!?#x\0\xFF\xC3".to_vec()), 0..3u8);
    (proptest::sample::select(names), proptest::collection::vec(edit, 1..6), any::<proptest::sample::Index>()).prop_map(
        |(name, edits, cut)| {
            let mut bytes = fixture(name);
            for (at, byte, how) in edits {
                let i = at.index(bytes.len());
                match how {
                    0 => bytes[i] = byte,
                    1 => bytes.insert(i, byte),
                    _ => {
                        bytes.remove(i);
                    }
                }
            }
            if cut.index(4) == 0 {
                bytes.truncate(cut.index(bytes.len()));
            }
            bytes
        },
    )
}

proptest! {
    #[test]
    fn damaged_files_are_read_or_refused_never_misread(bytes in damaged()) {
        match read_all(&bytes) {
            Ok((header, tus)) => {
                // Whatever was read can be written, and reads back the same.
                let out = write_to_vec(&HeaderOut::from(&header), tus.clone()).unwrap();
                prop_assert_eq!(read_all(&out).unwrap().1, tus);
            }
            Err(e) => prop_assert!(e.line >= 1 && e.col >= 1),
        }
    }
}

/// xmllint's verdict on a file against the TMX 1.4 DTD. xmllint (Debian package libxml2-utils)
/// is installed by `.ci/run`: a machine without it fails here rather than skipping the check.
fn xmllint_validates(bytes: &[u8], name: &str) -> Result<(), String> {
    let dtd = format!("{}/tests/fixtures/tmx/tmx14.dtd", env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let output = std::process::Command::new("xmllint")
        .args(["--noout", "--nonet", "--dtdvalid", &dtd])
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("xmllint (Debian package libxml2-utils) is needed to validate TMX: {e}"));
    if output.status.success() { Ok(()) } else { Err(String::from_utf8_lossy(&output.stderr).into_owned()) }
}

#[test]
fn written_files_validate_against_the_tmx_dtd() {
    let mut files = vec![("sample.tmx".to_owned(), write_to_vec(&HeaderOut::new(Some("en")), sample_units()).unwrap())];
    for name in ["multilingual.tmx", "trados-bom.tmx", "memoq-utf16le.tmx", "legacy-langs.tmx", "windows-1251.tmx"] {
        let (header, tus) = read_all(&fixture(name)).unwrap();
        files.push((name.to_owned(), write_to_vec(&HeaderOut::from(&header), tus).unwrap()));
    }
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let random: Vec<Tu> = (0..300).map(|_| unit().new_tree(&mut runner).unwrap().current()).collect();
    let header = header_out().new_tree(&mut runner).unwrap().current();
    files.push(("random.tmx".to_owned(), write_to_vec(&header, random).unwrap()));
    for (name, bytes) in files {
        if let Err(e) = xmllint_validates(&bytes, &name) {
            panic!("{name} does not validate:\n{e}\n{}", String::from_utf8_lossy(&bytes));
        }
    }
}

/// Read and write throughput on a real file: `LOCKSTEP_TMX_BENCH=FILE cargo test --release --lib
/// tmx::tests::throughput -- --ignored --nocapture` (make FILE with bench/gen_tmx.py).
#[test]
#[ignore]
fn throughput() {
    let Ok(path) = std::env::var("LOCKSTEP_TMX_BENCH") else {
        eprintln!("set LOCKSTEP_TMX_BENCH to a TMX file");
        return;
    };
    let size = std::fs::metadata(&path).unwrap().len() as f64;
    let started = std::time::Instant::now();
    let (mut units, mut variants, mut chars) = (0usize, 0usize, 0usize);
    let header = read(
        std::fs::File::open(&path).unwrap(),
        |tu| {
            units += 1;
            variants += tu.variants.len();
            chars += tu.variants.iter().map(|v| v.text.len()).sum::<usize>();
            Ok::<_, ()>(())
        },
        |_| {},
    )
    .unwrap();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "read {units} units ({variants} variants, {chars} bytes of text) from {:.1} MB in {secs:.2} s: {:.1} MB/s",
        size / 1e6,
        size / 1e6 / secs
    );
    if std::env::var_os("LOCKSTEP_TMX_BENCH_WRITE").is_none() {
        return;
    }
    let tus = Reader::new(std::fs::File::open(&path).unwrap()).unwrap().collect::<Result<Vec<_>, _>>().unwrap();
    struct Sink(u64);
    impl Write for Sink {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0 += buf.len() as u64;
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let mut out = Sink(0);
    let started = std::time::Instant::now();
    write(&mut out, &HeaderOut::from(&header), tus).unwrap();
    let secs = started.elapsed().as_secs_f64();
    eprintln!("wrote {:.1} MB in {secs:.2} s: {:.1} MB/s", out.0 as f64 / 1e6, out.0 as f64 / 1e6 / secs);
}
