use crate::harness::{file_bytes, Ledger};

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let l = Ledger::new();
    std::fs::write(&l.db, "just some notes\n").unwrap();
    for args in [
        vec!["list"],
        vec![
            "add",
            "--source",
            "a",
            "--claim",
            "c",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
        ],
    ] {
        let err = l.fails(&args, 2);
        assert!(err.contains("is not a forecast-ledger database"), "{err}");
    }
    assert_eq!(file_bytes(&l.db), b"just some notes\n");
    assert_eq!(
        std::fs::read_dir(l.dir.path()).unwrap().count(),
        1,
        "no journal files beside it"
    );
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let l = Ledger::new();
    l.add("a", "c", "0.5", "2025-01-01", "2025-02-01", &[]);
    {
        let conn = rusqlite::Connection::open(&l.db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = file_bytes(&l.db);
    let err = l.fails(
        &[
            "add",
            "--source",
            "a",
            "--claim",
            "c",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
        ],
        2,
    );
    assert!(
        err.contains("schema version 999, newer than this binary supports"),
        "{err}"
    );
    l.fails(&["report"], 2);
    assert_eq!(file_bytes(&l.db), before);
}

/// A ledger whose `user_version` was set back by hand (audit: every command, `verify`
/// included, failed with SQLite's "duplicate column name"): its schema already has what the
/// next migration adds, so every command refuses it in one line naming the mismatch, exit 2,
/// and the file is left as it was.
#[test]
fn a_schema_ahead_of_its_version_is_refused_in_words_untouched() {
    let l = Ledger::new();
    l.add("a", "c", "0.5", "2025-01-01", "2025-02-01", &[]);
    // As by hand with the sqlite3 shell: the ledger stays in WAL mode, as the tool made it.
    let set_version = |v: i64| {
        let conn = rusqlite::Connection::open(&l.db).unwrap();
        conn.pragma_update(None, "user_version", v).unwrap();
    };
    let state = || {
        (
            l.count("PRAGMA user_version"),
            l.count("SELECT count(*) FROM journal"),
            l.count("SELECT count(*) FROM forecasts"),
        )
    };
    let path = l.db.display().to_string();
    let message = |what: &str| {
        format!("error: ledger `{path}`: its schema does not match its version ({what}); it was changed outside forecast, nothing was changed; restore the latest copy made by `forecast backup FILE` in its place (`forecast --db COPY verify` checks a copy first)\n")
    };
    set_version(12);
    let add = [
        "add",
        "--source",
        "a",
        "--claim",
        "d",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ];
    let ahead = message("12: column `attributed_to`, which migration 13 adds, is there already");
    for args in [&add[..], &["verify"], &["report"], &["list"], &["migrate"]] {
        assert_eq!(l.fails(args, 2), ahead, "{args:?}");
    }
    assert_eq!(state(), (12, 3, 1));
    set_version(7);
    assert_eq!(
        l.fails(&["verify"], 2),
        message("7: index `forecasts_claim`, which migration 8 adds, is there already")
    );
    assert_eq!(l.fails(&add, 2), l.fails(&["verify"], 2));
}

#[test]
fn demo_prints_a_report_of_several_sources() {
    let l = Ledger::new();
    let out = l.demo(&[]);
    for name in [
        "Northbridge Analytics",
        "Dana Whitfield",
        "overall",
        "Calibration:",
    ] {
        assert!(out.contains(name), "{out}");
    }
    let json: serde_json::Value = serde_json::from_str(&l.demo(&["--format", "json"])).unwrap();
    assert_eq!(
        json["sources"].as_array().unwrap().len(),
        6,
        "five CSV sources and the article-extracted Launch Report"
    );
    assert_eq!(json["overall"]["forecasts"], 49 + 13);
    assert_eq!(
        json["overall"]["due"], 4,
        "the four forecasts on the one question left unresolved"
    );
    assert_eq!(
        json["overall"]["logged_late"], 1,
        "each sample forecast is written on the day it was made; only the row that arrives \
         with its outcome (void) is logged late"
    );
    assert!(!l.db.exists(), "the demo never touches the user's ledger");
}

#[test]
fn an_unreachable_postgres_server_is_named_without_its_password_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["list"],
        vec![
            "add",
            "--source",
            "a",
            "--claim",
            "c",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
        ],
    ] {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once:
        // no server reached is a failure of the environment, exit 1 (DESIGN.md).
        let out = assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
            .current_dir(dir.path())
            .env_remove("FORECAST_DB")
            .env_remove("PGPASSWORD")
            .env("FORECAST_TODAY", "2026-01-01")
            .args(["--db", "postgres://bob:s3cret@127.0.0.1:1/ledger"])
            .args(&args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.starts_with(
                "error: PostgreSQL, connecting to `postgres://bob@127.0.0.1:1/ledger`: "
            ),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        // The cause, not only the client's kind of error ("error connecting to server").
        assert!(
            stderr.ends_with("`: error connecting to server: Connection refused (os error 111)\n"),
            "{stderr}"
        );
        assert!(!stderr.contains("s3cret"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn copy_to_an_unreachable_server_names_it_without_its_password() {
    let l = crate::harness::Ledger::new();
    l.ok(&[
        "add",
        "--source",
        "a",
        "--claim",
        "c",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ]);
    let r = l.run(&["copy", "--to", "postgres://bob:s3cret@127.0.0.1:1/ledger"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with("error: PostgreSQL, connecting to `postgres://bob@127.0.0.1:1/ledger`: "),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("s3cret"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

/// A stand-in for a PostgreSQL server that asks for a password and refuses it, as a server
/// does for a wrong one (protocol 3: `AuthenticationCleartextPassword`, then an
/// `ErrorResponse` with SQLSTATE 28P01 and the server's words). Serves `connections`
/// clients; returns its port and, when done, the passwords it was sent.
fn refusing_server(connections: usize) -> (u16, std::thread::JoinHandle<Vec<String>>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let mut passwords = Vec::new();
        for _ in 0..connections {
            let (mut s, _) = listener.accept().unwrap();
            let read_exact = |s: &mut std::net::TcpStream, n: usize| {
                let mut buf = vec![0u8; n];
                s.read_exact(&mut buf).unwrap();
                buf
            };
            // The startup message (after a refused SSLRequest, if the client sends one).
            loop {
                let len = u32::from_be_bytes(read_exact(&mut s, 4).try_into().unwrap()) as usize;
                let body = read_exact(&mut s, len - 4);
                if body[..4] == 80_877_103u32.to_be_bytes() {
                    s.write_all(b"N").unwrap();
                    continue;
                }
                break;
            }
            let mut reply = b"R".to_vec();
            reply.extend(8u32.to_be_bytes());
            reply.extend(3u32.to_be_bytes());
            s.write_all(&reply).unwrap();
            // A client with no password to give hangs up instead.
            let mut tag = [0u8; 1];
            if s.read(&mut tag).unwrap() == 0 {
                passwords.push(String::new());
                continue;
            }
            assert_eq!(&tag, b"p");
            let len = u32::from_be_bytes(read_exact(&mut s, 4).try_into().unwrap()) as usize;
            let mut password = read_exact(&mut s, len - 4);
            password.pop();
            passwords.push(String::from_utf8(password).unwrap());
            let mut fields = Vec::new();
            for (code, value) in [
                (b'S', "FATAL"),
                (b'V', "FATAL"),
                (b'C', "28P01"),
                (b'M', "password authentication failed for user \"bob\""),
            ] {
                fields.push(code);
                fields.extend(value.as_bytes());
                fields.push(0);
            }
            fields.push(0);
            let mut reply = b"E".to_vec();
            reply.extend((fields.len() as u32 + 4).to_be_bytes());
            reply.extend(fields);
            s.write_all(&reply).unwrap();
        }
        passwords
    });
    (port, handle)
}

#[test]
fn a_wrong_postgres_password_is_one_line_exit_2_and_never_shown() {
    let dir = tempfile::tempdir().unwrap();
    let (port, server) = refusing_server(2);
    // The password in the URL, then from PGPASSWORD.
    for (url, env) in [
        (
            format!("postgres://bob:s3cret@127.0.0.1:{port}/ledger"),
            None,
        ),
        (
            format!("postgres://bob@127.0.0.1:{port}/ledger"),
            Some("s3cret"),
        ),
    ] {
        let mut cmd = assert_cmd::Command::cargo_bin("forecast").unwrap();
        cmd.env("FORECAST_TEST_NOW", crate::harness::TEST_NOW);
        cmd.current_dir(dir.path())
            .env_remove("FORECAST_DB")
            .env_remove("PGPASSWORD")
            .env("PGPASSFILE", dir.path().join("none"))
            .env("FORECAST_TODAY", "2026-01-01")
            .args(["--db", &url, "list"]);
        if let Some(p) = env {
            cmd.env("PGPASSWORD", p);
        }
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert_eq!(
            stderr,
            format!(
                "error: PostgreSQL, connecting to `postgres://bob@127.0.0.1:{port}/ledger`: password authentication failed for user \"bob\"; check the role's password where it came from: the URL, else PGPASSWORD, else the password file ~/.pgpass\n"
            )
        );
        assert!(out.stdout.is_empty());
    }
    // The client did send the password, so the test refused a real one.
    assert_eq!(server.join().unwrap(), vec!["s3cret", "s3cret"]);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// Audit 20, A11: a password holding `@`, `/`, `:`, `#`, `?` and `%` unencoded is read whole
/// (the userinfo ends at the last `@` before the host) on every path that names a server:
/// `--db`, `FORECAST_DB`, `init-roles`, `copy --to`; the server is sent the whole password
/// and the error names only `postgres://bob@HOST:PORT/DB`. A URL that still does not parse
/// is shown no further than its scheme, named by the flag or variable that gave it.
#[test]
fn a_password_holding_url_characters_is_read_whole_and_never_shown() {
    const PASSWORD: &str = "p@s/s:w#o?r%d";
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("l.sqlite3");
    let run = |db: Option<&str>, env_db: Option<&str>, args: &[&str]| {
        let mut cmd = assert_cmd::Command::cargo_bin("forecast").unwrap();
        cmd.env("FORECAST_TEST_NOW", crate::harness::TEST_NOW);
        cmd.current_dir(dir.path())
            .env_remove("FORECAST_DB")
            .env_remove("PGPASSWORD")
            .env("PGPASSFILE", dir.path().join("none"))
            .env("FORECAST_TODAY", "2026-01-01");
        if let Some(db) = db {
            cmd.args(["--db", db]);
        }
        if let Some(db) = env_db {
            cmd.env("FORECAST_DB", db);
        }
        let out = cmd.args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let add = [
        "add",
        "--source",
        "a",
        "--claim",
        "c",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ];
    assert_eq!(run(Some(ledger.to_str().unwrap()), None, &add).0, Some(0));
    let (port, server) = refusing_server(4);
    let url = format!("postgres://bob:{PASSWORD}@127.0.0.1:{port}/ledger");
    let refused = format!(
        "error: PostgreSQL, connecting to `postgres://bob@127.0.0.1:{port}/ledger`: password authentication failed for user \"bob\"; check the role's password where it came from: the URL, else PGPASSWORD, else the password file ~/.pgpass\n"
    );
    for (db, env_db, args) in [
        (Some(url.as_str()), None, vec!["list"]),
        (None, Some(url.as_str()), vec!["list"]),
        (Some(url.as_str()), None, vec!["init-roles"]),
        (
            Some(ledger.to_str().unwrap()),
            None,
            vec!["copy", "--to", url.as_str()],
        ),
    ] {
        assert_eq!(
            run(db, env_db, &args),
            (Some(2), refused.clone()),
            "{args:?}"
        );
    }
    assert_eq!(server.join().unwrap(), vec![PASSWORD; 4]);
    // Unreadable (a port that is no number): nothing past the scheme, by the name that gave it.
    let bad = format!("postgres://bob:{PASSWORD}@127.0.0.1:99999/ledger?host=/tmp/x");
    let unread = |flag: &str| {
        format!(
            "error: {flag} `postgres://...`: not a PostgreSQL URL this tool reads (the rest is not shown: it may hold a password); expected postgres://USER@HOST[:PORT]/DB, with `%40` for an `@` in a database name or parameter\n"
        )
    };
    assert_eq!(run(Some(&bad), None, &["list"]), (Some(2), unread("--db")));
    assert_eq!(
        run(None, Some(&bad), &["list"]),
        (Some(2), unread("FORECAST_DB"))
    );
    assert_eq!(
        run(Some(&bad), None, &["init-roles"]),
        (Some(2), unread("--db"))
    );
    assert_eq!(
        run(
            Some(ledger.to_str().unwrap()),
            None,
            &["copy", "--to", &bad]
        ),
        (Some(2), unread("copy --to"))
    );
    // The audit's cases: `S3cr/et` was shown as `port=S3cr` and a path `/et@...`.
    // (A bad sslmode is named by itself, the rest of the URL not shown.)
    let slash = "postgres://alice:S3cr/et@127.0.0.1:1/ledger?host=/tmp/x&sslmode=bogus";
    let (code, stderr) = run(Some(slash), None, &["list"]);
    assert_eq!(
        (code, stderr.as_str()),
        (
            Some(2),
            "error: --db `...sslmode=bogus`: expected one of disable, allow, prefer, require, verify-ca, verify-full\n"
        )
    );
}

/// Encryption asked of a server that has none: the connection stops at the server's "no",
/// one line, exit 1 (the server was reached; it is its answer), before anything else crosses.
#[test]
fn encryption_asked_of_a_server_without_tls_fails_in_one_line_and_nothing_is_written() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    // A server that answers the client's SSLRequest with "N" (no TLS here), as a server
    // built or configured without it does.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        let mut request = [0u8; 8];
        s.read_exact(&mut request).unwrap();
        assert_eq!(request[4..], 80_877_103u32.to_be_bytes());
        s.write_all(b"N").unwrap();
        let mut rest = Vec::new();
        let _ = s.read_to_end(&mut rest);
        rest.len()
    });
    let out = assert_cmd::Command::cargo_bin("forecast")
        .unwrap()
        .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
        .current_dir(dir.path())
        .env_remove("FORECAST_DB")
        .env_remove("PGSSLMODE")
        .env("HOME", dir.path())
        .args([
            "--db",
            &format!("postgres://bob:s3cret@127.0.0.1:{port}/ledger?sslmode=require"),
            "list",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("server does not support TLS"), "{err}");
    assert!(!err.contains("s3cret"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(out.stdout.is_empty());
    // Nothing crossed in clear after the refusal: not the startup message, not the password.
    assert_eq!(server.join().unwrap(), 0);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// The server asks for a password and none was given anywhere: the user's to supply, so
/// exit 2 (not 1, which says no server was reached), with where passwords come from.
#[test]
fn a_password_the_server_asks_for_and_none_was_given_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let (port, server) = refusing_server(1);
    let out = assert_cmd::Command::cargo_bin("forecast")
        .unwrap()
        .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
        .current_dir(dir.path())
        .env_remove("FORECAST_DB")
        .env_remove("PGPASSWORD")
        .env("PGPASSFILE", dir.path().join("none"))
        .env("FORECAST_TODAY", "2026-01-01")
        .args([
            "--db",
            &format!("postgres://bob@127.0.0.1:{port}/ledger"),
            "list",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("password missing"), "{stderr}");
    assert!(stderr.contains("set PGPASSWORD"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(server.join().unwrap(), vec![String::new()]);
}

/// libpq's keyword/value form and a mistyped URL would name an SQLite file (password and
/// all): refused, exit 2, nothing written, the value never shown.
#[test]
fn a_connection_string_is_refused_and_never_shown_or_made_a_file() {
    let dir = tempfile::tempdir().unwrap();
    for db in [
        "host=127.0.0.1 port=5432 dbname=ledger user=alice password=S3cretWrong",
        "postgres:/alice:S3cretWrong@127.0.0.1:5432/ledger",
    ] {
        let out = assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
            .current_dir(dir.path())
            .env_remove("FORECAST_DB")
            .args(["--db", db, "add", "--source", "x", "--claim", "y"])
            .args(["--probability", "0.5", "--deadline", "2027-01-01"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(!stderr.contains("S3cret"), "{stderr}");
        assert!(
            stderr.starts_with("error: ") && stderr.contains("postgres://USER@HOST"),
            "{stderr}"
        );
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// ad2 F1, F2, F9, F10: a password in a URL is never printed by `--help` (FORECAST_DB's
/// value), by `copy --to` the ledger itself, by `backup URL`, or by a near miss of a URL
/// (a space or a quote before `postgres://`, a mistyped scheme) taken as a file path, and
/// none of them makes a file.
#[test]
fn a_url_is_never_shown_by_help_copy_onto_itself_backup_or_a_near_miss() {
    const PASSWORD: &str = "Pw0rdLeak";
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("l.sqlite3");
    let run = |db: Option<&str>, env_db: Option<&str>, args: &[&str]| {
        let mut cmd = assert_cmd::Command::cargo_bin("forecast").unwrap();
        cmd.env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
            .current_dir(dir.path())
            .env_remove("FORECAST_DB")
            .env_remove("PGPASSWORD")
            .env("PGPASSFILE", dir.path().join("none"))
            .env("FORECAST_TODAY", "2026-01-01");
        if let Some(db) = db {
            cmd.args(["--db", db]);
        }
        if let Some(db) = env_db {
            cmd.env("FORECAST_DB", db);
        }
        let out = cmd.args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let add = [
        "add",
        "--source",
        "a",
        "--claim",
        "c",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ];
    let l = ledger.to_str().unwrap();
    assert_eq!(run(Some(l), None, &add).0, Some(0));
    let url = format!("postgres://bob:{PASSWORD}@127.0.0.1:1/ledger");
    // --help showed `[env: FORECAST_DB=postgres://bob:PASSWORD@...]`.
    for args in [vec!["--help"], vec!["add", "--help"], vec!["help", "add"]] {
        let (code, stdout, stderr) = run(None, Some(&url), &args);
        assert_eq!((code, stderr.as_str()), (Some(0), ""), "{args:?}");
        assert!(stdout.contains("[env: FORECAST_DB]"), "{args:?}: {stdout}");
        assert!(!stdout.contains(PASSWORD), "{args:?}: {stdout}");
    }
    // copy --to the ledger itself: named as every server is, without the password.
    assert_eq!(
        run(Some(&url), None, &["copy", "--to", &url]),
        (
            Some(2),
            String::new(),
            "error: copy --to `postgres://bob@127.0.0.1:1/ledger`: that is the ledger being copied; name a new SQLite file or an empty PostgreSQL database\n".to_string()
        )
    );
    // backup writes an SQLite file: a URL is refused, unshown, with the way to PostgreSQL.
    let backup = "error: backup: it writes a new SQLite file, and this is a URL (not shown: it may hold a password); to copy the ledger into PostgreSQL: `forecast copy --to postgres://USER@HOST[:PORT]/DB`\n";
    for to in [
        url.clone(),
        format!(" {url}"),
        format!("postgress://bob:{PASSWORD}@h/x"),
    ] {
        assert_eq!(
            run(Some(l), None, &["backup", &to]),
            (Some(2), String::new(), backup.to_string()),
            "{to}"
        );
    }
    // Near misses were taken as file paths and printed: "the folder ` postgres://bob:...`".
    let near = |flag: &str| {
        format!("error: {flag}: it reads as a URL but is not a postgres:// URL this tool reads (not shown: it may hold a password; a space or a quote before `postgres://` counts); give postgres://USER@HOST[:PORT]/DB, or a file path\n")
    };
    for miss in [
        format!(" {url}"),
        format!("\"{url}\""),
        format!("'{url}'"),
        format!("postgress://bob:{PASSWORD}@127.0.0.1:1/ledger"),
        format!("pg://bob:{PASSWORD}@127.0.0.1:1/ledger"),
    ] {
        assert_eq!(
            run(Some(&miss), None, &add),
            (Some(2), String::new(), near("--db")),
            "{miss}"
        );
        assert_eq!(
            run(None, Some(&miss), &["list"]),
            (Some(2), String::new(), near("FORECAST_DB")),
            "{miss}"
        );
        assert_eq!(
            run(Some(l), None, &["copy", "--to", &miss]),
            (Some(2), String::new(), near("--to")),
            "{miss}"
        );
    }
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("l.sqlite3"))
        .collect();
    assert_eq!(names, Vec::<String>::new());
}

/// ad2 F3: a server that accepts the connection and never answers held the command for
/// ever, `connect_timeout` in the URL and `PGCONNECT_TIMEOUT` notwithstanding (the driver
/// bounds only the TCP connect; libpq the whole start). Now one line, exit 1.
#[test]
fn a_server_that_never_answers_is_given_up_after_connect_timeout() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (done, wait) = std::sync::mpsc::channel::<()>();
    let server = std::thread::spawn(move || {
        // Accept both connections and say nothing until the test ends.
        let held: Vec<_> = (0..2).map(|_| listener.accept().unwrap()).collect();
        let _ = wait.recv();
        drop(held);
    });
    let dir = tempfile::tempdir().unwrap();
    let run = |url: &str, timeout_var: Option<&str>| {
        let mut cmd = assert_cmd::Command::cargo_bin("forecast").unwrap();
        cmd.current_dir(dir.path())
            .env_remove("FORECAST_DB")
            .env_remove("PGCONNECT_TIMEOUT")
            .env("PGPASSFILE", dir.path().join("none"))
            .timeout(std::time::Duration::from_secs(60));
        if let Some(t) = timeout_var {
            cmd.env("PGCONNECT_TIMEOUT", t);
        }
        let out = cmd.args(["--db", url, "list"]).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let said = format!(
        "error: PostgreSQL, connecting to `postgres://bob@127.0.0.1:{port}/ledger`: the server did not answer within 1 s (connect_timeout); check that it is up and reachable\n"
    );
    assert_eq!(
        run(
            &format!("postgres://bob:pw@127.0.0.1:{port}/ledger?connect_timeout=1&sslmode=disable"),
            None
        ),
        (Some(1), said.clone())
    );
    assert_eq!(
        run(
            &format!("postgres://bob:pw@127.0.0.1:{port}/ledger"),
            Some("1")
        ),
        (Some(1), said)
    );
    assert_eq!(
        run(
            &format!("postgres://bob@127.0.0.1:{port}/ledger"),
            Some("soon")
        ),
        (
            Some(2),
            "error: PGCONNECT_TIMEOUT `soon`: expected a number of seconds\n".to_string()
        )
    );
    done.send(()).unwrap();
    server.join().unwrap();
}

/// Audit 14, A14: a first write that fails before the ledger is set up (here the file-size
/// limit stands in for a full disk) takes away the file it created, so no 0-byte "ledger"
/// is left; and a reading command given a 0-byte file, or an SQLite file without tables,
/// says it is no ledger (exit 2) where it was read as a verified empty ledger.
#[cfg(unix)]
#[test]
fn a_failed_first_write_leaves_no_file_and_an_empty_file_is_no_ledger() {
    let l = Ledger::new();
    let bin = assert_cmd::cargo::cargo_bin("forecast");
    let out = std::process::Command::new("sh")
        .arg("-c")
        // Ignored SIGXFSZ: a write past the limit fails with EFBIG, as on a full disk.
        .arg("trap '' XFSZ; ulimit -f 0; exec \"$0\" --db \"$1\" add --source x --claim y --probability 0.5 --deadline 2027-01-01")
        .arg(&bin)
        .arg(&l.db)
        .env("FORECAST_TODAY", "2026-11-28")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: database error: disk I/O error\n"
    );
    assert!(!l.db.exists());
    for suffix in ["-wal", "-shm", "-journal"] {
        assert!(!l.path(&format!("ledger.sqlite3{suffix}")).exists());
    }
    let want = |what: &str| {
        format!(
            "error: `{}` {what}, not a ledger: nothing was ever logged in it (a first write that failed, or a file made by hand); check the path, or log a forecast with `forecast add` to make it a ledger\n",
            l.db.display()
        )
    };
    std::fs::write(&l.db, b"").unwrap();
    for cmd in [&["verify"][..], &["list", "--format", "csv"], &["report"]] {
        assert_eq!(
            l.fails(cmd, 2),
            want("is an empty file (0 bytes)"),
            "{cmd:?}"
        );
    }
    std::fs::remove_file(&l.db).unwrap();
    rusqlite::Connection::open(&l.db)
        .unwrap()
        .execute_batch("PRAGMA user_version = 0; VACUUM;")
        .unwrap();
    assert_eq!(
        l.fails(&["verify"], 2),
        want("is an SQLite file with no tables")
    );
    // A write sets such a file up as a ledger, as before.
    l.add("x", "y", "0.5", "2026-11-01", "2027-01-01", &[]);
    assert!(l.ok(&["verify"]).starts_with("ok: 3 journal entries"));
}
