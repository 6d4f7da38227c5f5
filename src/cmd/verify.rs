//! `forecast verify`: checks the ledger's hash chain and every row against it, a head
//! published earlier (`--published`), and the head this machine saw before (`anchor`),
//! which `--accept-head` replaces by the chain's own once everything else verifies.

use crate::anchor::Anchor;
use crate::app::{Context, Io};
use crate::cli::VerifyArgs;
use crate::error::{Error, Result};
use crate::store::Store;

/// A head as `verify --head` prints it, `ENTRY:HASH`, or as older versions printed it, the
/// bare hash; either may follow `head `, as the last line of `verify` prints it.
struct Published<'a> {
    entry: Option<i64>,
    hash: &'a str,
}

fn published(text: &str) -> Result<Published<'_>> {
    // A malformed head is a typo (exit 2); a well-formed one missing from the chain is the
    // failure `verify` exists to report (exit 1).
    // The line `verify` ends with (`head 10:HASH`), pasted whole, is the head it names
    // (ad5 F6: refused as malformed).
    let trimmed = text.trim();
    let trimmed = match trimmed.get(..5) {
        Some(word) if word.eq_ignore_ascii_case("head ") => trimmed[5..].trim_start(),
        _ => trimmed,
    };
    let (entry, hash) = match trimmed.split_once(':') {
        Some((n, hash)) => (n.parse::<i64>().ok().filter(|n| *n > 0).map(Some), hash),
        None => (Some(None), trimmed),
    };
    let well_formed = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
    match entry {
        Some(entry) if well_formed => Ok(Published { entry, hash }),
        _ => Err(Error::invalid(
            format!("--published `{text}`"),
            "a head is its entry number and hash, ENTRY:HASH (64 hexadecimal characters), as `forecast verify --head` prints it, or the bare hash",
        )),
    }
}

pub fn run(store: &Store, ctx: &Context, args: &VerifyArgs, io: &mut Io<'_>) -> Result<()> {
    let published = args.published.as_deref().map(published).transpose()?;
    if args.accept_head && ctx.state.is_none() {
        return Err(Error::invalid(
            "verify --accept-head",
            "no head is kept on this machine (FORECAST_STATE_DIR is set empty, or no home directory is known), so there is none to accept",
        ));
    }
    let anchor = match &ctx.state {
        Some(dir) => Anchor::of(dir, &ctx.db, store)?,
        None => None,
    };
    if args.head {
        // The head is published as the ledger's fingerprint, so it is printed only for a
        // ledger `verify` accepts: the same check first (audit 26, item 12: a ledger with
        // garbage in its pages got a head, exit 0, while `verify` called it corrupt). It
        // costs what `verify` costs (2.1 s on 1M forecasts, README Performance).
        store
            .verify()?
            .map_err(|f| Error::Integrity(f.to_string()))?;
        let (entry, head) = store.head()?;
        // Publishing a head is seeing it: kept, unless the chain no longer holds the head
        // seen before (then that one stays for `verify` to report).
        if let Some(anchor) = &anchor {
            if anchor.check(store)?.is_none() {
                keep(anchor, entry, &head, ctx, io);
            }
        }
        return super::write_out(io, &format!("{entry}:{head}\n"));
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
            "ok: {} journal entries, chain, tables and indexes agree\nhead {}:{}\n",
            verified.entries, verified.entries, verified.head
        )
    } else {
        format!(
            "ok: {} journal entries, chain and tables agree (indexes not compared with their tables: see `verify --full`)\nhead {}:{}\n",
            verified.entries, verified.entries, verified.head
        )
    };
    // A head logged ahead of the clock of record is not a broken chain, but every write
    // until the clock passes it is logged at its time (see `store::clock`): a warning.
    if let Some(ahead) = store.head_ahead(&ctx.clock.timestamp())? {
        super::warn(io, &ahead.describe());
    }
    if let Some(p) = &published {
        out.push_str(&check_published(store, p, verified.entries)?);
    }
    // A whole chain may still be a cut one: the head this machine saw before must be in it,
    // unless the user accepts the chain as it is (a restore made on purpose), which is
    // kept only here, after every other check has passed.
    match &anchor {
        Some(anchor) => match anchor.check(store)? {
            Some(why) if !args.accept_head => return Err(Error::Integrity(why)),
            Some(_) => out.push_str(&accept(anchor, verified.entries, &verified.head, ctx)?),
            None => {
                keep(anchor, verified.entries, &verified.head, ctx, io);
                if args.accept_head {
                    out.push_str(&format!(
                        "nothing to accept: the chain holds the head this machine saw (kept in `{}`)\n",
                        anchor.file().display()
                    ));
                }
            }
        },
        None if args.accept_head => {
            out.push_str("nothing to accept: the ledger has no entry yet\n");
        }
        None => {}
    }
    super::write_out(io, &out)
}

