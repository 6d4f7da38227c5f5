//! Equinox and solstice days (UTC), for seasons that end on astronomical dates.
//! Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998), chapter 27: the mean instant from
//! table 27.b (years 1000-3000) corrected by the 24 periodic terms of table 27.c; accurate to
//! about a minute for this century, well inside a calendar day except within minutes of
//! midnight. ΔT (~70 s) is subtracted for the UTC day.

use chrono::{Duration, NaiveDate};

/// The four events, in calendar order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    MarchEquinox,
    JuneSolstice,
    SeptemberEquinox,
    DecemberSolstice,
}

const PERIODIC: [(f64, f64, f64); 24] = [
    (485.0, 324.96, 1934.136),
    (203.0, 337.23, 32964.467),
    (199.0, 342.08, 20.186),
    (182.0, 27.85, 445267.112),
    (156.0, 73.14, 45036.886),
    (136.0, 171.52, 22518.443),
    (77.0, 222.54, 65928.934),
    (74.0, 296.72, 3034.906),
    (70.0, 243.58, 9037.513),
    (58.0, 119.81, 33718.147),
    (52.0, 297.17, 150.678),
    (50.0, 21.02, 2281.226),
    (45.0, 247.54, 29929.562),
    (44.0, 325.15, 31555.956),
    (29.0, 60.93, 4443.417),
    (18.0, 155.12, 67555.328),
    (17.0, 288.79, 4562.452),
    (16.0, 198.04, 62894.029),
    (14.0, 199.76, 31436.921),
    (12.0, 95.39, 14577.848),
    (12.0, 287.11, 31931.756),
    (12.0, 320.81, 34777.259),
    (9.0, 227.73, 1222.114),
    (8.0, 15.45, 16859.074),
];

/// The UTC calendar day of `event` in `year`.
pub fn day_of(event: Event, year: i32) -> NaiveDate {
    let y = (f64::from(year) - 2000.0) / 1000.0;
    let (c0, c1, c2, c3, c4) = match event {
        Event::MarchEquinox => (2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057),
        Event::JuneSolstice => (2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030),
        Event::SeptemberEquinox => (2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078),
        Event::DecemberSolstice => (2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032),
    };
    let jde0 = c0 + c1 * y + c2 * y * y + c3 * y.powi(3) + c4 * y.powi(4);
    let t = (jde0 - 2451545.0) / 36525.0;
    let w = (35999.373 * t - 2.47).to_radians();
    let dl = 1.0 + 0.0334 * w.cos() + 0.0007 * (2.0 * w).cos();
    let s: f64 = PERIODIC
        .iter()
        .map(|(a, b, c)| a * (b + c * t).to_radians().cos())
        .sum();
    let delta_t_days = 70.0 / 86400.0;
    let jd_utc = jde0 + 0.00001 * s / dl - delta_t_days;
    // Julian day 2440587.5 is 1970-01-01T00:00Z.
    let days_since_epoch = (jd_utc - 2440587.5).floor() as i64;
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default() + Duration::days(days_since_epoch)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Reference days from the published UTC instants (US Naval Observatory tables).
    #[test]
    fn known_equinoxes_and_solstices() {
        let cases = [
            (Event::MarchEquinox, 2025, "2025-03-20"),     // 09:01 UTC
            (Event::JuneSolstice, 2025, "2025-06-21"),     // 02:42 UTC
            (Event::SeptemberEquinox, 2025, "2025-09-22"), // 18:19 UTC
            (Event::DecemberSolstice, 2025, "2025-12-21"), // 15:03 UTC
            (Event::SeptemberEquinox, 2026, "2026-09-23"), // 00:05 UTC
            (Event::JuneSolstice, 2024, "2024-06-20"),     // 20:51 UTC
            (Event::SeptemberEquinox, 2024, "2024-09-22"), // 12:44 UTC
            (Event::MarchEquinox, 2027, "2027-03-20"),     // 14:25 UTC
            (Event::DecemberSolstice, 2020, "2020-12-21"), // 10:02 UTC
        ];
        for (event, year, want) in cases {
            assert_eq!(day_of(event, year).to_string(), want, "{event:?} {year}");
        }
    }
}
