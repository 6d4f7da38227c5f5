//! `forecast verify`: checks the ledger's hash chain and every row against it.

use crate::app::{Context, Io};
use crate::cli::VerifyArgs;
use crate::error::{Error, Result};
use crate::store::Store;

pub fn run(store: &Store, ctx: &Context, args: &VerifyArgs, io: &mut Io<'_>) -> Result<()> {
    if let Some(published) = &args.published {
        // A malformed hash is a typo (exit 2); a well-formed one missing from the chain is
        // the failure `verify` exists to report (exit 1).
        let hash = published.trim();
        let well_formed = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
        if !well_formed {
            return Err(Error::invalid(
                format!("--published `{published}`"),
                "a head hash is 64 hexadecimal characters, as `forecast verify --head` prints it",
            ));
        }
    }
    if args.head {
        let (_, head) = store.head()?;
        return super::write_out(io, &format!("{head}\n"));
    }
    // `--full` compares every index with its table (SQLite's `integrity_check`); the
    // default check (`quick_check`, kept for its speed) does not, so an index that lost an
    // entry verified `ok` while look-ups through it went wrong (audit 17 A7). Asked first,
    // so a backend without the check refuses before the long part.
    let indexes = if args.full {
        match store.index_check()? {
            None => {
                return Err(Error::invalid(
                    "verify --full",
                    "it runs SQLite's integrity_check; a PostgreSQL server checks its own indexes (its amcheck extension: `SELECT bt_index_check(indexrelid) FROM pg_index`), and plain `forecast verify` checks the chain and the rows",
                ))
            }
            Some(check) if check == "ok" => true,
            Some(check) => {
                return Err(Error::Integrity(format!(
                    "the database file: {check} (SQLite's integrity_check: an index no longer matches its table, so look-ups through it go wrong; the rows themselves are checked by `forecast verify`); `forecast copy --to NEW.sqlite3` writes a copy with its indexes built anew"
                )))
            }
        }
    } else {
        false
    };
    let verified = store
        .verify()?
        .map_err(|f| Error::Integrity(f.to_string()))?;
    let mut out = if indexes {
        format!(
            "ok: {} journal entries, chain, tables and indexes agree\nhead {}\n",
            verified.entries, verified.head
        )
    } else {
        format!(
            "ok: {} journal entries, chain and tables agree (indexes not compared with their tables: see `verify --full`)\nhead {}\n",
            verified.entries, verified.head
        )
    };
    // A head logged ahead of the clock of record is not a broken chain, but every write
    // until the clock passes it is logged at its time (see `store::clock`): a warning.
    if let Some(ahead) = store.head_ahead(&ctx.clock.timestamp())? {
        super::warn(io, &ahead.describe());
    }
    // As pasted, perhaps with a space or a line break around it: said back without them.
    if let Some(published) = args.published.as_deref().map(str::trim) {
        match store.has_hash(published)? {
            Some(seq) => out.push_str(&format!("the published head {published} is entry {seq}: nothing up to it has changed\n")),
            None => {
                return Err(Error::Integrity(format!(
                    "the published head `{published}` is not in this ledger's chain: the history before it was rewritten, or it is another ledger"
                )))
            }
        }
    }
    super::write_out(io, &out)
}
