//! Where a ledger lives: an SQLite file (any `--db` value that is not a URL), or a
//! PostgreSQL database named by a `postgres://` or `postgresql://` URL.
//!
//! A PostgreSQL target is read the way libpq reads one, so a team's existing setup works
//! unchanged: what the URL leaves out comes from `PGHOST`, `PGPORT`, `PGUSER`,
//! `PGDATABASE` and `PGPASSWORD`, then from libpq's defaults (the OS user, the Debian socket
//! directory `/var/run/postgresql`, port 5432, a database named like the user); a password
//! still missing is looked up in the password file (`PGPASSFILE`, else `~/.pgpass`), which
//! is ignored, as libpq ignores it, when group or others can read it.
//!
//! Decisions: the process environment arrives as a lookup function (only `main.rs` reads
//! the environment); a target is shown only as `postgres://USER@HOST:PORT/DB`, never with
//! its password, and errors about it use that form, so credentials cannot reach an error
//! message, a log or the journal.

use crate::error::{Error, Result};
use crate::store::pg::tls::{self, TlsSettings};
use postgres::config::Host;
use std::path::{Path, PathBuf};

/// The default directory of PostgreSQL's Unix socket on Debian and Ubuntu.
const DEFAULT_SOCKET_DIR: &str = "/var/run/postgresql";

/// A ledger's location.
#[derive(Debug, Clone)]
pub enum Target {
    /// An SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL database (boxed: its parameters are large beside a path).
    Postgres(Box<PgTarget>),
}

/// A PostgreSQL database with every connection parameter resolved.
#[derive(Clone)]
pub struct PgTarget {
    config: postgres::Config,
    tls: TlsSettings,
    shown: String,
    /// Things the user should know (an unsafe password file that was skipped).
    pub warnings: Vec<String>,
}

impl std::fmt::Debug for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the config itself: it holds the password.
        f.debug_tuple("PgTarget").field(&self.shown).finish()
    }
}

impl std::fmt::Display for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

/// What a PostgreSQL target may take from outside the URL.
pub struct PgEnv<'a> {
    /// The process environment (`PGHOST`, ...).
    pub var: &'a dyn Fn(&str) -> Option<String>,
    /// The user's home directory, for `~/.pgpass`.
    pub home: Option<&'a Path>,
    /// The OS user name, libpq's default role.
    pub os_user: &'a str,
}

