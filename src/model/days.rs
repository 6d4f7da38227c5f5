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

/// The latest day a date made or an outcome may bear (audit 18, A18): the day after today,
/// capped at the latest day on Earth at `now` (`latest_day_on_earth`). "Today" is the local
/// calendar day (or `FORECAST_TODAY`'s), and the next day may already be today somewhere on
/// Earth (14 hours ahead of UTC in Kiritimati, 10 behind in Adak), so a forecast logged
/// there, made on its local day, is not in the future here, and a ledger exported there
/// imports here. East of UTC the day after today may not have begun anywhere yet (in
/// Kiritimati it never has): the cap keeps such a day out whatever the time zone says, so
/// nothing is logged that a ledger in UTC would refuse to import.
pub fn latest_day(today: NaiveDate, now: DateTime<Utc>) -> NaiveDate {
    // Never before today itself: a write on a `FORECAST_TODAY` after every day on Earth is
    // refused before it starts (`app::Context::check_today_has_come`), with its own words.
    today
        .succ_opt()
        .unwrap_or(today)
        .min(latest_day_on_earth(now))
        .max(today)
}

/// Why `day` cannot be a day something happened or was made, judged on `today` and the
/// instant `now` (`latest_day`), or `None` when it can.
pub fn future_day(day: NaiveDate, today: NaiveDate, now: DateTime<Utc>) -> Option<String> {
    let latest = latest_day(today, now);
    (day > latest).then(|| {
        if latest > today {
            format!("it is after {latest}, the day after today ({today}), which may already be today somewhere on Earth")
        } else {
            format!("it is after {latest}, the latest day it is anywhere on Earth now (UTC+14)")
        }
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
        let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
        // 20:00 UTC on the 1st: 10:00 on the 2nd in Kiritimati, so the 2nd has begun.
        let now = at("2026-12-01T20:00:00Z");
        assert_eq!(latest_day(today, now), day(2));
        assert_eq!(future_day(day(1), today, now), None);
        assert_eq!(future_day(day(2), today, now), None);
        assert_eq!(
            future_day(day(3), today, now).as_deref(),
            Some("it is after 2026-12-02, the day after today (2026-12-01), which may already be today somewhere on Earth")
        );
        assert_eq!(latest_day(NaiveDate::MAX, now), NaiveDate::MAX);
    }

    #[test]
    fn the_day_after_today_is_capped_at_the_day_in_kiritimati() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
        // 09:59 UTC on the 2nd is 23:59 on the 2nd in Kiritimati (UTC+14), where today is
        // the 2nd: the 3rd has begun nowhere.
        let now = at("2026-12-02T09:59:00Z");
        assert_eq!(latest_day(day(2), now), day(2));
        assert_eq!(future_day(day(2), day(2), now), None);
        assert_eq!(
            future_day(day(3), day(2), now).as_deref(),
            Some("it is after 2026-12-02, the latest day it is anywhere on Earth now (UTC+14)")
        );
        // A minute later the 3rd has begun there.
        assert_eq!(latest_day(day(2), at("2026-12-02T10:00:00Z")), day(3));
        // West of UTC (Adak, UTC-10, 23:59 on the 1st) the day after today has begun.
        assert_eq!(latest_day(day(1), now), day(2));
    }
}
