//! The queries reports need: every selected forecast's source, probability, outcome and
//! whether its deadline has passed, streamed row by row so memory stays flat however large
//! the ledger is; and the same selection as market rows (question, deadline, date made,
//! stance) for market scoring, read in one query.

use super::cols::Cols;
use super::dialect::Dialect;
use super::SqliteStore;
use crate::error::{Error, Result};
use crate::model::QuestionEvent;
use crate::report::rows::{MarketRow, ReportFilter, ScoreRow};
use chrono::NaiveDate;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use rustc_hash::FxHashMap;

/// The lookups behind the checks of `--source`, `--question` and `--tag`, which each
/// backend answers in its own SQL; what the checks mean (and say) is written once below.
pub(crate) trait Names {
    /// The source called `name`, compared as `model::names::name_key` compares names.
    fn source_named(&mut self, name: &str) -> Result<Option<(i64, String)>>;
    fn question_id(&mut self, key: &str) -> Result<Option<i64>>;
    /// Every source (id, name), in name order (NOCASE).
    fn sources(&mut self) -> Result<Vec<(i64, String)>>;
    /// Every tag once (NOCASE), sorted, with the lowest id of a forecast carrying it.
    fn tags(&mut self) -> Result<Vec<(String, i64)>>;
}

/// Every source (id, name) in name order.
pub(super) fn sources_sql(d: Dialect) -> String {
    format!(
        "SELECT id, name FROM sources ORDER BY {}",
        d.nocase_order("name")
    )
}

/// Every tag once (NOCASE), sorted, with the lowest id of a forecast carrying it; of tags
/// that differ only in ASCII case, the spelling of that forecast (SQLite gives a bare
/// column the row of the one `min()`).
pub(super) fn tags_sql(d: Dialect) -> String {
    match d {
        Dialect::Sqlite => {
            "SELECT tag, min(forecast_id) FROM forecast_tags GROUP BY tag ORDER BY tag".to_string()
        }
        Dialect::Postgres => {
            let key = d.nocase_order("tag");
            format!("SELECT DISTINCT ON ({key}) tag, forecast_id FROM forecast_tags ORDER BY {key}, forecast_id")
        }
    }
}

/// Refuses a `--source` that names no source in the ledger, suggesting the nearest name.
pub(crate) fn check_source(n: &mut impl Names, name: &str) -> Result<()> {
    match n.source_named(name)? {
        Some(_) => Ok(()),
        None => Err(unknown_source(n, name)?),
    }
}

/// A question key given as a filter names a question in the ledger (exit 2 otherwise, as
/// `show` and `question` refuse an unknown key).
pub(crate) fn check_question(n: &mut impl Names, key: &str) -> Result<()> {
    match n.question_id(key)? {
        Some(_) => Ok(()),
        None => Err(Error::QuestionNotFound {
            key: key.to_string(),
        }),
    }
}

/// The spellings of `tag` the ledger stores (tags compare as `names::tag_key` says: NFC,
/// single spaces, full case folding; a ledger may hold several spellings of one tag written
/// before tags were stored in one spelling, and they are one tag when read). Refuses a
/// `--tag` that no forecast carries, suggesting the nearest tag, as `check_source` does
/// for sources.
pub(crate) fn check_tag(n: &mut impl Names, tag: &str) -> Result<Vec<String>> {
    let want = crate::model::names::tag_key(tag);
    let stored = n.tags()?;
    let spellings: Vec<String> = stored
        .iter()
        .filter(|(t, _)| crate::model::names::tag_key(t) == want)
        .map(|(t, _)| t.clone())
        .collect();
    if !spellings.is_empty() {
        return Ok(spellings);
    }
    let tag = crate::model::names::tag_canonical(tag);
    let labels = tag_labels(stored);
    let hint = crate::model::names::did_you_mean(&tag, labels.iter().map(String::as_str));
    Err(Error::invalid(
        format!("--tag `{tag}`"),
        format!("no forecast in the ledger carries that tag{hint}"),
    ))
}

/// The tags of a ledger as reports name them, from its stored spellings (`Names::tags`):
/// one per tag as `names::tag_key` compares them, in the canonical spelling
/// (`names::tag_canonical`) of the spelling of the lowest forecast id, in `sort_tags`'s
/// order.
pub(crate) fn tag_labels(stored: Vec<(String, i64)>) -> Vec<String> {
    let mut first: FxHashMap<String, (i64, &str)> = FxHashMap::default();
    for (tag, id) in &stored {
        let e = first
            .entry(crate::model::names::tag_key(tag))
            .or_insert((*id, tag));
        if *id < e.0 {
            *e = (*id, tag);
        }
    }
    let mut labels: Vec<String> = first
        .into_values()
        .map(|(_, t)| crate::model::names::tag_canonical(t).into_owned())
        .collect();
    super::forecasts::sort_tags(&mut labels);
    labels
}