impl Target {
    /// A ledger file the user chose (named by `flag`: `--db` or `FORECAST_DB`) must be in a
    /// folder that exists: creating the missing folders let a typo start a new, empty ledger
    /// without a word (as `backup` refuses a missing folder). Only the default location is
    /// created for the user. A PostgreSQL target has no folder.
    pub fn check_folder(&self, flag: &str) -> Result<()> {
        let Target::Sqlite(path) = self else {
            return Ok(());
        };
        // Named by the flag or variable that gave it (audit 18, A14: a directory given in
        // FORECAST_DB was said to come from --db).
        if path.is_dir() {
            return Err(Error::invalid(
                format!("{flag} `{}`", path.display()),
                format!(
                    "it is a directory; name a ledger file, e.g. `{}`",
                    path.join("ledger.sqlite3").display()
                ),
            ));
        }
        let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) else {
            return crate::output::refuse_stray_file_name(path, Some(flag));
        };
        if dir.is_dir() {
            return crate::output::refuse_stray_file_name(path, Some(flag));
        }
        // `~` left in the path (`~USER/...`, or no home folder known) is no folder to create:
        // `mkdir -p '~'` would make one named `~` here (audit 18, A14).
        if path.to_str().is_some_and(|t| t.starts_with('~')) {
            return Err(Error::invalid(
                format!("{flag} `{}`", path.display()),
                "the folder it names does not exist: a `~` is read here only as `~/` at the start, your home folder; write the full path",
            ));
        }
        Err(Error::invalid(
            format!("{flag} `{}`", path.display()),
            format!(
                "the folder `{}` does not exist; check the path, or create it first (`mkdir -p {}`)",
                dir.display(),
                crate::output::shell_word(&dir.display().to_string())
            ),
        ))
    }

    /// Refuses a name SQLite would not read as a file path (audit 16, A8): `:memory:` (a
    /// database that keeps nothing once the command ends), a name starting with `file:` (a
    /// URI: `file:x.db?mode=memory` is kept in memory, and `backup`, which writes with the
    /// file system, would take the same text as another file), and the empty name (a
    /// temporary database). Every SQLite name the tool opens or writes is checked: `--db`
    /// and `FORECAST_DB` (`parse`), `copy --to`, `backup FILE`. `./file:x.db` is a path.
    ///
    /// A name that reads as a URL but is not a `postgres://` one this tool reads (a space or
    /// a quote before `postgres://`, as an env file may leave; `postgress://`; any other
    /// `SCHEME://`) is refused without being shown: taken as a file path it was printed,
    /// password and all, in "the folder ... does not exist" (ad2 F10).
    pub fn refuse_special_name(path: &Path, flag: &str) -> Result<()> {
        let Some(text) = path.to_str() else {
            return Ok(());
        };
        if !is_postgres_url(text) && Target::names_a_url(path) {
            return Err(Error::invalid(flag, NOT_A_URL_WE_READ));
        }
        if text == ":memory:" {
            return Err(Error::invalid(
                format!("{flag} `:memory:`"),
                "SQLite's in-memory database keeps nothing once the command ends, so nothing would be logged; give a file path (a throw-away ledger: `--db \"$(mktemp -d)/ledger.db\"`)",
            ));
        }
        if text.is_empty() {
            return Err(Error::invalid(
                format!("{flag} ``"),
                "an empty name is a temporary SQLite database that keeps nothing; give a file path",
            ));
        }
        if let Some(rest) = text.strip_prefix("file:") {
            let plain = rest.split(['?', '#']).next().unwrap_or(rest);
            let plain = if plain.is_empty() { "ledger.db" } else { plain };
            return Err(Error::invalid(
                format!("{flag} `{text}`"),
                format!(
                    "SQLite reads a name starting with `file:` as a URI, not a file path, so commands would disagree on which file it names; give the path itself (`{}`), or `./{}` for a file whose name starts with `file:`",
                    plain.trim_start_matches("//"),
                    text
                ),
            ));
        }
        Ok(())
    }

    /// Reads a `--db` value: a `postgres://` or `postgresql://` URL names a PostgreSQL
    /// database, anything else an SQLite file (not `:memory:` or a `file:` URI, see
    /// `refuse_special_name`).
    pub fn parse(db: &Path, env: &PgEnv<'_>) -> Result<Target> {
        Target::parse_named(db, "--db", env)
    }

    /// `parse`, naming the value in errors by `flag` (`--db`, `FORECAST_DB`, `copy --to`).
    pub fn parse_named(db: &Path, flag: &str, env: &PgEnv<'_>) -> Result<Target> {
        match db.to_str() {
            Some(text) if is_postgres_url(text) => {
                PgTarget::parse_named(text, flag, env).map(|t| Target::Postgres(Box::new(t)))
            }
            // Never shown: either may hold a password.
            Some(text) if looks_like_postgres(text) => Err(Error::invalid(
                flag,
                "it starts like a PostgreSQL URL but is not one (not shown: it may hold a password); expected postgres://USER@HOST[:PORT]/DB",
            )),
            Some(text) if is_keyword_value(text) => Err(Error::invalid(
                flag,
                "a keyword/value connection string (`host=... dbname=...`) is not read (not shown: it may hold a password); write postgres://USER@HOST[:PORT]/DB and keep the password in PGPASSWORD or ~/.pgpass",
            )),
            // Named by what gave it (FORECAST_DB), never shown.
            _ if Target::names_a_url(db) => Err(Error::invalid(flag, NOT_A_URL_WE_READ)),
            _ => {
                Target::refuse_special_name(db, "--db")?;
                Ok(Target::Sqlite(db.to_path_buf()))
            }
        }
    }
}

/// Why a name that reads as a URL, but not as a `postgres://` one, is refused (unshown).
const NOT_A_URL_WE_READ: &str = "it reads as a URL but is not a postgres:// URL this tool reads (not shown: it may hold a password; a space or a quote before `postgres://` counts); give postgres://USER@HOST[:PORT]/DB, or a file path";

impl Target {
    /// Whether `path` reads as a URL rather than a file name: a `postgres://` URL, one with
    /// spaces or quotes before it, a mistyped one (`postgres:/x`), or any `SCHEME://`.
    /// Never show such a name: it may hold a password.
    pub fn names_a_url(path: &Path) -> bool {
        let Some(text) = path.to_str() else {
            return false;
        };
        let bare = text.trim_start_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'');
        is_postgres_url(bare) || looks_like_postgres(bare) || bare.contains("://")
    }
}

/// `postgres:` or `postgresql:` without the `//` of a URL (`postgres:/alice@db/x`): a
/// mistyped URL, never meant as a file name.
fn looks_like_postgres(text: &str) -> bool {
    let lower = text.get(..11).unwrap_or(text).to_ascii_lowercase();
    lower.starts_with("postgres:") || lower.starts_with("postgresql:")
}

/// libpq's keyword/value form (`host=db user=alice password=...`), which would otherwise
/// name an SQLite file, password and all.
fn is_keyword_value(text: &str) -> bool {
    const KEYS: [&str; 12] = [
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "password",
        "passfile",
        "sslmode",
        "service",
        "options",
        "connect_timeout",
        "application_name",
    ];
    text.split_whitespace().any(|word| {
        word.split_once('=')
            .is_some_and(|(key, _)| KEYS.iter().any(|k| key.eq_ignore_ascii_case(k)))
    })
}

