//! forecast-ledger keeps score on predictions: it logs forecasts (source, claim,
//! probability, deadline) in SQLite, resolves them against what happened, and reports
//! per-source accuracy and calibration.
//!
//! Layers, with dependencies pointing one way:
//!
//! ```text
//! main.rs (process: env, terminal, exit code)
//!   -> app (open the store, dispatch) -> cli (clap types)
//!     -> cmd/* (one module per command; parsing at the edge, output to streams)
//!       -> report (compute a Report, render it)   -> score (pure scoring)
//!       -> transfer (CSV / JSON Lines records)
//!       -> store (the seam `Store`; SQLite and PostgreSQL below it: schema, migrations,
//!          journal, queries)
//!       -> time (clock, dates, time phrases)
//!         -> model (the vocabulary as types; no I/O)
//! ```
//!
//! `score`, `time`, `model` and report computation never touch the database; `store`
//! never imports clap or comfy-table; only `main.rs` reads the process environment
//! (`account` reads `/etc/passwd` for the account's name when no variable gives it).
//! The report's input types (`report::rows`: the selection, score rows, market rows, kept
//! sums) are plain values the store fills, so `store` uses that one module of `report` and
//! nothing else of it; whether a report reads the kept sums or scans is decided in
//! `report::plan`.

pub mod account;
pub mod anchor;
pub mod app;
pub mod cli;
pub mod cmd;
pub mod error;
pub mod extract;
pub mod model;
pub mod output;
pub mod report;
pub mod score;
pub mod store;
pub mod time;
pub mod transfer;

pub use error::{Error, Result};

/// The property-test configuration shared with `tests/` (no failure files, a fixed seed).
#[cfg(test)]
#[path = "../tests/support/proptest_config.rs"]
pub(crate) mod proptest_config;