fn unknown_source(n: &mut impl Names, name: &str) -> Result<Error> {
    let names: Vec<String> = n.sources()?.into_iter().map(|(_, n)| n).collect();
    let mut hint = crate::model::names::did_you_mean(name, names.iter().map(String::as_str));
    // A first name or a prefix (`tom` for `Tom Reyes`) is too far for an edit distance.
    if hint.is_empty() {
        if let Some(c) = crate::model::names::slip_of(name, names.iter().map(String::as_str)) {
            hint = format!("; did you mean `{c}`?");
        }
    }
    // Nothing near: the next step is where the names are (audit 23 D8).
    if hint.is_empty() {
        hint = match names.len() {
            0 => "; the ledger has no sources yet (`forecast add --source NAME ...` logs one)"
                .to_string(),
            1..=5 => format!(
                "; its sources are {}",
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            n => {
                format!("; it has {n} sources: `forecast list --status all` shows each forecast's")
            }
        };
    }
    Ok(Error::invalid(
        format!("--source `{name}`"),
        format!("no source by that name in the ledger{hint}"),
    ))
}

/// Source ids and names for the filter, in name order. Unknown names are an error, and so
/// is a `--tag` no forecast carries.
pub(crate) fn report_sources(
    n: &mut impl Names,
    filter: &ReportFilter,
) -> Result<Vec<(i64, String)>> {
    if let (Some(tag), true) = (&filter.tag, filter.tag_spellings.is_empty()) {
        check_tag(n, tag)?;
    }
    if filter.sources.is_empty() {
        return n.sources();
    }
    let mut out: Vec<(i64, String)> = Vec::new();
    for name in &filter.sources {
        match n.source_named(name)? {
            Some(s) if !out.iter().any(|(id, _)| *id == s.0) => out.push(s),
            Some(_) => {}
            None => return Err(unknown_source(n, name)?),
        }
    }
    Ok(out)
}

/// How many current forecasts were made, and how many carry a resolution dated, after
/// `?1` (a day, `YYYY-MM-DD`): the report's note when today is set before the ledger's
/// data. One aggregate pass, no row leaves the database.
pub(super) fn dated_after_sql(d: Dialect) -> String {
    d.sql(
        "SELECT count(*) FILTER (WHERE f.made_on > ?1), count(*) FILTER (WHERE r.resolved_on > ?1)
         FROM forecasts f LEFT JOIN resolutions r ON r.id = f.resolution_id
         WHERE f.superseded_by IS NULL",
    )
}

/// SQLite's answers to `Names`.
struct Lite<'a>(&'a Connection);

