//! Which days can already have come (audit 18, A18): a date made or an outcome's date is
//! refused when it is in the future, and "the future" starts after the day after today.
//!
//! Decision (DESIGN.md: "today" is the local calendar day; README "Today" is the local
//! day): a forecast logged in Kiritimati (UTC+14) is made on a day that is still tomorrow in
//! Adak (UTC-10), and a team's ledger exported there must import here (DESIGN: `export`
//! then `import` gives the same report). So the day after today is allowed, and no later
//! day, in `add`/`update --made-on`, `import` (`made_on`, `resolved_on`), `resolve` (every
//! date it records) and `extract --save --published`. Limit: UTC-11 (American Samoa) and
//! UTC-12 are more than 24 hours behind UTC+14, so for an hour or two a day Kiritimati's
//! date is two days ahead of theirs; a record made then is refused there until midnight.

use chrono::{DateTime, NaiveDate, Utc};

/// The latest day a date made or an outcome may bear (audit 18, A18): the day after today.
/// "Today" is the local calendar day (or `FORECAST_TODAY`'s), and the next day may already
/// be today somewhere on Earth (14 hours ahead of UTC in Kiritimati, 10 behind in Adak),
/// so a forecast logged there, made on its local day, is not in the future here, and a
/// ledger exported there imports here.
pub fn latest_day(today: NaiveDate) -> NaiveDate {
    today.succ_opt().unwrap_or(today)
}

/// Why `day` cannot be a day something happened or was made, judged on `today`
/// (`latest_day`), or `None` when it can.
pub fn future_day(day: NaiveDate, today: NaiveDate) -> Option<String> {
    let latest = latest_day(today);
    (day > latest).then(|| {
        format!("it is after {latest}, the day after today ({today}), which may already be today somewhere on Earth")
    })
}

/// The latest calendar day it is anywhere on Earth at `now`: the day at UTC+14
/// (Kiritimati). A write whose today (`FORECAST_TODAY`) is after it would log forecasts
/// made, and outcomes known, on a day that has not come anywhere (audit 18, A10).
pub fn latest_day_on_earth(now: DateTime<Utc>) -> NaiveDate {
    now.checked_add_signed(chrono::Duration::hours(14))
        .unwrap_or(now)
        .date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_day_on_earth_is_the_day_at_utc_plus_14() {
        let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert_eq!(latest_day_on_earth(at("2026-12-02T09:59:59Z")), day(2));
        assert_eq!(latest_day_on_earth(at("2026-12-02T10:00:00Z")), day(3));
        assert_eq!(latest_day_on_earth(at("2026-12-02T23:59:59Z")), day(3));
    }

    #[test]
    fn the_day_after_today_may_have_come_and_no_later_day() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert_eq!(latest_day(today), day(2));
        assert_eq!(future_day(day(1), today), None);
        assert_eq!(future_day(day(2), today), None);
        assert_eq!(
            future_day(day(3), today).as_deref(),
            Some("it is after 2026-12-02, the day after today (2026-12-01), which may already be today somewhere on Earth")
        );
        assert_eq!(latest_day(NaiveDate::MAX), NaiveDate::MAX);
    }
}
