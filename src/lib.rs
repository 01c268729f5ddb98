//! lockstep keeps a source document and its translations in step.
//!
//! The data flows through the modules in this order:
//! [`project`] (the project file) → [`text`] (bytes, normal form, words, scripts, language
//! tags) → [`segment`] (files into paragraphs) → [`align`] (source paragraphs with target
//! paragraphs) → [`memory`] (the beads as last confirmed) → [`status`] (today's files against the
//! memory) → [`sync`] (confirming beads) and [`diff`] (what changed since); [`workspace`] reads a
//! whole project along that flow, [`tm`] and [`tmx`] are the translation memory and its exchange
//! format, and [`fs`] writes every file atomically under the project's lock. The library returns
//! data: the `lockstep` binary draws it for people (localized) and for programs (JSON).
#![deny(missing_docs)]

pub mod align;
pub mod check;
pub mod derive;
pub mod diff;
pub mod error;
pub mod exchange;
pub mod fs;
pub mod memory;
pub mod project;
pub mod report;
pub mod segment;
pub mod status;
pub mod sync;
pub mod text;
pub mod tm;
pub mod tmx;
pub mod workspace;

pub use error::{Error, ErrorKind, Location, Result};

#[cfg(test)]
mod robust;