impl Names for Lite<'_> {
    fn source_named(&mut self, name: &str) -> Result<Option<(i64, String)>> {
        super::forecasts::source_named(self.0, name)
    }
    fn question_id(&mut self, key: &str) -> Result<Option<i64>> {
        super::forecasts::question_id(self.0, key)
    }
    fn sources(&mut self) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.0.prepare_cached(&sources_sql(Dialect::Sqlite))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
    fn tags(&mut self) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.0.prepare(&tags_sql(Dialect::Sqlite))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl SqliteStore {
    /// Every source's name, in name order.
    pub fn source_names(&self) -> Result<Vec<String>> {
        Ok(Lite(self.conn())
            .sources()?
            .into_iter()
            .map(|(_, n)| n)
            .collect())
    }

    /// Refuses a `--source` that names no source in the ledger, suggesting the nearest name.
    pub fn check_source(&self, name: &str) -> Result<()> {
        check_source(&mut Lite(self.conn()), name)
    }

    /// A question key given as a filter names a question in the ledger (exit 2 otherwise,
    /// as `show` and `question` refuse an unknown key).
    pub fn check_question(&self, key: &str) -> Result<()> {
        check_question(&mut Lite(self.conn()), key)
    }

    /// The stored spellings of `tag`; refuses a `--tag` that no forecast carries, suggesting
    /// the nearest tag, as `check_source` does for sources (see `rows::check_tag`).
    pub fn check_tag(&self, tag: &str) -> Result<Vec<String>> {
        check_tag(&mut Lite(self.conn()), tag)
    }

    /// How many current forecasts were made, and how many resolved, after `day`.
    pub fn dated_after(&self, day: NaiveDate) -> Result<(u64, u64)> {
        let day = day.to_string();
        Ok(self
            .conn()
            .query_row(&dated_after_sql(Dialect::Sqlite), [&day], |r| {
                Ok((
                    r.get::<_, i64>(0)?.max(0) as u64,
                    r.get::<_, i64>(1)?.max(0) as u64,
                ))
            })?)
    }

    /// Of the current forecasts `filter` selects, how many resolved true or false carry an
    /// `attributed-to:` tag, and how many of those have a deadline before `today`.
    pub fn attributed_resolved(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<(u64, u64)> {
        let (from, args) = selection(Dialect::Sqlite, filter, source_ids, today, None);
        Ok(self.conn().query_row(
            &attributed_sql(Dialect::Sqlite, &from),
            rusqlite::params_from_iter(args.iter()),
            |r| {
                Ok((
                    r.get::<_, i64>(0)?.max(0) as u64,
                    r.get::<_, i64>(1)?.max(0) as u64,
                ))
            },
        )?)
    }

    /// Source ids and names for the filter, in name order. Unknown names are an error, and so
    /// is a `--tag` no forecast carries.
    pub fn report_sources(&self, filter: &ReportFilter) -> Result<Vec<(i64, String)>> {
        report_sources(&mut Lite(self.conn()), filter)
    }

    /// Scans the report rows in `parts` slices of the forecast ids at once, each on its own
    /// read connection and thread (WAL lets readers run side by side), folding each slice
    /// into an accumulator from `init`; returns the accumulators to merge. A small ledger, or
    /// one in memory, is scanned in one slice on this connection.
    pub fn scan_score_rows_parallel<T: Send>(
        &self,
        what: &Scan<'_>,
        slices: Slices,
        init: impl Fn() -> T + Sync,
        add: impl Fn(&mut T, ScoreRow) + Sync,
    ) -> Result<Vec<T>> {
        let (lo, hi): (Option<i64>, Option<i64>) =
            self.conn()
                .query_row("SELECT min(id), max(id) FROM forecasts", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        let (Some(lo), Some(hi)) = (lo, hi) else {
            return Ok(vec![init()]);
        };
        // The file the connection reads: none for a ledger in memory, or for an older
        // ledger read through its upgraded copy (`upgraded_copy`), whose file other
        // connections must not read.
        let file = self.conn().path().filter(|p| !p.is_empty());
        let in_memory = file.is_none();
        let Slices { parts, min_rows } = slices;
        if parts <= 1 || in_memory || hi - lo < min_rows {
            let mut acc = init();
            scan(self.conn(), what, None, &mut |row| add(&mut acc, row))?;
            return Ok(vec![acc]);
        }
        let step = (hi - lo + parts as i64) / parts as i64;
        let path = std::path::PathBuf::from(file.unwrap_or_default());
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..parts as i64)
                .map(|k| {
                    let (from, to) = (lo + k * step, (lo + (k + 1) * step - 1).min(hi));
                    let (path, init, add) = (&path, &init, &add);
                    scope.spawn(move || -> Result<T> {
                        let conn = super::open_read_only(path)?;
                        conn.busy_timeout(std::time::Duration::from_secs(30))?;
                        let mut acc = init();
                        scan(&conn, what, Some((from, to)), &mut |row| add(&mut acc, row))?;
                        Ok(acc)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err(Error::Other("a report scan thread failed".into())))
                })
                .collect()
        })
    }
}

/// What a report scan reads: the forecasts `filter` selects (of `source_ids` when the
/// filter names sources), matured if their deadline is before `today`. With `tags` (the
/// ledger's tags, sorted case-insensitively, as `report_tags` gives them), each forecast
/// comes once per tag it has, with `tag` its index in `tags`, or once with `tag` `None`
/// when it has none.
#[derive(Debug, Clone, Copy)]
pub struct Scan<'a> {
    pub filter: &'a ReportFilter,
    pub source_ids: &'a [i64],
    pub today: NaiveDate,
    pub tags: Option<&'a [String]>,
}

/// How a scan may split: into `parts` slices, but only when there are at least `min_rows`
/// forecast ids (starting threads and connections costs more than it saves on small ledgers).
#[derive(Debug, Clone, Copy)]
pub struct Slices {
    pub parts: usize,
    pub min_rows: i64,
}

impl Slices {
    /// One slice per core (up to four), from 200,000 forecasts up.
    pub fn for_this_machine() -> Self {
        Slices {
            parts: std::thread::available_parallelism().map_or(1, |n| n.get().min(4)),
            min_rows: 200_000,
        }
    }
}

