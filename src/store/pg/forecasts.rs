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
use crate::store::forecasts::{day_after, slug, tidy_tags, Resolved};
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
    let rows = client
        .query_typed(
            "SELECT id, name FROM sources WHERE lower(name) = lower($1) ORDER BY name = $1 DESC, id",
            &[p(&name)],
        )
        .map_err(pg("looking up a source"))?;
    // lower() is the database's: keep only what NOCASE would match.
    if let Some(r) = rows.iter().find(|r| {
        let other: &str = r.get(1);
        other.eq_ignore_ascii_case(name)
    }) {
        return Ok(Some((r.get(0), r.get(1))));
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
        if let Some((id, _)) = source_named(&mut self.tx, name)? {
            self.sources.insert(key, id);
            return Ok(id);
        }
        crate::model::names::check_new_source(name)?;
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
    pub fn question_key_alike(&mut self, key: &str) -> Result<Option<String>> {
        let want: String = crate::model::names::key_fold(key).collect();
        if want.is_empty() || question_id(&mut self.tx, key)?.is_some() {
            return Ok(None);
        }
        let rows = self
            .tx
            .query_typed(
                "SELECT key FROM questions
                 WHERE lower(regexp_replace(key, '[^[:alnum:]]+', '', 'g')) = $1
                    OR length(key) <> octet_length(key) ORDER BY id",
                &[p(&want)],
            )
            .map_err(pg("looking for a question key"))?;
        Ok(rows
            .iter()
            .map(|r| r.get::<_, String>(0))
            .find(|k| crate::model::names::key_fold(k).eq(want.chars())))
    }

    /// The id of the question with `key`, created if new.
    pub fn ensure_question(&mut self, key: &str) -> Result<i64> {
        if let Some(id) = self.questions.get(key) {
            return Ok(*id);
        }
        let id = match question_id(&mut self.tx, key)? {
            Some(id) => id,
            None => self.insert_question(key)?,
        };
        self.questions.insert(key.to_string(), id);
        Ok(id)
    }

    fn insert_question(&mut self, key: &str) -> Result<i64> {
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
        self.markets.opened(id);
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
    /// `own_question`: the claim's slug, else the slug numbered from the next question id).
    fn own_question(&mut self, claim: &str) -> Result<(i64, String)> {
        let slug = slug(claim);
        if question_id(&mut self.tx, &slug)?.is_none() {
            return Ok((self.insert_question(&slug)?, slug));
        }
        let mut n = self.next_id("questions")?;
        loop {
            let key = format!("{slug}-{n}");
            if question_id(&mut self.tx, &key)?.is_none() {
                return Ok((self.insert_question(&key)?, key));
            }
            n += 1;
        }
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
        let id = self.next_id("forecasts")?;
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
        self.tx
            .execute_typed(
                "INSERT INTO forecasts (id, source_id, question_id, article_id, claim, probability,
                    probability_basis, probability_low, probability_high, made_on, deadline,
                    deadline_phrase, condition, stance, created_at, logged_late)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
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
                    p(&i32::from(late)),
                ],
            )
            .map_err(pg("logging a forecast"))?;
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
        self.insert_tags(id, &facts.tags)?;
        self.append("forecast", id, &facts.body_text())?;
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
