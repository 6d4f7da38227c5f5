//! Encrypted connections to PostgreSQL through the `forecast` binary, against the test
//! server's TLS-only loopback port (`scripts/pg-server.sh`: a plain TCP connection there is
//! rejected, so every command that succeeds on it was encrypted). sslmode and sslrootcert
//! are read as libpq reads them; see `store::pg::tls`.

#[path = "support/pg.rs"]
#[allow(dead_code)]
mod pg_support;

use pg_support::{tls_server, with_db, TestDb};
use std::path::Path;
use std::process::{Command, Output};

fn forecast(url: &str, home: &Path) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("forecast"));
    c.env_remove("FORECAST_DB")
        .env_remove("PGSSLMODE")
        .env_remove("PGSSLROOTCERT")
        .env("HOME", home)
        .env("FORECAST_TODAY", "2026-11-28")
        .arg("--db")
        .arg(url);
    c
}

/// Adds a forecast with a claim of its own, so no two calls repeat one another.
fn add(url: &str, home: &Path) -> Output {
    static CALLS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    forecast(url, home)
        .args(["add", "--source", "Jane", "--claim"])
        .arg(format!("It rains in Lisbon on day {n}"))
        .args(["--probability", "0.7", "--deadline", "2027-01-31"])
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh database, its TLS URL with `params` appended, and the certificates' folder.
fn setup(test: &str) -> Option<(TestDb, String, std::path::PathBuf, tempfile::TempDir)> {
    let (tls_url, certs) = tls_server(test)?;
    let db = TestDb::new(test)?;
    let url = with_db(&tls_url, &db.name);
    Some((db, url, certs, tempfile::tempdir().unwrap()))
}

#[test]
fn every_mode_that_encrypts_works_and_disable_is_turned_away_by_a_tls_only_server() {
    let Some((db, url, certs, home)) = setup("every_mode_that_encrypts_works") else {
        return;
    };
    let ca = certs.join("ca.crt");
    let ca = ca.display();
    for query in [
        String::new(),
        "?sslmode=prefer".to_string(),
        "?sslmode=require".to_string(),
        format!("?sslmode=verify-ca&sslrootcert={ca}"),
        format!("?sslmode=verify-full&sslrootcert={ca}"),
    ] {
        let out = add(&format!("{url}{query}"), home.path());
        assert!(out.status.success(), "{query}: {}", stderr(&out));
    }
    let n: i64 = db
        .connect()
        .query_one("SELECT count(*) FROM forecasts", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 5);
    // The server's refusal is an answer about the user's settings: exit 2.
    let out = add(&format!("{url}?sslmode=disable"), home.path());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("pg_hba.conf rejects connection") && err.contains("no encryption"),
        "{err}"
    );
}

#[test]
fn the_server_certificate_is_checked_as_verify_ca_and_verify_full_ask() {
    let Some((_db, url, certs, home)) = setup("the_server_certificate_is_checked") else {
        return;
    };
    let other = certs.join("other-ca.crt");
    let ca = certs.join("ca.crt");
    // A root that signed nothing here: refused by verify-ca and verify-full, one line,
    // exit 1 (the server is reachable; the certificate is wrong), password not shown.
    for mode in ["verify-ca", "verify-full"] {
        let out = add(
            &format!("{url}?sslmode={mode}&sslrootcert={}", other.display()),
            home.path(),
        );
        assert_eq!(out.status.code(), Some(1), "{mode}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("UnknownIssuer") || err.contains("certificate"),
            "{err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        let password = url.split(':').nth(2).unwrap().split('@').next().unwrap();
        assert!(!err.contains(password), "{err}");
    }
    // The certificate names `localhost`, not 127.0.0.1: verify-full refuses the address,
    // verify-ca (chain only) takes it.
    let by_address = url.replace("@localhost:", "@127.0.0.1:");
    let out = add(
        &format!(
            "{by_address}?sslmode=verify-full&sslrootcert={}",
            ca.display()
        ),
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("certificate not valid for name \"127.0.0.1\""),
        "{}",
        stderr(&out)
    );
    let out = add(
        &format!(
            "{by_address}?sslmode=verify-ca&sslrootcert={}",
            ca.display()
        ),
        home.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn the_default_root_file_and_pgsslmode_are_read_as_libpq_reads_them() {
    let Some((_db, url, certs, home)) = setup("the_default_root_file") else {
        return;
    };
    // No root file: verify-full names the default file and the ways out, exit 2.
    let out = forecast(&url, home.path())
        .env("PGSSLMODE", "verify-full")
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(".postgresql/root.crt` does not exist"),
        "{}",
        stderr(&out)
    );
    // ~/.postgresql/root.crt is read when present: the wrong root makes even `require`
    // check the chain (libpq's rule), the right one lets verify-full through.
    std::fs::create_dir(home.path().join(".postgresql")).unwrap();
    let root = home.path().join(".postgresql/root.crt");
    std::fs::copy(certs.join("other-ca.crt"), &root).unwrap();
    let out = add(&format!("{url}?sslmode=require"), home.path());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    std::fs::copy(certs.join("ca.crt"), &root).unwrap();
    let out = forecast(&url, home.path())
        .env("PGSSLMODE", "verify-full")
        .args(["add", "--source", "Jane", "--claim", "Snow in Oslo"])
        .args(["--probability", "0.8", "--deadline", "2027-01-31"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_unix_socket_ignores_sslmode_as_libpq_does() {
    let Some(db) = TestDb::new("a_unix_socket_ignores_sslmode") else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let out = add(&format!("{}&sslmode=require", db.url), home.path());
    assert!(out.status.success(), "{}", stderr(&out));
}