/// The FROM and WHERE of a query over the current forecasts `filter` selects, optionally
/// limited to a range of ids, and its arguments after the first (`?1` is today).
pub(super) fn selection(
    d: Dialect,
    filter: &ReportFilter,
    source_ids: &[i64],
    today: NaiveDate,
    ids: Option<(i64, i64)>,
) -> (String, Vec<String>) {
    let mut args: Vec<String> = vec![today.to_string()];
    let mut sql = String::from(" FROM forecasts f");
    if let Some(tag) = &filter.tag {
        // Driven from the tag's index entries, which are in forecast id order, so only the
        // tagged forecasts are read, in file order. The tag's stored spellings (more than
        // one only in a ledger from before tags were stored in one spelling) come from
        // `check_tag`; without them, the tag as given.
        let given = [tag.trim().to_string()];
        let spellings = if filter.tag_spellings.is_empty() {
            &given[..]
        } else {
            &filter.tag_spellings[..]
        };
        let mut eqs = Vec::new();
        for spelling in spellings {
            args.push(spelling.clone());
            eqs.push(d.nocase_eq("t.tag", &format!("?{}", args.len())));
        }
        let eq = if eqs.len() == 1 {
            eqs.remove(0)
        } else {
            format!("({})", eqs.join(" OR "))
        };
        // A forecast holding two old spellings of the tag would come twice.
        let join = if spellings.len() == 1 {
            format!(" JOIN forecast_tags t ON t.forecast_id = f.id AND {eq}")
        } else {
            format!(
                " JOIN (SELECT DISTINCT forecast_id FROM forecast_tags t WHERE {eq}) t ON t.forecast_id = f.id"
            )
        };
        sql.push_str(&join);
    }
    sql.push_str(" WHERE f.superseded_by IS NULL");
    if let Some((from, to)) = ids {
        sql.push_str(&format!(" AND f.id BETWEEN {from} AND {to}"));
    }
    if !filter.sources.is_empty() {
        let ids: Vec<String> = source_ids.iter().map(i64::to_string).collect();
        sql.push_str(&format!(" AND f.source_id IN ({})", ids.join(",")));
    }
    if filter.own {
        sql.push_str(&format!(" AND {}", not_attributed(d)));
    }
    if let Some(since) = filter.since {
        args.push(since.to_string());
        sql.push_str(&format!(" AND f.made_on >= ?{}", args.len()));
    }
    if let Some(until) = filter.until {
        args.push(until.to_string());
        sql.push_str(&format!(" AND f.made_on <= ?{}", args.len()));
    }
    (sql, args)
}

/// That forecast `f` carries no `attributed-to:NAME` tag (`--own`): `extract` logs a forecast
/// the article attributes to someone other than its source under the source with that tag.
/// The tags are read from the tag index's range (`attributed_range`): in SQLite the list
/// once per statement, each row looked up in it (an EXISTS probe of each forecast's tags
/// made `report --own` of 1M forecasts 25% slower than the same scan without it); in
/// PostgreSQL an anti join, which does not need the list to fit in memory as `NOT IN` does.
fn not_attributed(d: Dialect) -> String {
    let range = attributed_range(d);
    match d {
        Dialect::Sqlite => {
            format!("f.id NOT IN (SELECT a.forecast_id FROM forecast_tags a WHERE {range})")
        }
        Dialect::Postgres => format!(
            "NOT EXISTS (SELECT 1 FROM forecast_tags a WHERE a.forecast_id = f.id AND {range})"
        ),
    }
}

/// The `attributed-to:` tags (any case after the prefix's letters) as a range of the tag index
/// (`forecast_tags_tag`: NOCASE in SQLite, `lower(tag COLLATE "C")` in PostgreSQL), in
/// dialect `d`: one range read, however many forecasts the ledger holds.
fn attributed_range(d: Dialect) -> &'static str {
    match d {
        Dialect::Sqlite => "a.tag >= 'attributed-to:' AND a.tag < 'attributed-to;'",
        Dialect::Postgres => {
            "lower(a.tag COLLATE \"C\") >= 'attributed-to:'
               AND lower(a.tag COLLATE \"C\") < 'attributed-to;'"
        }
    }
}

/// How many of the current forecasts `filter` selects are resolved true or false and carry
/// an `attributed-to:` tag, and how many of those have a deadline before `?1` (today).
/// Driven from the tag index's range of such tags (the forecasts looked up by id), so a
/// ledger with none reads one empty range, and one with some reads only theirs: an
/// EXISTS probe of every resolved forecast's tags took 1.4 s of a 1M-forecast default
/// report answered from the kept sums in 0.04 s (0.06 s with 20,000 such tags now).
pub(super) fn attributed_sql(d: Dialect, from: &str) -> String {
    let range = attributed_range(d);
    d.sql(&format!(
        "SELECT count(*), count(*) FILTER (WHERE f.deadline < ?1){from}
         AND f.outcome IN ('true', 'false')
         AND f.id IN (SELECT a.forecast_id FROM forecast_tags a WHERE {range})"
    ))
}

/// A row's `logged_late` and whether its outcome was amended (a resolution other than the
/// current one exists; one index seek, for resolved rows only).
pub(super) const TRUST_FLAGS: &str = "f.logged_late, f.resolution_id IS NOT NULL AND EXISTS
    (SELECT 1 FROM resolutions r WHERE r.forecast_id = f.id AND r.id <> f.resolution_id)";

/// The report query of `what` (`?1` today) in dialect `d`, optionally limited to a range
/// of forecast ids, and its arguments.
pub(super) fn scan_query(
    d: Dialect,
    what: &Scan<'_>,
    ids: Option<(i64, i64)>,
) -> (String, Vec<String>) {
    let (from, args) = selection(d, what.filter, what.source_ids, what.today, ids);
    let (tag_column, from) = match what.tags {
        Some(_) => (
            ", bt.tag",
            from.replacen(
                " WHERE ",
                " LEFT JOIN forecast_tags bt ON bt.forecast_id = f.id WHERE ",
                1,
            ),
        ),
        None => ("", from),
    };
    let sql = format!(
        "SELECT f.id, f.source_id, f.probability, f.outcome, f.deadline < ?1, f.supersedes IS NOT NULL,
                f.made_on, f.deadline, {TRUST_FLAGS}{tag_column}{from}"
    );
    (d.sql(&sql), args)
}

