//! Integration tests: the real `lockstep` binary on real files, one module per command.

mod align;
mod diff;
mod errors;
mod i18n;
mod init;
mod minor;
mod paragraphs;
mod status;
mod support;
mod suggest;
mod sync;
mod tm;
