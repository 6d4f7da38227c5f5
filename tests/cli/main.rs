//! CLI integration tests: one binary (one link) with a harness and a file per command.
//! Each test gets its own temporary ledger and a fixed date; the environment is cleared
//! of everything that would change output.

mod add;
mod adversary;
mod compare;
mod extract;
mod firsthour;
mod formats;
mod friction;
mod harness;
mod hints;
mod identity;
mod import_export;
mod insider;
mod integrity;
mod list_show;
mod newuser;
mod report;
mod resolve;
mod storage;
mod trust;
mod unknown_filters;