/// Turns rows of `scan_query` into `ScoreRow`s.
pub(super) struct ScoreRows {
    /// The scan's tags (`Scan::tags`), as `names::tag_key` compares them, to their index.
    index: Option<FxHashMap<String, u32>>,
    /// The (forecast, tag index) pairs met, in a scan split by tag: a forecast holding two
    /// spellings of one tag (written before tags were stored in one spelling: `Été` and
    /// `été`) is counted once in its group.
    seen: std::cell::RefCell<rustc_hash::FxHashSet<(i64, u32)>>,
}

impl ScoreRows {
    pub fn new(what: &Scan<'_>) -> Self {
        ScoreRows {
            index: what.tags.map(|tags| {
                tags.iter()
                    .enumerate()
                    .map(|(i, t)| (crate::model::names::tag_key(t), i as u32))
                    .collect()
            }),
            seen: Default::default(),
        }
    }

    /// The row, or `None` for a second spelling of a tag the forecast already came with.
    pub fn row(&self, r: &impl Cols) -> Result<Option<ScoreRow>> {
        let id = r.int(0)?;
        let day = |i: usize| -> Result<i32> { r.day(i)?.ok_or_else(|| bad_date(id)) };
        let tag = match &self.index {
            Some(index) => match r.opt_text(10)? {
                Some(t) => {
                    let i = *index
                        .get(&crate::model::names::tag_key(&t))
                        .ok_or_else(|| {
                            Error::Other(format!(
                                "forecast {id} has tag `{t}`, which the tag list lacks"
                            ))
                        })?;
                    if !self.seen.borrow_mut().insert((id, i)) {
                        return Ok(None);
                    }
                    Some(i)
                }
                None => None,
            },
            None => None,
        };
        Ok(Some(ScoreRow {
            source_id: r.int(1)?,
            probability: r.real(2)?,
            outcome: r.outcome(3)?,
            matured: r.flag(4)?,
            corrected: r.flag(5)?,
            made_on: day(6)?,
            deadline: day(7)?,
            late: r.flag(8)?,
            amended: r.flag(9)?,
            tag,
        }))
    }
}

/// The report query over `conn` (see `Scan`), optionally limited to a range of forecast ids.
fn scan(
    conn: &Connection,
    what: &Scan<'_>,
    ids: Option<(i64, i64)>,
    f: &mut dyn FnMut(ScoreRow),
) -> Result<()> {
    let (sql, args) = scan_query(Dialect::Sqlite, what, ids);
    let rows_of = ScoreRows::new(what);
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(args.iter()))?;
    while let Some(r) = rows.next()? {
        if let Some(row) = rows_of.row(r)? {
            f(row);
        }
    }
    Ok(())
}

fn bad_date(id: i64) -> Error {
    Error::Other(format!("forecast {id} has a malformed date"))
}

impl SqliteStore {
    /// Every tag in the ledger, once each (as `names::tag_key` compares tags), sorted.
    pub fn report_tags(&self) -> Result<Vec<String>> {
        Ok(tag_labels(Lite(self.conn()).tags()?))
    }

    /// The current forecasts `filter` selects, as market scoring reads them, in id order.
    pub fn market_rows(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        let (from, args) = selection(Dialect::Sqlite, filter, source_ids, today, None);
        read_market_rows(self.conn(), &from, &args, true)
    }

    /// Like `market_rows`, without the `amended` flag (read as false), which `compare` does
    /// not use and which costs a lookup in `resolutions` a row; `late` is a column of the
    /// row, read as it is (`compare` counts it per source). The
    /// unscored rows are left for the caller to drop: a condition on the outcome here would
    /// send the planner through the partial index of resolved deadlines, visiting the table
    /// in random order (4x slower at a million rows).
    pub fn market_rows_unamended(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        let (from, args) = selection(Dialect::Sqlite, filter, source_ids, today, None);
        read_market_rows(self.conn(), &from, &args, false)
    }

    /// The current forecasts on question `key`, as market scoring reads them, in id order;
    /// `None` when there is no such question.
    pub fn question_market_rows(
        &self,
        key: &str,
        today: NaiveDate,
    ) -> Result<Option<Vec<MarketRow>>> {
        let Some(id) = super::forecasts::question_id(self.conn(), key)? else {
            return Ok(None);
        };
        let (from, args) = selection(Dialect::Sqlite, &ReportFilter::default(), &[], today, None);
        let from = format!("{from} AND f.question_id = {id}");
        read_market_rows(self.conn(), &from, &args, true).map(Some)
    }

    /// Every current corrected forecast with its first version's id (`LINEAGE_SQL`).
    pub fn lineage_firsts(&self) -> Result<Vec<(i64, i64)>> {
        lineage_firsts(self.conn())
    }