fn is_postgres_url(text: &str) -> bool {
    let lower = text.get(..13).unwrap_or(text).to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
}

impl PgTarget {
    /// Parses `url` and fills in what it leaves out (see the module doc).
    pub fn parse(url: &str, env: &PgEnv<'_>) -> Result<PgTarget> {
        PgTarget::parse_named(url, "--db", env)
    }

    /// `parse`, naming the URL in errors by `flag` (`--db`, `FORECAST_DB`, `copy --to`).
    ///
    /// The user name and password are taken out before the URL parser sees it: the
    /// userinfo is everything up to the last `@` before the host part (`split_userinfo`),
    /// so a password holding `@`, `/`, `:`, `#`, `?` or `%` unencoded is read whole
    /// instead of being split into a host, a path or a port (audit 20, A11: `S3cr/et`
    /// became `port=S3cr` in an error). A URL that still does not parse is never shown
    /// past its scheme.
    pub fn parse_named(url: &str, flag: &str, env: &PgEnv<'_>) -> Result<PgTarget> {
        let var = |name: &str| (env.var)(name).filter(|v| !v.is_empty());
        let unread = || {
            Error::invalid(
                format!("{flag} `{}...`", scheme_of(url)),
                "not a PostgreSQL URL this tool reads (the rest is not shown: it may hold a password); expected postgres://USER@HOST[:PORT]/DB, with `%40` for an `@` in a database name or parameter",
            )
        };
        let (userinfo, url) = split_userinfo(url);
        let (url, tls) = tls::take(&url, flag, &var, env.home)?;
        let credentials = match userinfo {
            Some(info) => Some(credentials(info).ok_or_else(unread)?),
            None => None,
        };
        let env_port = match var("PGPORT") {
            Some(port) => Some(port.trim().parse::<u16>().map_err(|_| {
                Error::invalid(format!("PGPORT `{port}`"), "expected a port number")
            })?),
            None => None,
        };
        // The URL parser gives every host without a port 5432, so PGPORT goes in first.
        let url = normalize(&host_parameter_wins(&url), env_port);
        let mut config: postgres::Config = url.parse().map_err(|_| unread())?;
        config.ssl_mode(tls.mode.driver_mode());
        if let Some((user, password)) = credentials {
            if !user.is_empty() {
                config.user(&user);
            }
            if let Some(password) = password {
                config.password(password);
            }
        }
        if config.get_hosts().is_empty() {
            let host = var("PGHOST").unwrap_or_else(|| DEFAULT_SOCKET_DIR.to_string());
            for h in host.split(',') {
                config.host(h);
            }
        }
        // Root certificates a check needs are asked for only when a host is reached over
        // TCP: libpq tries no TLS over a Unix socket, whatever sslmode says (ad2 F5: a
        // PGSSLMODE=verify-full set for a remote server refused the local socket).
        if let Some((what, why)) = &tls.refusal {
            if !crate::store::pg::only_sockets(&config) {
                return Err(Error::invalid(what.clone(), why.clone()));
            }
        }
        if config.get_ports().is_empty() {
            if let Some(port) = env_port {
                config.port(port);
            }
        }
        if config.get_user().is_none() {
            config.user(&var("PGUSER").unwrap_or_else(|| env.os_user.to_string()));
        }
        let user = config.get_user().unwrap_or_default().to_string();
        if config.get_dbname().is_none() {
            config.dbname(&var("PGDATABASE").unwrap_or_else(|| user.clone()));
        }
        if config.get_application_name().is_none() {
            config.application_name("forecast-ledger");
        }
        // libpq's PGCONNECT_TIMEOUT: seconds, 0 (or none) waits for ever.
        if config.get_connect_timeout().is_none() {
            if let Some(text) = var("PGCONNECT_TIMEOUT") {
                let secs = text.trim().parse::<u64>().map_err(|_| {
                    Error::invalid(
                        format!("PGCONNECT_TIMEOUT `{text}`"),
                        "expected a number of seconds",
                    )
                })?;
                if secs > 0 {
                    config.connect_timeout(std::time::Duration::from_secs(secs));
                }
            }
        }
        let mut warnings = Vec::new();
        if config.get_password().is_none() {
            if let Some(password) = var("PGPASSWORD") {
                config.password(password);
            } else {
                let file = var("PGPASSFILE")
                    .map(PathBuf::from)
                    .or_else(|| env.home.map(|h| h.join(".pgpass")));
                if let Some(file) = file {
                    if let Some(password) = password_from_file(&file, &config, &mut warnings) {
                        config.password(password);
                    }
                }
            }
        }
        let shown = show(&config);
        Ok(PgTarget {
            config,
            tls,
            shown,
            warnings,
        })
    }

