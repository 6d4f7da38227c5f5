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
    let verified = store
        .verify()?
        .map_err(|f| Error::Integrity(f.to_string()))?;
    let mut out = format!(
        "ok: {} journal entries, chain and tables agree\nhead {}\n",
        verified.entries, verified.head
    );
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