    /// Every superseded version with its lineage's current version (`SUPERSEDED_SQL`).
    pub fn superseded_versions(&self) -> Result<Vec<Version>> {
        let mut stmt = self.conn().prepare_cached(SUPERSEDED_SQL)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(version_row(r)?);
        }
        Ok(out)
    }

    /// The forecasts of the source called `source` (`source_claims_sql`); none when there
    /// is no such source.
    pub fn source_claims(&self, source: &str) -> Result<Vec<SourceClaim>> {
        let Some((id, _)) = super::forecasts::source_named(self.conn(), source)? else {
            return Ok(Vec::new());
        };
        let mut stmt = self
            .conn()
            .prepare_cached(&source_claims_sql(Dialect::Sqlite))?;
        let mut rows = stmt.query([id])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(source_claim_row(r)?);
        }
        Ok(out)
    }

    /// Every recorded question outcome (question id, event), in the order recorded.
    pub fn question_events(&self) -> Result<Vec<(i64, QuestionEvent)>> {
        let mut stmt = self.conn().prepare_cached(QUESTION_EVENTS_SQL)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(question_event_row(r)?);
        }
        Ok(out)
    }

    /// The conditional forecasts on question `key` (`QUESTION_CONDITIONS_SQL`).
    pub fn question_conditions(&self, key: &str) -> Result<Vec<(i64, String, String)>> {
        let mut stmt = self.conn().prepare_cached(QUESTION_CONDITIONS_SQL)?;
        let rows = stmt
            .query_map([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The key of question `id`, if there is one.
    pub fn question_key(&self, id: i64) -> Result<Option<String>> {
        Ok(self
            .conn()
            .prepare_cached(&question_key_sql(Dialect::Sqlite))?
            .query_row([id], |r| r.get(0))
            .optional()?)
    }
}

/// Every question outcome in force (question id, event, date; not one an amendment
/// replaced), in the order recorded: what `compare` and `question` read a market's outcome
/// from (see `report::markets`).
pub(super) const QUESTION_EVENTS_SQL: &str = "SELECT qo.question_id, qo.event, qo.date FROM question_outcomes qo
     WHERE NOT EXISTS (SELECT 1 FROM question_outcomes a
                       WHERE a.question_id = qo.question_id AND a.amends IS NOT NULL AND a.id > qo.id)
     ORDER BY qo.id";

/// The current forecasts on question `?1` (its key) that carry a condition: (id, source
/// name, condition), in id order. What `resolve --question` names and `question` prints
/// (audit 17, A8); a scan of the question's forecasts by its index that builds no row for
/// the unconditional ones, so a question outcome over 100,000 forecasts pays little for it.
pub(crate) const QUESTION_CONDITIONS_SQL: &str = "SELECT f.id, s.name, f.condition
     FROM forecasts f JOIN questions q ON q.id = f.question_id JOIN sources s ON s.id = f.source_id
     WHERE q.key = ?1 AND f.condition IS NOT NULL AND f.superseded_by IS NULL ORDER BY f.id";

/// The key of a question (`?1` its id).
pub(super) fn question_key_sql(d: Dialect) -> String {
    d.sql("SELECT key FROM questions WHERE id = ?1")
}

/// A recorded question outcome from a row of `QUESTION_EVENTS_SQL`.
pub(super) fn question_event_row(r: &impl Cols) -> Result<(i64, QuestionEvent)> {
    let date = r.opt_text(2)?;
    let date = match date {
        Some(d) => Some(crate::time::parse_date(&d).map_err(|_| {
            Error::Other(format!("a recorded question outcome has a bad date `{d}`"))
        })?),
        None => None,
    };
    Ok((r.int(0)?, QuestionEvent::from_parts(&r.text(1)?, date)?))
}

/// The market-rows query `SELECT ... {from}` (`?1` today) in dialect `d`, with both trust
/// flags or with `logged_late` alone (`amended`, a look-up a row, read as false), in id
/// order.
pub(super) fn market_query(d: Dialect, from: &str, trust: bool) -> String {
    let flags = if trust {
        TRUST_FLAGS
    } else {
        "f.logged_late, 0"
    };
    // SQLite reads the rows in id order as it is; PostgreSQL is told.
    let order = if d == Dialect::Postgres {
        " ORDER BY f.id"
    } else {
        ""
    };
    d.sql(&format!(
        "SELECT f.id, f.source_id, f.question_id, f.deadline, f.made_on, f.probability,
                f.stance = 'for', f.outcome, f.deadline < ?1, f.supersedes IS NOT NULL,
                {flags}, f.condition{from}{order}"
    ))
}

/// A market row from a row of `market_query`.
pub(super) fn market_row(r: &impl Cols) -> Result<MarketRow> {
    let id = r.int(0)?;
    let day = |i: usize| -> Result<i32> { r.day(i)?.ok_or_else(|| bad_date(id)) };
    Ok(MarketRow {
        id,
        lineage: id,
        source_id: r.int(1)?,
        question_id: r.int(2)?,
        deadline: day(3)?,
        made_on: day(4)?,
        probability: r.real(5)?,
        for_event: r.flag(6)?,
        outcome: r.outcome(7)?,
        matured: r.flag(8)?,
        corrected: r.flag(9)?,
        late: r.flag(10)?,
        amended: r.flag(11)?,
        condition: crate::report::rows::condition_key(r.opt_text(12)?.as_deref()),
    })
}

/// The first version of every current corrected forecast: (id, the lowest id up its chain
/// of `supersedes`, which is its first version's, since a correction always takes a new,
/// higher id). Corrections are few, so this is read once per market read, and only when a
/// row read is a correction (`place_corrections`).
pub(super) const LINEAGE_SQL: &str = "WITH RECURSIVE chain(id, up) AS (
         SELECT id, supersedes FROM forecasts
         WHERE supersedes IS NOT NULL AND superseded_by IS NULL
         UNION ALL
         SELECT chain.id, f.supersedes FROM chain JOIN forecasts f ON f.id = chain.up
         WHERE f.supersedes IS NOT NULL)
     SELECT id, MIN(up) FROM chain GROUP BY id";

/// Every superseded version (a forecast `correct` replaced) with the current version of its
/// lineage (the highest id down its chain of `superseded_by`, since a correction always
/// takes a new, higher id), in id order (`Version`). Corrections are few: `import
/// --new-only` and `extract --save` read them once, so a row or candidate that repeats a
/// replaced version is known as already in the ledger (audit 26, item 3).
pub(crate) const SUPERSEDED_SQL: &str = "WITH RECURSIVE chain(id, down) AS (
         SELECT id, superseded_by FROM forecasts WHERE superseded_by IS NOT NULL
         UNION ALL
         SELECT chain.id, f.superseded_by FROM chain JOIN forecasts f ON f.id = chain.down
         WHERE f.superseded_by IS NOT NULL),
     latest(id, newest) AS (SELECT id, MAX(down) FROM chain GROUP BY id)
     SELECT f.id, latest.newest, s.name, f.claim, f.probability, f.made_on, f.deadline,
            f.stance, f.condition
     FROM latest JOIN forecasts f ON f.id = latest.id JOIN sources s ON s.id = f.source_id
     ORDER BY f.id";

