//! Logging forecasts on PostgreSQL: SQLite's `Writer::ensure_source`, `ensure_question`,
//! `insert_forecast` and `import_forecast` (outside an import batch; inside one,
//! `import.rs` takes the rows), with the same ids, late flags, tags, journal bodies and
//! kept-sum changes, from the same shared functions.

use super::typed::p;
use super::{pg, PgWriter};
use crate::error::{Error, Result};
use crate::model::names::name_key;
use crate::model::NewForecast;
use crate::store::bodies::{ForecastFacts, QuestionText};
use crate::store::dialect::Dialect::Postgres;
use crate::store::forecasts::{day_after, own_key, slug, tidy_tags, Resolved};
use crate::store::kept::Counted;
use postgres::GenericClient;
use serde_json::json;

/// The source called `name` (SQLite's `source_named`): the exact name, else the same name
/// in another ASCII case (SQLite's NOCASE), else the first source whose `name_key` is the
/// same (of those `fold_candidates_sql` names).
pub(crate) fn source_named(
    client: &mut impl GenericClient,
    name: &str,
) -> Result<Option<(i64, String)>> {
    let name = &*crate::model::names::canonical(name);
    let rows: Vec<(i64, String)> = client
        .query_typed(
            "SELECT id, name FROM sources WHERE lower(name) = lower($1) ORDER BY name = $1 DESC, id",
            &[p(&name)],
        )
        .map_err(pg("looking up a source"))?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    source_named_given(client, name, rows)
}

/// `source_named` for the canonical `name`, given the rows of its NOCASE look-up (read
/// ahead by a write's first statement, or just now).
fn source_named_given(
    client: &mut impl GenericClient,
    name: &str,
    rows: Vec<(i64, String)>,
) -> Result<Option<(i64, String)>> {
    // lower() is the database's: keep only what NOCASE would match.
    if let Some(found) = rows
        .into_iter()
        .find(|(_, other)| other.eq_ignore_ascii_case(name))
    {
        return Ok(Some(found));
    }
    let key = name_key(name);
    let rows = client
        .query_typed(
            crate::store::forecasts::fold_candidates_sql(name.is_ascii()),
            &[],
        )
        .map_err(pg("looking up a source"))?;
    Ok(rows
        .iter()
        .find(|r| name_key(r.get(1)) == key)
        .map(|r| (r.get(0), r.get(1))))
}

/// The id of the question with `key`.
/// As SQLite's `forecasts::question_id`: the key as given, else its NFC form, else a key
/// stored before keys were put in NFC whose NFC form it is.
pub(crate) fn question_id(client: &mut impl GenericClient, key: &str) -> Result<Option<i64>> {
    fn exact(client: &mut impl GenericClient, k: &str) -> Result<Option<i64>> {
        Ok(client
            .query_typed_opt("SELECT id FROM questions WHERE key = $1", &[p(&k)])
            .map_err(pg("looking up a question"))?
            .map(|r| r.get(0)))
    }
    let found = exact(client, key)?;
    if found.is_some() || key.is_ascii() {
        return Ok(found);
    }
    let nfc = crate::model::names::key_canonical(key);
    if let Some(id) = exact(client, &nfc)? {
        return Ok(Some(id));
    }
    let rows = client
        .query_typed(crate::store::forecasts::NON_ASCII_KEYS_SQL, &[])
        .map_err(pg("looking up a question"))?;
    Ok(rows
        .iter()
        .find(|r| crate::model::names::key_canonical(r.get::<_, &str>(1)) == nfc)
        .map(|r| r.get(0)))
}