    /// The connection parameters (they hold the password: never print them).
    pub fn config(&self) -> &postgres::Config {
        &self.config
    }

    /// The TLS the target asks for (`sslmode`, `sslrootcert`).
    pub fn tls(&self) -> &TlsSettings {
        &self.tls
    }
}

/// `url` without the hosts before its path when a `host=` parameter names the host, as
/// libpq reads it (the parameter replaces them; `postgres://u@localhost/db?host=/run/pg`
/// reaches only the socket), their ports moving to a `port=` parameter. The URL parser
/// would keep both and try `localhost`'s TCP port first: a name look-up and a refused
/// connection before every command, or another server if one listens there.
fn host_parameter_wins(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_string();
    };
    let rest = &url[scheme_end..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let params = tail.split_once('?').map_or("", |(_, q)| q);
    let has = |key: &str| params.split('&').any(|p| p.split('=').next() == Some(key));
    let (userinfo, hosts) = match authority.rfind('@') {
        Some(at) => authority.split_at(at + 1),
        None => ("", authority),
    };
    if hosts.is_empty() || !has("host") {
        return url.to_string();
    }
    let ports: Vec<&str> = hosts
        .split(',')
        .filter_map(|h| {
            let after = h.rfind(']').map_or(h, |close| &h[close..]);
            after.split_once(':').map(|(_, p)| p)
        })
        .collect();
    let mut out = format!("{}{userinfo}{tail}", &url[..scheme_end]);
    if !ports.is_empty() && !has("port") {
        out.push_str(&format!("&port={}", ports.join(",")));
    }
    out
}

/// `url` with a lower-case scheme, and `port` after every host that has none (libpq's
/// URLs take the port per host; `PGPORT` is the default for those without one).
fn normalize(url: &str, port: Option<u16>) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_string();
    };
    let scheme = url[..scheme_end].to_ascii_lowercase();
    let rest = &url[scheme_end..];
    let Some(port) = port else {
        return format!("{scheme}{rest}");
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let (userinfo, hosts) = match authority.rfind('@') {
        Some(at) => authority.split_at(at + 1),
        None => ("", authority),
    };
    if hosts.is_empty() {
        return format!("{scheme}{rest}");
    }
    let hosts: Vec<String> = hosts
        .split(',')
        .map(|h| {
            let has_port = match h.rfind(']') {
                Some(close) => h[close..].contains(':'),
                None => h.contains(':'),
            };
            if has_port || h.is_empty() {
                h.to_string()
            } else {
                format!("{h}:{port}")
            }
        })
        .collect();
    format!("{scheme}{userinfo}{}{tail}", hosts.join(","))
}

fn port_of(config: &postgres::Config) -> u16 {
    config.get_ports().first().copied().unwrap_or(5432)
}

fn host_text(host: &Host) -> String {
    match host {
        Host::Tcp(name) => name.clone(),
        Host::Unix(dir) => dir.display().to_string(),
    }
}

/// `postgres://USER@HOST:PORT/DB`, with a socket directory written as `localhost` plus a
/// `host=` parameter as libpq URLs spell it; no password. Several hosts each show their
/// own port (`db1:5432,db2:6000`; one port given is every host's), and an IPv6 address is
/// bracketed (`[::1]:5432`): a multi-host URL showed the first port after the last host,
/// and `::1:1` read as no address at all (ad2 F6).
fn show(config: &postgres::Config) -> String {
    let user = config.get_user().unwrap_or_default();
    let db = config.get_dbname().unwrap_or_default();
    let ports = config.get_ports();
    let port_at = |i: usize| match ports {
        [] => 5432,
        [one] => *one,
        many => many.get(i).copied().unwrap_or(5432),
    };
    let mut tcp = Vec::new();
    let mut sockets = Vec::new();
    for (i, h) in config.get_hosts().iter().enumerate() {
        match h {
            Host::Tcp(name) if name.contains(':') => tcp.push(format!("[{name}]:{}", port_at(i))),
            Host::Tcp(name) => tcp.push(format!("{name}:{}", port_at(i))),
            Host::Unix(_) => sockets.push(h),
        }
    }
    let mut text = format!(
        "postgres://{user}@{}/{db}",
        if tcp.is_empty() {
            format!("localhost:{}", port_of(config))
        } else {
            tcp.join(",")
        }
    );
    for s in sockets {
        text.push_str(if text.contains('?') { "&" } else { "?" });
        text.push_str(&format!("host={}", host_text(s)));
    }
    text
}