/// A superseded version of a forecast, with its lineage's current version (`SUPERSEDED_SQL`):
/// the columns of its identity (`imports::same_identity`).
#[derive(Debug, Clone)]
pub struct Version {
    pub id: i64,
    pub current: i64,
    pub source: String,
    pub claim: String,
    pub probability: f64,
    pub made_on: NaiveDate,
    pub deadline: NaiveDate,
    pub stance: crate::model::Stance,
    pub condition: Option<String>,
}

/// A row of `SUPERSEDED_SQL`.
pub(crate) fn version_row(r: &impl Cols) -> Result<Version> {
    Ok(Version {
        id: r.int(0)?,
        current: r.int(1)?,
        source: r.text(2)?,
        claim: r.text(3)?,
        probability: r.real(4)?,
        made_on: r.date(5)?,
        deadline: r.date(6)?,
        stance: r.stance(7)?,
        condition: r.opt_text(8)?,
    })
}

/// The forecasts of one source (`?1` its id) as `extract --save` compares a candidate with
/// them: its current forecasts, then the versions `correct` replaced with their lineage's
/// current version, each part in id order. Narrowed to the source by the index on
/// `forecasts(source_id, made_on)`: before, `extract` listed the source's forecasts with
/// their tags and read every superseded version of the whole ledger for each article.
pub(crate) fn source_claims_sql(d: Dialect) -> String {
    d.sql(
        "WITH RECURSIVE mine AS (
             SELECT id, superseded_by, claim, probability, made_on, deadline, stance, condition
             FROM forecasts WHERE source_id = ?1),
         chain(id, down) AS (
             SELECT id, superseded_by FROM mine WHERE superseded_by IS NOT NULL
             UNION ALL
             SELECT chain.id, f.superseded_by FROM chain JOIN forecasts f ON f.id = chain.down
             WHERE f.superseded_by IS NOT NULL),
         latest(id, newest) AS (SELECT id, MAX(down) FROM chain GROUP BY id)
         SELECT m.id, latest.newest, m.claim, m.probability, m.made_on, m.deadline, m.stance,
                m.condition
         FROM mine m LEFT JOIN latest ON latest.id = m.id
         ORDER BY m.superseded_by IS NOT NULL, m.id",
    )
}

/// A forecast of a source as `extract --save` compares a candidate with it
/// (`source_claims_sql`): the columns of its identity, and for a version `correct`
/// replaced, its lineage's current version.
#[derive(Debug, Clone)]
pub struct SourceClaim {
    pub id: i64,
    /// `None` for a current forecast.
    pub current: Option<i64>,
    pub claim: String,
    pub probability: f64,
    pub made_on: NaiveDate,
    pub deadline: NaiveDate,
    pub stance: crate::model::Stance,
    pub condition: Option<String>,
}