impl PgWriter<'_> {
    /// `key` as a new forecast logs it: in NFC, or the form a question was stored under
    /// before keys were put in NFC (`forecasts::logged_key`, the stored keys read once a write).
    pub(super) fn logged_key(&mut self, key: &str) -> Result<String> {
        let tx = &mut self.tx;
        crate::store::forecasts::logged_key(key, &mut self.legacy_keys, || {
            Ok(tx
                .query_typed(crate::store::forecasts::NON_ASCII_KEYS_SQL, &[])
                .map_err(pg("reading question keys"))?
                .iter()
                .map(|r| r.get::<_, String>(1))
                .collect())
        })
    }

    /// The id of the source named `name` (case-insensitive), created if new.
    pub fn ensure_source(&mut self, name: &str) -> Result<i64> {
        // The same spelling again (an import's usual case) skips folding it.
        if let Some(id) = self.sources_given.get(name) {
            return Ok(*id);
        }
        let id = self.ensure_source_folded(name)?;
        self.sources_given.insert(name.to_string(), id);
        Ok(id)
    }

    fn ensure_source_folded(&mut self, name: &str) -> Result<i64> {
        let name = &*crate::model::names::canonical(name);
        let key = name_key(name);
        if let Some(id) = self.sources.get(&key) {
            return Ok(*id);
        }
        let found = match self.ahead.source.take() {
            Some((given, rows)) if given == name => source_named_given(&mut *self.tx, name, rows)?,
            _ => source_named(&mut *self.tx, name)?,
        };
        if let Some((id, _)) = found {
            self.sources.insert(key, id);
            return Ok(id);
        }
        crate::model::names::check_new_source(name)?;
        if let Some(id) = self
            .ahead
            .next_source
            .take()
            .filter(|_| self.bulk.is_none())
        {
            // The source and its journal entry in one statement, the id read ahead under the
            // write lock (`MAX(id) + 1`, as the statement below takes it).
            let body = json!({"id": id, "name": name, "created_at": self.now}).to_string();
            let now = self.now.clone();
            self.with_entry(
                "ins AS (INSERT INTO sources (id, name, created_at) VALUES ($1, $2, $3))",
                "SELECT 1",
                &[p(&id), p(&name), p(&now)],
                "source",
                id,
                &body,
                "adding a source",
            )?;
            self.sources.insert(key, id);
            // A new source has no kept sums stored: none to read before writing its first.
            self.ahead.kept = Some(super::kept::KeptRows::none(id));
            return Ok(id);
        }
        // The next id (`next_id`) taken by the insert itself: one round trip, not two.
        let id: i64 = self
            .tx
            .query_typed_one(
                "INSERT INTO sources (id, name, created_at)
                 SELECT COALESCE(MAX(id), 0) + 1, $1, $2 FROM sources RETURNING id",
                &[p(&name), p(&self.now)],
            )
            .map_err(pg("adding a source"))?
            .get(0);
        self.sources.insert(key, id);
        let body = json!({"id": id, "name": name, "created_at": self.now});
        self.append("source", id, &body.to_string())?;
        Ok(id)
    }

    /// An existing question key that differs from `key` only in case, spacing or
    /// punctuation, when `key` is not a question yet (SQLite: `questions::key_alike`), read
    /// under the write lock. The server narrows the keys (letters and digits, lower-cased,
    /// as PostgreSQL's Unicode classes see them) and `key_fold` decides, so both backends
    /// agree.
    ///
    /// The keys one edit from `key` (`names::key_slip`, ad4 F2) are among those whose length
    /// is within one of `key`'s, so the server sends those too, not every key.
    pub fn question_key_alike(&mut self, key: &str) -> Result<crate::store::KeyNear> {
        let want: String = crate::model::names::key_fold(key).collect();
        let mut near = crate::store::KeyNear::default();
        if want.is_empty() || self.question_id(key)?.is_some() {
            return Ok(near);
        }
        let len = crate::model::names::key_canonical(key).chars().count();
        // Shorter keys are never a slip: asked for none then.
        let (shortest, longest) = if len >= crate::model::names::KEY_SLIP_MIN {
            (len as i64 - 1, len as i64 + 1)
        } else {
            (1, 0)
        };
        let rows = self
            .tx
            .query_typed(
                "SELECT key FROM questions
                 WHERE lower(regexp_replace(key, '[^[:alnum:]]+', '', 'g')) = $1
                    OR length(key) <> octet_length(key)
                    OR length(key) BETWEEN $2 AND $3 ORDER BY id",
                &[p(&want), p(&shortest), p(&longest)],
            )
            .map_err(pg("looking for a question key"))?;
        let keys: Vec<String> = rows.iter().map(|r| r.get::<_, String>(0)).collect();
        near.alike = keys
            .iter()
            .find(|k| crate::model::names::key_fold(k).eq(want.chars()))
            .cloned();
        if near.alike.is_none() {
            near.slip = keys
                .iter()
                .find(|k| crate::model::names::key_slip(key, k))
                .cloned();
        }
        Ok(near)
    }

    /// The id of the question with `key`, created if new.
    pub fn ensure_question(&mut self, key: &str) -> Result<i64> {
        if let Some(id) = self.questions.get(key) {
            return Ok(*id);
        }
        let id = match self.question_id(key)? {
            Some(id) => id,
            None => self.insert_question(key)?,
        };
        self.questions.insert(key.to_string(), id);
        Ok(id)
    }

    /// The id of the question with `key` (`question_id`), answered from what the write's
    /// first statement read when it asked about `key`.
    fn question_id(&mut self, key: &str) -> Result<Option<i64>> {
        match self.ahead.keys.get(key) {
            Some(known) => Ok(*known),
            None => question_id(&mut *self.tx, key),
        }
    }

    fn insert_question(&mut self, key: &str) -> Result<i64> {
        let id = match self.ahead.next_question.take() {
            Some(id) if self.bulk.is_none() => id,
            _ => return self.insert_question_by_max(key),
        };
        // The question and its journal entry in one statement, the id read ahead under the
        // write lock (`MAX(id) + 1`, as the statement below takes it).
        let body = QuestionText {
            created_at: &self.now,
            id,
            key,
        }
        .text();
        let now = self.now.clone();
        self.with_entry(
            "ins AS (INSERT INTO questions (id, key, created_at) VALUES ($1, $2, $3))",
            "SELECT 1",
            &[p(&id), p(&key), p(&now)],
            "question",
            id,
            &body,
            "adding a question",
        )?;
        self.opened_question(id, key);
        Ok(id)
    }

    /// What the write knows of a question it just inserted: no outcome, no hand-resolved
    /// market.
    fn opened_question(&mut self, id: i64, key: &str) {
        self.markets.opened(id);
        self.ahead.decided.insert(id, false);
        if self.ahead.keys.contains_key(key) {
            self.ahead.keys.insert(key.to_string(), Some(id));
        }
    }

    fn insert_question_by_max(&mut self, key: &str) -> Result<i64> {
        // The next id (`next_id`) taken by the insert itself: one round trip, not two.
        let id: i64 = self
            .tx
            .query_typed_one(
                "INSERT INTO questions (id, key, created_at)
                 SELECT COALESCE(MAX(id), 0) + 1, $1, $2 FROM questions RETURNING id",
                &[p(&key), p(&self.now)],
            )
            .map_err(pg("adding a question"))?
            .get(0);
        self.opened_question(id, key);
        let body = QuestionText {
            created_at: &self.now,
            id,
            key,
        }
        .text();
        self.append("question", id, &body)?;
        Ok(id)
    }

    /// A new question of its own for a forecast logged without one (SQLite's
    /// `own_question`: the claim's slug, else the slug numbered by the first free number).
    fn own_question(&mut self, claim: &str) -> Result<(i64, String)> {
        let slug = slug(claim);
        let mut numbered = std::mem::take(&mut self.numbered);
        let key = own_key(&slug, &mut numbered, |key| {
            Ok(self.question_id(key)?.is_some())
        });
        self.numbered = numbered;
        let key = key?;
        Ok((self.insert_question(&key)?, key))
    }

    /// Logs one forecast and returns its id.
    pub fn insert_forecast(&mut self, f: &NewForecast) -> Result<i64> {
        self.log_forecast(f, false)
    }

    /// Logs one forecast, resolved at once when `resolved` is given, and returns its id.
    /// In an import batch the row goes to the batch's `COPY` (see `import.rs`).
    pub fn import_forecast(
        &mut self,
        f: &NewForecast,
        resolved: Option<&Resolved<'_>>,
    ) -> Result<i64> {
        if self.bulk.is_some() {
            return self.stage_forecast(f, resolved);
        }
        let id = self.log_forecast(f, resolved.is_some())?;
        if let Some(r) = resolved {
            crate::store::resolutions::insert_resolution(
                self,
                &crate::store::resolutions::NewResolution::imported(id, r),
            )?;
        }
        Ok(id)
    }

    /// Whether an outcome is recorded for question `id` (a forecast on it is late).
    pub(super) fn question_decided(&mut self, question_id: i64) -> Result<bool> {
        if let Some(decided) = self.ahead.decided.get(&question_id) {
            return Ok(*decided);
        }
        Ok(self
            .tx
            .query_typed_opt(
                "SELECT 1 FROM question_outcomes WHERE question_id = $1 LIMIT 1",
                &[p(&question_id)],
            )
            .map_err(pg("reading question outcomes"))?
            .is_some())
    }

    /// Whether market (`question_id`, `deadline`) already holds a true/false outcome by
    /// hand resolutions (see SQLite's `forecasts::Markets`).
    pub(super) fn market_resolved(&mut self, question_id: i64, deadline: &str) -> Result<bool> {
        let tx = &mut self.tx;
        self.markets.resolved(question_id, deadline, |q, d| {
            Ok(tx
                .query_typed_opt(
                    &crate::store::forecasts::market_resolved_sql(Postgres),
                    &[p(&q), p(&d), p(&i64::MAX)],
                )
                .map_err(pg("reading the market's resolutions"))?
                .is_some())
        })
    }

    /// Refuses a forecast naming an article the ledger does not have.
    pub(super) fn check_article(&mut self, article: Option<i64>) -> Result<()> {
        if let Some(article) = article {
            let known = self
                .tx
                .query_typed_opt("SELECT 1 FROM articles WHERE id = $1", &[p(&article)])
                .map_err(pg("looking up an article"))?;
            if known.is_none() {
                return Err(Error::ArticleNotFound {
                    id: article.to_string(),
                });
            }
        }
        Ok(())
    }

    /// `outcome_known`: the forecast's outcome is recorded with it, which makes it late.
    fn log_forecast(&mut self, f: &NewForecast, outcome_known: bool) -> Result<i64> {
        f.validate()?;
        let source_id = self.ensure_source(&f.source)?;
        let (question_id, question_key) = match &f.question {
            Some(key) => {
                let key = self.logged_key(key)?;
                (self.ensure_question(&key)?, key)
            }
            None => self.own_question(&f.claim)?,
        };
        self.check_article(f.article)?;
        let id = match self.ahead.next_forecast.take() {
            Some(id) => id,
            None => self.next_id("forecasts")?,
        };
        let deadline = crate::time::iso(f.deadline);
        let late = outcome_known
            || day_after(&self.now, &deadline)
            || self.question_decided(question_id)?
            || self.market_resolved(question_id, &deadline)?;
        let facts = ForecastFacts::logged(
            f,
            id,
            source_id,
            question_key,
            tidy_tags(&f.tags),
            &self.now,
            late,
        );
        // The forecast, its tags and its journal entry in one statement, which also asks
        // whether it repeats an earlier forecast, any version (`repeated_sql`'s question for this
        // one row, compared with the values inserted: the statement does not see its own
        // rows), kept for `repeated_forecast`.
        let identity = crate::store::imports::same_identity(
            Postgres,
            |c| format!("o.{c}"),
            |_, c| {
                match c {
                    "source_id" => "$2",
                    "claim" => "$5",
                    "probability" => "$6",
                    "made_on" => "$10",
                    "deadline" => "$11",
                    "condition" => "$13",
                    _ => "$14", // stance
                }
                .to_string()
            },
        );
        let gone = crate::store::imports::annulled("o");
        let late_flag = i32::from(late);
        let rows = self.with_entry(
            "ins AS (INSERT INTO forecasts (id, source_id, question_id, article_id, claim,
                    probability, probability_basis, probability_low, probability_high, made_on,
                    deadline, deadline_phrase, condition, stance, created_at, logged_late)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)),
             tags AS (INSERT INTO forecast_tags (forecast_id, tag) SELECT $1, unnest($17::text[]))",
            &format!(
                "SELECT o.id, o.superseded_by, {gone} FROM forecasts o
                 WHERE o.id < $1 AND {identity}
                 ORDER BY {gone}, o.superseded_by IS NOT NULL, o.id LIMIT 1"
            ),
            &[
                p(&id),
                p(&source_id),
                p(&question_id),
                p(&facts.article),
                p(&facts.claim),
                p(&facts.probability),
                p(&facts.probability_basis),
                p(&facts.probability_low),
                p(&facts.probability_high),
                p(&facts.made_on),
                p(&facts.deadline),
                p(&facts.deadline_phrase),
                p(&facts.condition),
                p(&facts.stance),
                p(&facts.created_at),
                p(&late_flag),
                p(&facts.tags),
            ],
            "forecast",
            id,
            &facts.body_text(),
            "logging a forecast",
        )?;
        self.ahead.repeat = Some((
            id,
            rows.first().map(|r| {
                let repeated = crate::store::Repeated {
                    new: id,
                    old: r.get(0),
                    corrected_by: r.get(1),
                };
                (repeated, r.get::<_, bool>(2))
            }),
        ));
        self.ahead.question_of.insert(id, question_id);
        self.kept.count(
            &Counted {
                source_id,
                probability: facts.probability,
                outcome: None,
                corrected: false,
                amended: false,
                late,
                horizon: (f.deadline - f.made_on).num_days(),
            },
            1,
        );
        Ok(id)
    }

    pub(super) fn insert_tags(&mut self, id: i64, tags: &[String]) -> Result<()> {
        for tag in tags {
            self.tx
                .execute_typed(
                    "INSERT INTO forecast_tags (forecast_id, tag) VALUES ($1, $2)",
                    &[p(&id), p(tag)],
                )
                .map_err(pg("tagging a forecast"))?;
        }
        Ok(())
    }
}