/// Keeps the head just verified in place of the one seen before, which the chain no longer
/// holds (`verify --accept-head`); the line saying which head was accepted in place of which.
fn accept(anchor: &Anchor, entry: i64, head: &str, ctx: &Context) -> Result<String> {
    let before = anchor
        .seen()
        .map(|s| format!(" in place of {}:{} (seen on {})", s.entry, s.head, s.seen))
        .unwrap_or_default();
    anchor
        .replace(entry, head, &ctx.clock.timestamp())
        .map_err(|e| {
            Error::Other(format!(
                "the head could not be kept in `{}` ({e}); nothing was accepted",
                anchor.file().display()
            ))
        })?;
    Ok(format!(
        "accepted head {entry}:{head} as this ledger's head seen on this machine{before}; kept in `{}`\n",
        anchor.file().display()
    ))
}

/// The line saying a published head holds, or the finding naming the likeliest cause when
/// it does not: with the entry number published beside the hash, which cause for sure.
fn check_published(store: &Store, p: &Published<'_>, entries: i64) -> Result<String> {
    let hash = p.hash;
    let shown = match p.entry {
        Some(n) => format!("{n}:{hash}"),
        None => hash.to_string(),
    };
    match (store.has_hash(hash)?, p.entry) {
        (Some(seq), None) => Ok(format!(
            "the published head {hash} is entry {seq}: nothing up to it has changed\n"
        )),
        (Some(seq), Some(n)) if seq == n => Ok(format!(
            "the published head {shown} is entry {seq}: nothing up to it has changed\n"
        )),
        (Some(seq), Some(n)) => Err(Error::Integrity(format!(
            "the published head `{shown}` is entry {seq} in this ledger's chain, not entry {n}: it was published for another ledger, or the number was changed"
        ))),
        (None, Some(n)) if n > entries => Err(Error::Integrity(format!(
            "the published head `{shown}` is not in this ledger's chain: it was entry {n}, and the chain now ends at entry {entries}: the newest entries were removed, or an older copy (a backup) was put in place of the ledger"
        ))),
        (None, Some(n)) => Err(Error::Integrity(format!(
            "the published head `{shown}` is not in this ledger's chain: entry {n} is another entry now: the history up to it was rewritten, or entries were removed (or an older copy put in place) and others written since, or it is another ledger"
        ))),
        (None, None) => Err(Error::Integrity(format!(
            "the published head `{shown}` is not in this ledger's chain (which ends at entry {entries}): the newest entries were removed or an older copy (a backup) was put in place, or the history before it was rewritten, or it is another ledger (a head published with its entry number, ENTRY:HASH as `verify --head` prints it, tells which)"
        ))),
    }
}

/// Records the head seen; a state directory that cannot be written is a warning, never a
/// failed `verify`.
fn keep(anchor: &Anchor, entry: i64, head: &str, ctx: &Context, io: &mut Io<'_>) {
    if let Err(e) = anchor.record(entry, head, &ctx.clock.timestamp()) {
        super::warn(
            io,
            &format!(
                "the head seen could not be kept outside the ledger in `{}` ({e}), so a later `verify` here cannot tell if entries are removed from the end",
                anchor.file().display()
            ),
        );
    }
}
