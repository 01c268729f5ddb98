//! What the tests of the `tmx` modules share: fixtures, reading a whole file, writing to memory, and
//! sample units.

use std::io;

use super::{Header, HeaderOut, Reader, TmxError, Tu, Tuv, write};

pub(super) fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/tmx/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The header and units of a whole file, or the first error.
pub(super) fn read_all(bytes: &[u8]) -> Result<(Header, Vec<Tu>), TmxError> {
    let mut reader = Reader::new(bytes)?;
    let tus = reader.by_ref().collect::<Result<Vec<_>, _>>()?;
    Ok((reader.into_header(), tus))
}

pub(super) fn error_of(bytes: &[u8]) -> TmxError {
    match read_all(bytes) {
        Ok((_, tus)) => panic!("no error; read {tus:?}"),
        Err(e) => e,
    }
}

pub(super) fn write_to_vec(header: &HeaderOut, tus: Vec<Tu>) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    write(&mut out, header, tus)?;
    Ok(out)
}

pub(super) fn variant<'a>(tu: &'a Tu, lang: &str) -> &'a Tuv {
    tu.variants
        .iter()
        .find(|v| crate::text::lang::written_language(&v.lang).as_deref() == Some(lang))
        .unwrap_or_else(|| panic!("no {lang} in {tu:?}"))
}

pub(super) fn sample_units() -> Vec<Tu> {
    vec![
        Tu {
            tuid: Some("b7f3a".into()),
            creation_date: Some("20230224T091500Z".into()),
            change_date: None,
            props: vec![("x-document".into(), "a.en.md".into())],
            notes: vec!["Rock & roll".into()],
            variants: vec![
                Tuv::from_text("en", "All <human> beings"),
                Tuv {
                    props: vec![
                        ("x-lockstep-bead".into(), "b7f3a".into()),
                        ("x-note".into(), "<checked> & \"kept\"".into()),
                    ],
                    ..Tuv::from_text("bg-BG", "Всички хора")
                },
            ],
        },
        Tu {
            tuid: None,
            creation_date: None,
            change_date: Some("20230301T120000Z".into()),
            props: vec![],
            notes: vec![],
            variants: vec![
                Tuv::from_seg("en", "Click <bpt i=\"1\">&lt;b&gt;</bpt>here<ept i=\"1\">&lt;/b&gt;</ept>").unwrap(),
                Tuv::from_seg("sr-Latn", "Kliknite <bpt i=\"1\">&lt;b&gt;</bpt>ovde<ept i=\"1\">&lt;/b&gt;</ept>")
                    .unwrap(),
            ],
        },
    ]
}
