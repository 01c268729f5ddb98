//! lockstep keeps a source document and its translations in step.
//!
//! The data flows through the modules in this order:
//! [`project`] (the project file) → [`segment`] (files into paragraphs) → [`align`] (source
//! paragraphs with target paragraphs) → [`memory`] (the beads as last confirmed) → [`status`]
//! (today's files against the memory) → [`diff`] and [`report`] (what people and programs see);
//! [`translation`] reads a whole project along that flow, [`sync`] writes the memory, and
//! [`i18n`] holds the user interface's languages.
#![deny(missing_docs)]

pub mod align;
pub mod cache;
pub mod diff;
pub mod error;
pub mod i18n;
pub mod memory;
pub mod project;
pub mod report;
pub mod segment;
pub mod status;
pub mod sync;
pub mod tm;
pub mod tmx;
pub mod translation;
pub mod translit;

pub use error::{Error, ErrorKind, Location, Result};