/// A row of `source_claims_sql`.
pub(crate) fn source_claim_row(r: &impl Cols) -> Result<SourceClaim> {
    Ok(SourceClaim {
        id: r.int(0)?,
        current: r.opt_int(1)?,
        claim: r.text(2)?,
        probability: r.real(3)?,
        made_on: r.date(4)?,
        deadline: r.date(5)?,
        stance: r.stance(6)?,
        condition: r.opt_text(7)?,
    })
}

/// Whether any of `rows` is a correction, whose place in its market `place_corrections`
/// must then set.
pub(super) fn has_corrections(rows: &[MarketRow]) -> bool {
    rows.iter().any(|r| r.corrected)
}

/// Gives each corrected row of `rows` its lineage's first id (`firsts`: rows of
/// `LINEAGE_SQL`), the place in its market it keeps (see `MarketRow::lineage`).
pub(super) fn place_corrections(rows: &mut [MarketRow], firsts: &[(i64, i64)]) {
    let firsts: rustc_hash::FxHashMap<i64, i64> = firsts.iter().copied().collect();
    for r in rows.iter_mut().filter(|r| r.corrected) {
        if let Some(&first) = firsts.get(&r.id) {
            r.lineage = first;
        }
    }
}

/// Market rows of the query `SELECT ... {from}` with arguments `args` (`?1` today), with
/// both trust flags or without `amended` (read as false).
fn read_market_rows(
    conn: &Connection,
    from: &str,
    args: &[String],
    trust: bool,
) -> Result<Vec<MarketRow>> {
    let mut stmt = conn.prepare(&market_query(Dialect::Sqlite, from, trust))?;
    let mut rows = stmt.query(params_from_iter(args.iter()))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(market_row(r)?);
    }
    if has_corrections(&out) {
        place_corrections(&mut out, &lineage_firsts(conn)?);
    }
    Ok(out)
}

/// The rows of `LINEAGE_SQL` on `conn`.
fn lineage_firsts(conn: &Connection) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare_cached(LINEAGE_SQL)?;
    let firsts = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<(i64, i64)>>>()?;
    Ok(firsts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NewForecast, Outcome, Probability, ProbabilityBasis, Stance};
    use crate::store::{Access, SqliteStore as Store};

    #[test]
    fn stored_days_agree_with_chrono() {
        use crate::report::rows::day_number;
        use crate::store::cols::stored_day;
        for d in [
            "1970-01-01",
            "2000-02-29",
            "2023-12-31",
            "2024-03-01",
            "1900-03-01",
            "0001-01-01",
            "9999-12-31",
        ] {
            let date: NaiveDate = d.parse().unwrap();
            assert_eq!(stored_day(d.as_bytes()), Some(day_number(date)), "{d}");
        }
        assert_eq!(stored_day(b"2023-13-01"), None);
        assert_eq!(stored_day(b"2023-1-01x"), None);
        assert_eq!(stored_day(b"20231201"), None);
    }

    #[test]
    fn a_parallel_scan_sees_every_row_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("l.sqlite3"), Access::Write).unwrap();
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        store
            .write("2026-01-01T00:00:00Z", |w| {
                for i in 0..101 {
                    let f = NewForecast {
                        source: format!("s{}", i % 7),
                        claim: format!("c{i}"),
                        probability: Probability::new((i % 10) as f64 / 10.0).unwrap(),
                        basis: ProbabilityBasis::Stated,
                        made_on: d("2025-01-01"),
                        deadline: d("2025-06-01"),
                        deadline_phrase: None,
                        question: None,
                        stance: Stance::For,
                        condition: None,
                        article: None,
                        tags: vec![],
                    };
                    let resolved = (i % 3 != 0).then(|| crate::store::Resolved {
                        outcome: if i % 2 == 0 {
                            Outcome::True
                        } else {
                            Outcome::False
                        },
                        on: d("2025-06-01"),
                        note: None,
                        reason: None,
                    });
                    w.import_forecast(&f, resolved.as_ref())?;
                }
                Ok(())
            })
            .unwrap();
        let today = d("2026-01-01");
        let filter = ReportFilter::default();
        for parts in [1, 2, 3, 4] {
            let seen = store
                .scan_score_rows_parallel(
                    &Scan {
                        filter: &filter,
                        source_ids: &[],
                        today,
                        tags: None,
                    },
                    Slices { parts, min_rows: 0 },
                    Vec::new,
                    |v: &mut Vec<(i64, u64)>, r| v.push((r.source_id, r.probability.to_bits())),
                )
                .unwrap();
            assert_eq!(seen.len(), parts, "one accumulator per slice");
            let mut all: Vec<_> = seen.into_iter().flatten().collect();
            all.sort();
            let mut one = Vec::new();
            let what = Scan {
                filter: &filter,
                source_ids: &[],
                today,
                tags: None,
            };
            scan(store.conn(), &what, None, &mut |r| {
                one.push((r.source_id, r.probability.to_bits()))
            })
            .unwrap();
            one.sort();
            assert_eq!(all, one, "{parts} parts");
        }
    }
}
