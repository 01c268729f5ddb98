//! Integration tests: the real `lockstep` binary on real files, one module per command.

mod align;
mod check;
mod crash;
mod derive;
mod diff;
mod errors;
mod exchange;
mod i18n;
mod init;
mod layout;
mod minor;
mod paragraphs;
mod regions;
mod report;
mod screens;
mod status;
mod suggest;
mod support;
mod sync;
mod tm;