/// The scheme of a URL that did not parse (`postgres://`), the only part of it an error
/// shows: anything after it may hold a password.
fn scheme_of(url: &str) -> String {
    url.find("://").map_or("postgres://".to_string(), |end| {
        url[..end + 3].to_ascii_lowercase()
    })
}

/// A URL's userinfo (`USER[:PASSWORD]`, as typed) and the URL without it. The userinfo
/// ends at the last `@` before the host part: the last `@` after which comes only a host
/// list (no `@`, `/`, `?`, `#` or `=` before the path or the query) and before which the
/// user name (up to the first `:`) holds no `/`, `?`, `#` or `=`, so an `@` in a
/// parameter (`?application_name=me@home`) is not taken for one, and a password holding
/// `@`, `/`, `?`, `#`, `:` or `%` stays whole.
fn split_userinfo(url: &str) -> (Option<&str>, String) {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return (None, url.to_string());
    };
    let rest = &url[scheme_end..];
    let found = rest.rmatch_indices('@').map(|(at, _)| at).find(|&at| {
        let hosts = &rest[at + 1..];
        let hosts = &hosts[..hosts.find(['/', '?']).unwrap_or(hosts.len())];
        let user = rest[..at].split(':').next().unwrap_or_default();
        !hosts.contains(['@', '#', '=']) && !user.contains(['/', '?', '#', '='])
    });
    // The URL parser would take an `@` left in a database name or a parameter for the
    // userinfo's: written `%40`, which it decodes.
    match found {
        Some(at) => (
            Some(&rest[..at]),
            format!(
                "{}{}",
                &url[..scheme_end],
                rest[at + 1..].replace('@', "%40")
            ),
        ),
        None => (
            None,
            format!("{}{}", &url[..scheme_end], rest.replace('@', "%40")),
        ),
    }
}

/// The user name and password of a userinfo, percent-decoded (a `%` not followed by two
/// hex digits stays as typed); `None` when either is not UTF-8 once decoded.
fn credentials(userinfo: &str) -> Option<(String, Option<String>)> {
    let (user, password) = match userinfo.split_once(':') {
        Some((user, password)) => (user, Some(password)),
        None => (userinfo, None),
    };
    let password = match password {
        Some(p) => Some(percent_decode(p)?),
        None => None,
    };
    Some((percent_decode(user)?, password))
}

pub(crate) fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The password for `config`'s first host, port, database and user from a libpq password
/// file: lines `hostname:port:database:username:password`, `*` matching anything, `\:`
/// and `\\` escaping, `#` starting a comment; the first matching line wins. A socket
/// directory matches its path, and the default directory also `localhost`, as in libpq.
fn password_from_file(
    file: &Path,
    config: &postgres::Config,
    warnings: &mut Vec<String>,
) -> Option<String> {
    let meta = std::fs::metadata(file).ok()?;
    if !meta.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            warnings.push(format!(
                "password file `{}` is readable by group or others and was ignored; chmod 0600 it",
                file.display()
            ));
            return None;
        }
    }
    let text = std::fs::read_to_string(file).ok()?;
    let host = config
        .get_hosts()
        .first()
        .map(host_text)
        .unwrap_or_default();
    let default_socket = host == DEFAULT_SOCKET_DIR || host == "/run/postgresql";
    let port = port_of(config).to_string();
    let db = config.get_dbname().unwrap_or_default();
    let user = config.get_user().unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let fields = split_pgpass_line(l);
            (fields.len() == 5).then_some(fields)
        })
        .find(|f| {
            let m = |field: &str, value: &str| field == "*" || field == value;
            (m(&f[0], &host) || (default_socket && m(&f[0], "localhost")))
                && m(&f[1], &port)
                && m(&f[2], db)
                && m(&f[3], user)
        })
        .map(|f| f[4].clone())
}

