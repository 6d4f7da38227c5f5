//! A fresh PostgreSQL database for one test, on the server named by `FORECAST_TEST_PG`
//! (`.ci/run` starts one with `scripts/pg-server.sh`). Without that variable a test skips
//! with a notice on a developer's machine, and fails when `CI=true`: CI must never pass
//! by skipping.

use std::sync::atomic::{AtomicU32, Ordering};

/// An empty database, dropped (with its connections) when this goes out of scope.
pub struct TestDb {
    admin: String,
    pub name: String,
    /// A URL for the new database, like the admin URL but naming it.
    pub url: String,
}

/// `FORECAST_TEST_PG`, or `None` after printing why the test skips; panics under CI.
pub fn server_url(test: &str) -> Option<String> {
    match std::env::var("FORECAST_TEST_PG") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => panic!(
            "{test}: FORECAST_TEST_PG is not set but CI=true; .ci/run must start PostgreSQL (scripts/pg-server.sh)"
        ),
        _ => {
            eprintln!(
                "note: {test} skipped: no PostgreSQL (start one with `bash scripts/pg-server.sh start DIR` and export FORECAST_TEST_PG)"
            );
            None
        }
    }
}

/// `url` with its database name replaced by `db`.
pub fn with_db(url: &str, db: &str) -> String {
    let start = url.find("://").map(|i| i + 3).unwrap_or(0);
    let rest = &url[start..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let after = &rest[authority_end..];
    let query = after.find('?').map(|q| &after[q..]).unwrap_or("");
    format!("{}{}/{db}{query}", &url[..start], &rest[..authority_end])
}

impl TestDb {
    /// A new, empty database; `None` when the test should skip.
    pub fn new(test: &str) -> Option<TestDb> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let admin = server_url(test)?;
        let name = format!(
            "forecast_test_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let mut client = postgres::Client::connect(&admin, postgres::NoTls)
            .unwrap_or_else(|e| panic!("{test}: cannot reach FORECAST_TEST_PG: {e}"));
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let url = with_db(&admin, &name);
        Some(TestDb { admin, name, url })
    }

    /// The ledger's writer role as `init-roles` names it (`forecast_DB_writer`).
    #[allow(dead_code)]
    pub fn writer(&self) -> String {
        format!("forecast_{}_writer", self.name)
    }

    /// The ledger's reader role as `init-roles` names it (`forecast_DB_reader`).
    #[allow(dead_code)]
    pub fn reader(&self) -> String {
        format!("forecast_{}_reader", self.name)
    }

    /// A connection to the test database as the server's superuser.
    pub fn connect(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap()
    }

    /// A connection as `role` (local connections are trusted on the test server).
    pub fn connect_as(&self, role: &str) -> postgres::Client {
        let mut config: postgres::Config = self.url.parse().unwrap();
        config.user(role);
        config.connect(postgres::NoTls).unwrap()
    }
}

/// A login role for one test, made by the server's superuser and named after the test's
/// database (roles are cluster-wide); dropped, with its grants, when this goes out of scope.
/// Declare it after its `TestDb`, so it goes first.
pub struct TestRole {
    pub name: String,
    /// The test database's URL as this role (local connections are trusted).
    pub url: String,
    admin: String,
    db_url: String,
}

impl TestDb {
    /// A new login role `NAME_suffix`, a member of `group` when one is given.
    pub fn role(&self, suffix: &str, group: Option<&str>) -> TestRole {
        let name = format!("{}_{suffix}", self.name);
        let member = group.map(|g| format!(" IN ROLE {g}")).unwrap_or_default();
        self.connect()
            .batch_execute(&format!("CREATE ROLE {name} LOGIN{member}"))
            .unwrap();
        TestRole {
            url: with_user(&self.url, &name),
            name,
            admin: self.admin.clone(),
            db_url: self.url.clone(),
        }
    }
}

/// `url` with its user replaced by `user`.
pub fn with_user(url: &str, user: &str) -> String {
    let start = url.find("://").map(|i| i + 3).unwrap_or(0);
    let rest = &url[start..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let host = match rest[..authority_end].rfind('@') {
        Some(at) => &rest[at + 1..],
        None => rest,
    };
    format!("{}{user}@{host}", &url[..start])
}

impl Drop for TestRole {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.db_url, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP OWNED BY {}", self.name));
        }
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP ROLE IF EXISTS {}", self.name));
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
            // Its roles, once the database (where their rights were) is gone.
            let _ = client.batch_execute(&format!(
                "DROP ROLE IF EXISTS {}, {}",
                self.writer(),
                self.reader()
            ));
        }
    }
}

/// The TLS-only loopback URL of the test server (`FORECAST_TEST_PG_TLS`, written by
/// `scripts/pg-server.sh` to DIR/run/tls-url) and the directory of its test certificates
/// (DIR/tls, beside DIR/run), or `None` after printing why the test skips; panics under CI.
#[allow(dead_code)]
pub fn tls_server(test: &str) -> Option<(String, std::path::PathBuf)> {
    let url = match std::env::var("FORECAST_TEST_PG_TLS") {
        Ok(url) if !url.trim().is_empty() => url.trim().to_string(),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => panic!(
            "{test}: FORECAST_TEST_PG_TLS is not set but CI=true; .ci/run must export it from scripts/pg-server.sh's DIR/run/tls-url"
        ),
        _ => {
            eprintln!(
                "note: {test} skipped: no TLS PostgreSQL (export FORECAST_TEST_PG_TLS=$(cat DIR/run/tls-url) after `bash scripts/pg-server.sh start DIR`)"
            );
            return None;
        }
    };
    let socket_url = server_url(test)?;
    let run = socket_url
        .split_once("host=")
        .map(|(_, dir)| dir.split('&').next().unwrap_or(dir).to_string())
        .expect("FORECAST_TEST_PG names its socket directory with host=");
    let certs = std::path::Path::new(&run)
        .parent()
        .expect("the socket directory has a parent")
        .join("tls");
    Some((url, certs))
}
