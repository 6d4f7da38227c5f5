//! Where the SQL of the two backends differs, in one place: placeholders (`?N` in SQLite,
//! `$N` in PostgreSQL) and text comparison. Queries are written once with `?N` and the
//! dialect's pieces; PostgreSQL's text is made by `numbered`.
//!
//! Decisions: the ledger's meaning of "the same name" and of name order is SQLite's NOCASE
//! (ASCII letters folded, then bytes compared), declared on `sources.name` and
//! `forecast_tags.tag`. PostgreSQL has no such collation, so it is spelled out: fold with
//! `lower(a COLLATE "C")` (under "C", `lower()` folds the ASCII letters only, whatever the
//! database's locale; under a UTF-8 locale it would fold more) and compare and order the
//! folded text as bytes (its collation is "C"), as the tags' indexes of migration 14 do. An
//! equality also compares `lower()` of both sides in the database's collation, which NOCASE
//! equality implies, so PostgreSQL can use the index on the sources' `lower(name)`.

/// A backend's SQL dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

const FOLD: &str = "lower({} COLLATE \"C\")";

impl Dialect {
    /// `a = b` as SQLite's NOCASE compares them.
    pub fn nocase_eq(self, a: &str, b: &str) -> String {
        match self {
            Dialect::Sqlite => format!("{a} = {b} COLLATE NOCASE"),
            Dialect::Postgres => format!("(lower({a}) = lower({b}) AND {} = {})", fold(a), fold(b)),
        }
    }

    /// `a` and `b` differ, NULL counting as a value (SQLite's `IS NOT`).
    pub fn is_not(self, a: &str, b: &str) -> String {
        match self {
            Dialect::Sqlite => format!("{a} IS NOT {b}"),
            Dialect::Postgres => format!("{a} IS DISTINCT FROM {b}"),
        }
    }

    /// `a` and `b` are the same, NULL counting as a value (SQLite's `IS`).
    pub fn is(self, a: &str, b: &str) -> String {
        match self {
            Dialect::Sqlite => format!("{a} IS {b}"),
            Dialect::Postgres => format!("{a} IS NOT DISTINCT FROM {b}"),
        }
    }

    /// Text expression `a` as the ledger stores a claim typed on the command line
    /// (`model::names::canonical`: Unicode NFC, trimmed, each run of white space one
    /// space), for the repeat checks: an import keeps a file's claims byte for byte, so a
    /// claim with a CR LF, a doubled space or a tab from a file is the same claim as the one
    /// `add` stored (audit 15, A9). SQLite calls `canonical` itself (the `claim_key`
    /// function every connection registers, `store::register_functions`); PostgreSQL spells
    /// it out with `normalize` and Unicode's White_Space characters, the ones Rust's
    /// `split_whitespace` splits on.
    pub fn claim_key(self, a: &str) -> String {
        match self {
            Dialect::Sqlite => format!("claim_key({a})"),
            Dialect::Postgres => {
                const WS: &str =
                    "[\\s\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
                format!(
                    "regexp_replace(regexp_replace(normalize({a}, NFC), '^{WS}+|{WS}+$', '', 'g'), '{WS}+', ' ', 'g')"
                )
            }
        }
    }

    /// An ORDER BY term sorting `a` as NOCASE does.
    pub fn nocase_order(self, a: &str) -> String {
        match self {
            Dialect::Sqlite => a.to_string(),
            Dialect::Postgres => fold(a),
        }
    }

    /// An ORDER BY term sorting text column `a` by its bytes (SQLite's BINARY).
    pub fn binary_order(self, a: &str) -> String {
        match self {
            Dialect::Sqlite => a.to_string(),
            Dialect::Postgres => format!("{a} COLLATE \"C\""),
        }
    }

    /// The query text for this backend: `?N` placeholders become `$N` on PostgreSQL.
    pub fn sql(self, sql: &str) -> String {
        match self {
            Dialect::Sqlite => sql.to_string(),
            Dialect::Postgres => numbered(sql),
        }
    }
}

fn fold(a: &str) -> String {
    FOLD.replace("{}", a)
}

/// `?N` placeholders as `$N`. The store's queries hold no `?` inside string literals.
pub(crate) fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '?' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_with_dollars() {
        assert_eq!(
            numbered("SELECT 1 WHERE a = ?1 AND b IN (?2, ?10) AND c = '?'"),
            "SELECT 1 WHERE a = $1 AND b IN ($2, $10) AND c = '?'"
        );
    }

    #[test]
    fn postgres_folds_ascii_letters_only() {
        assert_eq!(
            Dialect::Postgres.nocase_order("s.name"),
            "lower(s.name COLLATE \"C\")"
        );
        assert_eq!(
            Dialect::Postgres.nocase_eq("t.tag", "?2"),
            "(lower(t.tag) = lower(?2) AND lower(t.tag COLLATE \"C\") = lower(?2 COLLATE \"C\"))"
        );
        assert_eq!(
            Dialect::Sqlite.nocase_eq("t.tag", "?2"),
            "t.tag = ?2 COLLATE NOCASE"
        );
    }
}
