//! What a new user meets in the first hour (issue 12): the local "today", dates as people
//! type them, formats refused rather than ignored, hints that name the near thing.

use crate::harness::Ledger;

fn today_in(zone: &str) -> String {
    let ledger = Ledger::new();
    let out = ledger
        .command(&["report", "--format", "json"])
        .env_remove("FORECAST_TODAY")
        .env("TZ", zone)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["today"].as_str().unwrap().to_string()
}

/// UTC-12 and UTC+14 are 26 hours apart, so at any instant their calendar days differ;
/// with "today" taken from the UTC day they would be equal.
#[test]
fn today_is_the_local_calendar_day() {
    let west = today_in("Etc/GMT+12");
    let east = today_in("Etc/GMT-14");
    assert_ne!(west, east, "today ignores the time zone");
    assert!(west < east);
}

#[test]
fn forecast_today_wins_over_the_time_zone() {
    let ledger = Ledger::new();
    let out = ledger
        .command(&["report", "--format", "json"])
        .env("TZ", "Etc/GMT-14")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["today"], "2026-11-28");
}
