//! The ledger's head kept outside the ledger, as a transparency log's witness keeps it.
//!
//! A hash chain cannot see its own tail cut off: the newest entries removed together with
//! their rows (and the guards put back), or an older `backup` put in place of the ledger,
//! leave a shorter chain that is whole, and `verify` alone calls it ok (audit 19 A1). So each
//! `verify` that passes, and each `verify --head`, records the head it saw (entry number,
//! hash, when) in the user's state directory, never inside the ledger: one small file per
//! ledger, named by the ledger's location (the file's absolute path, or the PostgreSQL
//! server and database without the password) and its identity (its first entry's hash). A
//! later `verify` on the same machine fails when the chain no longer holds a head recorded
//! before, naming it and when it was seen.
//!
//! Accepting an older copy put in place on purpose (a restore) is `verify --accept-head`:
//! the head is replaced only after every other check of `verify` has passed, so a damaged
//! chain is never accepted, and the command says which head it accepted in place of which.
//!
//! What it cannot catch: the first `verify` of a ledger, a copy that was never verified here,
//! and someone who also removes the state file (a head published elsewhere,
//! `verify --published`, catches those). A backup or copy elsewhere is another location,
//! so verifying it never trips the original's anchor.
//!
//! The directory: `FORECAST_STATE_DIR` when set (an empty value turns the anchor off),
//! else `$XDG_STATE_HOME/forecast`, else `~/.local/state/forecast`.

use crate::error::Result;
use crate::store::{Store, Target};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Where the anchors live, from the environment (`var` reads a variable); `None` when the
/// anchor is turned off or no home is known.
pub fn state_dir(var: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(dir) = var("FORECAST_STATE_DIR") {
        return (!dir.trim().is_empty()).then(|| PathBuf::from(dir));
    }
    if let Some(xdg) = var("XDG_STATE_HOME").filter(|x| Path::new(x).is_absolute()) {
        return Some(Path::new(&xdg).join("forecast"));
    }
    var("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| Path::new(&h).join(".local").join("state").join("forecast"))
}

/// A head seen on this machine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    /// The ledger's location, as the anchor's file is named by it.
    pub ledger: String,
    /// The ledger's first entry's hash: its identity.
    pub first: String,
    /// The head's entry number.
    pub entry: i64,
    /// The head's hash.
    pub head: String,
    /// When it was seen (the clock of the command that saw it).
    pub seen: String,
}

/// One ledger's anchor file.
pub struct Anchor {
    file: PathBuf,
    ledger: String,
    first: String,
}

impl Anchor {
    /// The anchor under `dir` of the ledger `store` opened at `db`; `None` for a ledger with
    /// no entry yet.
    pub fn of(dir: &Path, db: &Target, store: &Store) -> Result<Option<Anchor>> {
        let Some(first) = store.entry_hash(1)? else {
            return Ok(None);
        };
        let ledger = match db {
            Target::Sqlite(path) => std::fs::canonicalize(path)
                .unwrap_or_else(|_| path.clone())
                .display()
                .to_string(),
            Target::Postgres(pg) => format!("postgres {pg}"),
        };
        let key: String = Sha256::digest(format!("{ledger}\n{first}").as_bytes())
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Some(Anchor {
            file: dir.join("heads").join(format!("{key}.json")),
            ledger,
            first,
        }))
    }

    /// The anchor's file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The head recorded for this ledger, if one was (a file that cannot be read as one is
    /// none).
    pub fn seen(&self) -> Option<Seen> {
        let text = std::fs::read_to_string(&self.file).ok()?;
        serde_json::from_str::<Seen>(&text)
            .ok()
            .filter(|s| s.ledger == self.ledger && s.first == self.first)
    }

    /// Why the chain no longer holds the head recorded for it, if it does not.
    pub fn check(&self, store: &Store) -> Result<Option<String>> {
        let Some(seen) = self.seen() else {
            return Ok(None);
        };
        if store.has_hash(&seen.head)? == Some(seen.entry) {
            return Ok(None);
        }
        let (entries, _) = store.head()?;
        Ok(Some(self.gone(&seen, entries)))
    }

    /// `check`, and the journal's head read with it (`Ledger::seen_and_head`: one statement
    /// on PostgreSQL), as keeping the head after a write asks them.
    pub fn check_and_head(&self, store: &Store) -> Result<(Option<String>, (i64, String))> {
        let seen = self.seen();
        let (at, head) = store.seen_and_head(seen.as_ref().map(|s| s.head.as_str()))?;
        let why = match seen {
            Some(seen) if at != Some(seen.entry) => Some(self.gone(&seen, head.0)),
            _ => None,
        };
        Ok((why, head))
    }

    /// Why the chain, now ending at entry `entries`, no longer holds the head `seen`.
    fn gone(&self, seen: &Seen, entries: i64) -> String {
        let what = format!(
            "on {} this machine saw this ledger's chain reach entry {} (head {}:{})",
            seen.seen, seen.entry, seen.entry, seen.head
        );
        let why = if entries < seen.entry {
            format!("{what}, and it now ends at entry {entries}: the newest entries were removed, or an older copy (a backup) was put in place of the ledger")
        } else {
            format!("{what}, and entry {} is another entry now: the history up to it was rewritten, or entries were removed (or an older copy put in place) and others written since", seen.entry)
        };
        format!(
            "{why} (the head seen is kept in `{}`; if you put an older copy in place yourself, `forecast verify --accept-head` accepts it)",
            self.file.display()
        )
    }

    /// Records `entry` with hash `head` as seen `at`, unless a later head is recorded
    /// (writers and verifiers may race: a head is only ever replaced by a later one). The
    /// file is written beside and renamed into place, so a reader never sees half of it.
    pub fn record(&self, entry: i64, head: &str, at: &str) -> std::io::Result<()> {
        if self.seen().is_some_and(|s| s.entry > entry) {
            return Ok(());
        }
        self.replace(entry, head, at)
    }

    /// Records `entry` with hash `head` as seen `at` in place of whatever was recorded, a
    /// later head included: `verify --accept-head`, once the chain has verified, accepting
    /// an older copy put in place on purpose.
    pub fn replace(&self, entry: i64, head: &str, at: &str) -> std::io::Result<()> {
        let seen = Seen {
            ledger: self.ledger.clone(),
            first: self.first.clone(),
            entry,
            head: head.to_string(),
            seen: at.to_string(),
        };
        if let Some(dir) = self.file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = serde_json::to_string_pretty(&seen).map_err(std::io::Error::other)? + "\n";
        let tmp = self
            .file
            .with_extension(format!("json.{}.tmp", std::process::id()));
        std::fs::write(&tmp, text)?;
        std::fs::rename(&tmp, &self.file)
    }
}

#[cfg(test)]
mod tests {
    use super::state_dir;
    use std::path::PathBuf;

    #[test]
    fn the_state_dir_follows_the_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let dir = |pairs| state_dir(&env(pairs));
        assert_eq!(
            dir(&[("FORECAST_STATE_DIR", "/s"), ("HOME", "/h")]),
            Some(PathBuf::from("/s"))
        );
        assert_eq!(dir(&[("FORECAST_STATE_DIR", ""), ("HOME", "/h")]), None);
        assert_eq!(
            dir(&[("XDG_STATE_HOME", "/x"), ("HOME", "/h")]),
            Some(PathBuf::from("/x/forecast"))
        );
        assert_eq!(
            dir(&[("XDG_STATE_HOME", "relative"), ("HOME", "/h")]),
            Some(PathBuf::from("/h/.local/state/forecast"))
        );
        assert_eq!(dir(&[]), None);
    }
}