/// The fields of one password-file line, with `\:` and `\\` unescaped.
fn split_pgpass_line(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(f)) = (chars.next(), fields.last_mut()) {
                    f.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            _ => {
                if let Some(f) = fields.last_mut() {
                    f.push(c);
                }
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse_with(url: &str, vars: &[(&str, &str)], home: Option<&Path>) -> PgTarget {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let var = move |name: &str| map.get(name).cloned();
        PgTarget::parse(
            url,
            &PgEnv {
                var: &var,
                home,
                os_user: "alice",
            },
        )
        .unwrap()
    }

    fn pgpass(dir: &Path, text: &str, mode: u32) -> PathBuf {
        let path = dir.join(".pgpass");
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        path
    }

    #[test]
    fn a_path_is_sqlite_and_a_url_is_postgres() {
        let var = |_: &str| None;
        let env = PgEnv {
            var: &var,
            home: None,
            os_user: "alice",
        };
        assert!(matches!(
            Target::parse(Path::new("ledger.sqlite3"), &env).unwrap(),
            Target::Sqlite(p) if p == Path::new("ledger.sqlite3")
        ));
        for url in [
            "postgres://bob@db.example/ledger",
            "PostgreSQL://db.example/x",
        ] {
            assert!(matches!(
                Target::parse(Path::new(url), &env).unwrap(),
                Target::Postgres(_)
            ));
        }
    }

    #[test]
    fn the_url_wins_over_the_environment_which_wins_over_defaults() {
        let t = parse_with(
            "postgres://bob@db.example:6543/ledger",
            &[("PGUSER", "carol"), ("PGHOST", "other"), ("PGPORT", "7000")],
            None,
        );
        assert_eq!(t.to_string(), "postgres://bob@db.example:6543/ledger");
        let t = parse_with(
            "postgres:///",
            &[("PGUSER", "carol"), ("PGHOST", "other"), ("PGPORT", "7000")],
            None,
        );
        assert_eq!(t.to_string(), "postgres://carol@other:7000/carol");
        let t = parse_with("postgresql://", &[], None);
        assert_eq!(
            t.to_string(),
            "postgres://alice@localhost:5432/alice?host=/var/run/postgresql"
        );
    }

    #[test]
    fn a_host_parameter_replaces_the_hosts_before_the_path_as_in_libpq() {
        let t = parse_with(
            "postgres://bob@localhost/ledger?host=/tmp/pg/run",
            &[],
            None,
        );
        assert_eq!(
            t.config().get_hosts(),
            &[Host::Unix(PathBuf::from("/tmp/pg/run"))]
        );
        assert_eq!(port_of(t.config()), 5432);
        let t = parse_with(
            "postgres://bob@db.example:6543/ledger?host=/tmp/pg/run&sslmode=disable",
            &[("PGPORT", "7000")],
            None,
        );
        assert_eq!(
            t.config().get_hosts(),
            &[Host::Unix(PathBuf::from("/tmp/pg/run"))]
        );
        assert_eq!(t.config().get_ports(), &[6543]);
        let t = parse_with(
            "postgres://bob@localhost/ledger?host=/tmp/pg/run",
            &[("PGPORT", "7000")],
            None,
        );
        assert_eq!(t.config().get_ports(), &[7000]);
        assert_eq!(
            t.to_string(),
            "postgres://bob@localhost:7000/ledger?host=/tmp/pg/run"
        );
        let t = parse_with("postgres://bob@a.example,b.example:6000/ledger", &[], None);
        assert_eq!(
            t.config().get_hosts(),
            &[
                Host::Tcp("a.example".to_string()),
                Host::Tcp("b.example".to_string())
            ]
        );
    }

    #[test]
    fn a_socket_directory_is_shown_as_a_host_parameter() {
        let t = parse_with(
            "postgres://bob@localhost/ledger?host=/tmp/pg/run",
            &[],
            None,
        );
        assert_eq!(
            t.to_string(),
            "postgres://bob@localhost:5432/ledger?host=/tmp/pg/run"
        );
    }

    /// ad2 F6: several hosts show their own ports; an IPv6 address is bracketed.
    #[test]
    fn several_hosts_show_their_ports_and_ipv6_is_bracketed() {
        for (url, shown) in [
            (
                "postgres://alice@db1:6000,db2:7000/ledger",
                "postgres://alice@db1:6000,db2:7000/ledger",
            ),
            (
                "postgres://alice@db1,db2:46717/ledger",
                "postgres://alice@db1:5432,db2:46717/ledger",
            ),
            (
                "postgresql://alice:pw@[::1]:1/ledger",
                "postgres://alice@[::1]:1/ledger",
            ),
            (
                "postgres://alice@[2001:db8::7]/ledger",
                "postgres://alice@[2001:db8::7]:5432/ledger",
            ),
        ] {
            assert_eq!(parse_with(url, &[], None).to_string(), shown, "{url}");
        }
    }

    #[test]
    fn passwords_never_show() {
        let t = parse_with("postgres://bob:s3cret@db.example/ledger", &[], None);
        assert_eq!(t.to_string(), "postgres://bob@db.example:5432/ledger");
        assert!(!format!("{t:?}").contains("s3cret"));
        assert_eq!(t.config().get_password(), Some(&b"s3cret"[..]));
        let var = |_: &str| None;
        let env = PgEnv {
            var: &var,
            home: None,
            os_user: "alice",
        };
        // A URL that does not parse is shown no further than its scheme (audit 20, A11).
        let err = PgTarget::parse("postgres://bob:s3cret@db/x?sslmode=bogus", &env).unwrap_err();
        assert!(!err.to_string().contains("s3cret"), "{err}");
        for url in [
            "postgres://bob@db/x?passwd=s3cret&sslmode=disable&host=/run/pg",
            "postgres://bob:s3cret/x@db/x?port=s3cret",
            "postgres://bob:s3cret/x@db:99999/x",
        ] {
            let err = PgTarget::parse(url, &env).unwrap_err();
            assert_eq!(
                err.to_string(),
                "--db `postgres://...`: not a PostgreSQL URL this tool reads (the rest is not shown: it may hold a password); expected postgres://USER@HOST[:PORT]/DB, with `%40` for an `@` in a database name or parameter",
                "{url}"
            );
        }
    }

    /// Audit 20, A11: the userinfo ends at the last `@` before the host part, so a password
    /// holding `@`, `/`, `:`, `#`, `?` or `%` is read whole and never becomes a host, a path
    /// or a port; an `@` in a parameter is not taken for the userinfo's.
    #[test]
    fn a_password_holding_url_characters_is_read_whole() {
        for (url, password, shown) in [
            (
                "postgres://alice:pa@ss#word@db.example/ledger",
                "pa@ss#word",
                "postgres://alice@db.example:5432/ledger",
            ),
            (
                "postgres://alice:S3cr/et@db.example/ledger?host=/tmp/x",
                "S3cr/et",
                "postgres://alice@localhost:5432/ledger?host=/tmp/x",
            ),
            (
                "postgres://alice:a:b?c%d@db.example:6000/ledger",
                "a:b?c%d",
                "postgres://alice@db.example:6000/ledger",
            ),
            (
                "postgres://alice:p%40ss%2Fw@db.example/ledger",
                "p@ss/w",
                "postgres://alice@db.example:5432/ledger",
            ),
        ] {
            let t = parse_with(url, &[], None);
            assert_eq!(
                t.config().get_password(),
                Some(password.as_bytes()),
                "{url}"
            );
            assert_eq!(t.to_string(), shown, "{url}");
        }
        let t = parse_with(
            "postgres://bob@db/x?application_name=me@home&password=p@ss",
            &[],
            None,
        );
        assert_eq!(t.to_string(), "postgres://bob@db:5432/x");
        assert_eq!(t.config().get_password(), Some(&b"p@ss"[..]));
        assert_eq!(t.config().get_application_name(), Some("me@home"));
        let t = parse_with("postgres://db/x?user=carol", &[], None);
        assert_eq!(t.to_string(), "postgres://carol@db:5432/x");
    }

    #[test]
    fn connection_strings_and_mistyped_urls_are_refused_unshown() {
        let var = |_: &str| None;
        let env = PgEnv {
            var: &var,
            home: None,
            os_user: "alice",
        };
        for db in [
            "host=127.0.0.1 port=5432 dbname=ledger user=alice password=s3cret",
            "dbname=ledger password=s3cret",
            "postgres:/alice:s3cret@db/ledger",
            "PostgreSQL:alice:s3cret@db",
        ] {
            let err = Target::parse(Path::new(db), &env).unwrap_err();
            let text = err.to_string();
            assert!(!text.contains("s3cret"), "{text}");
            assert!(text.contains("postgres://USER@HOST"), "{text}");
            assert_eq!(err.exit_code(), 2, "{text}");
        }
        // File names that merely hold `=` or start with "postgres" stay SQLite files.
        for db in [
            "ledger=2026.sqlite3",
            "postgres-ledger.sqlite3",
            "./user-data/x.db",
        ] {
            assert!(matches!(
                Target::parse(Path::new(db), &env),
                Ok(Target::Sqlite(_))
            ));
        }
    }

    /// Audit 20, A2: no TLS in this build, said as the client's, one line, exit 2.
    #[test]
    fn the_tls_asked_for_reaches_the_driver_and_the_password_stays_out_of_errors() {
        use crate::store::pg::tls::SslMode;
        use postgres::config::SslMode as Driver;
        let none = |_: &str| None;
        let env = PgEnv {
            var: &none,
            home: None,
            os_user: "alice",
        };
        for (mode, ours, driver) in [
            ("disable", SslMode::Disable, Driver::Disable),
            ("prefer", SslMode::Prefer, Driver::Prefer),
            ("require", SslMode::Require, Driver::Require),
            ("verify-full", SslMode::VerifyFull, Driver::Require),
        ] {
            let t = PgTarget::parse(
                &format!("postgres://bob:s3cret@db/x?sslmode={mode}&sslrootcert=/etc/hostname"),
                &env,
            )
            .unwrap();
            assert_eq!(t.tls().mode, ours, "{mode}");
            assert_eq!(t.config().get_ssl_mode(), driver, "{mode}");
        }
        let t = PgTarget::parse("postgres://bob@db/x", &env).unwrap();
        assert_eq!(t.config().get_ssl_mode(), Driver::Prefer);
        let err =
            PgTarget::parse("postgres://bob:s3cret@db/x?sslmode=verify-ca", &env).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(!err.to_string().contains("s3cret"), "{err}");
        assert!(
            err.to_string().starts_with("--db `...sslmode=verify-ca`: "),
            "{err}"
        );
    }

    /// ad2 F5: over a Unix socket libpq tries no TLS, so a PGSSLMODE=verify-full set for a
    /// remote server does not refuse the local socket for want of root certificates; a
    /// TCP host still is refused, before any connection.
    #[test]
    fn a_socket_needs_no_root_certificates_whatever_sslmode_says() {
        let home = tempfile::tempdir().unwrap();
        for (url, vars) in [
            (
                "postgres://alice@localhost/ledger?host=/tmp/pg/run",
                vec![("PGSSLMODE", "verify-full")],
            ),
            (
                "postgres:///ledger",
                vec![("PGSSLMODE", "verify-ca"), ("PGHOST", "/tmp/pg/run")],
            ),
            (
                "postgres://alice@%2Ftmp%2Fpg%2Frun/ledger?sslmode=verify-full&sslrootcert=/no/such.pem",
                vec![],
            ),
        ] {
            let t = parse_with(url, &vars, Some(home.path()));
            assert!(crate::store::pg::only_sockets(t.config()), "{url}");
        }
        let err = PgTarget::parse_named(
            "postgres://alice@db.example/ledger?sslmode=verify-full&sslrootcert=/no/such.pem",
            "--db",
            &PgEnv {
                var: &|_| None,
                home: Some(home.path()),
                os_user: "alice",
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "sslrootcert `/no/such.pem`: no such file");
    }

    #[test]
    fn pgpassword_comes_before_the_password_file() {
        let dir = tempfile::tempdir().unwrap();
        pgpass(dir.path(), "*:*:*:*:fromfile\n", 0o600);
        let t = parse_with(
            "postgres://bob@db/x",
            &[("PGPASSWORD", "fromenv")],
            Some(dir.path()),
        );
        assert_eq!(t.config().get_password(), Some(&b"fromenv"[..]));
    }

    #[test]
    fn the_password_file_first_matching_line_wins_with_wildcards_and_escapes() {
        let dir = tempfile::tempdir().unwrap();
        pgpass(
            dir.path(),
            "# team ledger\n\
             other:5432:x:bob:wrong-host\n\
             db:5433:x:bob:wrong-port\n\
             db:*:x:bob:pa\\:ss\\\\word\n\
             *:*:*:*:fallback\n",
            0o600,
        );
        let t = parse_with("postgres://bob@db/x", &[], Some(dir.path()));
        assert_eq!(t.config().get_password(), Some(&b"pa:ss\\word"[..]));
        let t = parse_with("postgres://eve@db/x", &[], Some(dir.path()));
        assert_eq!(t.config().get_password(), Some(&b"fallback"[..]));
        assert!(t.warnings.is_empty());
    }

    #[test]
    fn pgpassfile_names_the_password_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = pgpass(dir.path(), "localhost:5432:x:bob:sock\n", 0o600);
        let t = parse_with(
            "postgres://bob@/x",
            &[("PGPASSFILE", file.to_str().unwrap())],
            None,
        );
        // The default socket directory matches `localhost`, as in libpq.
        assert_eq!(t.config().get_password(), Some(&b"sock"[..]));
    }

    #[cfg(unix)]
    #[test]
    fn a_password_file_others_can_read_is_ignored_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        pgpass(dir.path(), "*:*:*:*:open\n", 0o644);
        let t = parse_with("postgres://bob@db/x", &[], Some(dir.path()));
        assert_eq!(t.config().get_password(), None);
        assert_eq!(t.warnings.len(), 1);
        assert!(t.warnings[0].contains("chmod 0600"), "{:?}", t.warnings);
    }

    #[test]
    fn a_bad_port_in_the_environment_is_named() {
        let var = |name: &str| (name == "PGPORT").then(|| "fifty".to_string());
        let env = PgEnv {
            var: &var,
            home: None,
            os_user: "alice",
        };
        let err = PgTarget::parse("postgres://bob@db/x", &env).unwrap_err();
        assert_eq!(err.to_string(), "PGPORT `fifty`: expected a port number");
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn pgport_is_the_port_of_hosts_without_one() {
        let t = parse_with("postgres://bob@db/x", &[("PGPORT", "6000")], None);
        assert_eq!(t.to_string(), "postgres://bob@db:6000/x");
        let t = parse_with("postgres://bob@db:7000/x", &[("PGPORT", "6000")], None);
        assert_eq!(t.to_string(), "postgres://bob@db:7000/x");
        assert_eq!(
            normalize("POSTGRES://u:p@[::1],h:1,k/x?a=b", Some(9)),
            "postgres://u:p@[::1]:9,h:1,k:9/x?a=b"
        );
    }
}
