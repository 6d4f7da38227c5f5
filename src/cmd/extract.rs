//! `forecast extract FILE|-`: propose the forecasts an article makes; with `--save`, review
//! them (on a terminal) or take them all (`--yes`) and log them with the article, in one
//! transaction. The same article (source and SHA-256 of its text) twice logs nothing new.

use super::parse_deadline;
use crate::app::{Context, Io};
use crate::cli::ExtractArgs;
use crate::error::{Error, Result};
use crate::extract::{extract, extract_each, Candidate};
use crate::model::{format_percent, NewForecast, Probability, ProbabilityBasis};
use crate::output::{csv_string, ellipsize, json_string, Format, Style};
use crate::store::{Kept, NewArticle, NewReview, Store};
use crate::time::parse_day;
use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Read;

#[derive(Serialize)]
struct ArticleMeta<'a> {
    source: &'a str,
    published: NaiveDate,
    url: Option<&'a str>,
    title: Option<&'a str>,
    sha256: &'a str,
}

#[derive(Serialize)]
struct Extraction<'a> {
    article: ArticleMeta<'a>,
    candidates: &'a [Candidate],
}

/// `Extraction` with its candidates found while they are written (`--format json`).
#[derive(Serialize)]
struct Streamed<'a> {
    article: ArticleMeta<'a>,
    candidates: Lazy<'a>,
}

/// The candidates of an article, serialized as a JSON array while `extract_each` finds them.
struct Lazy<'a> {
    text: &'a str,
    published: NaiveDate,
}

impl Serialize for Lazy<'_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(None)?;
        let mut failed = None;
        extract_each(self.text, self.published, |c| {
            if failed.is_none() {
                failed = seq.serialize_element(&c).err();
            }
        });
        match failed {
            Some(e) => Err(e),
            None => seq.end(),
        }
    }
}

/// The largest article read (a long report is a few MB; `bench/compare.sh` extracts 20 MB
/// in one go), so `extract /dev/zero` or an endless pipe ends with an error, not all memory.
const MAX_ARTICLE: u64 = 128 * 1024 * 1024;

/// Reads the article: UTF-8 text or Markdown of at most `MAX_ARTICLE` bytes, refused
/// clearly otherwise.
fn read_text(file: &std::path::Path, io: &mut Io<'_>) -> Result<String> {
    let name = file.display().to_string();
    let mut bytes = Vec::new();
    if name == "-" {
        (&mut io.input)
            .take(MAX_ARTICLE + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("reading stdin", e))?;
    } else {
        // A directory was refused with the system's words, `Is a directory (os error 21)`
        // (ad6 F4); it is named as `import` names one.
        if file.is_dir() {
            return Err(Error::invalid(
                format!("extract `{name}`"),
                "it is a directory; name an article file (text or Markdown), or `-` for standard input",
            ));
        }
        let cannot = |e: std::io::Error| {
            Error::invalid(
                format!("extract `{name}`"),
                format!("cannot read it: {}", crate::output::cannot_open(file, &e)),
            )
        };
        let f = std::fs::File::open(file).map_err(cannot)?;
        // Sized once from the file's length, not grown by doubling (and copying) 20 MB.
        let size = f.metadata().map_or(0, |m| m.len()).min(MAX_ARTICLE + 1);
        bytes.reserve_exact(usize::try_from(size).unwrap_or(0) + 1);
        f.take(MAX_ARTICLE + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    }
    if bytes.len() as u64 > MAX_ARTICLE {
        return Err(Error::invalid(
            format!("extract `{name}`"),
            format!(
                "it is longer than {} MiB; split it into articles",
                MAX_ARTICLE / 1024 / 1024
            ),
        ));
    }
    if let Some(kind) = crate::transfer::read::utf16_kind(&bytes) {
        return Err(Error::invalid(
            format!("extract `{name}`"),
            crate::transfer::read::utf16_message(kind, "UTF-8"),
        ));
    }
    if bytes.contains(&0) {
        return Err(Error::invalid(
            format!("extract `{name}`"),
            "this is a binary file, not text; give UTF-8 text or Markdown",
        ));
    }
    // The bad byte is named by line and byte, with its encoding when the bytes are
    // Windows-1252, as `import` names it (`transfer::input`).
    let text = String::from_utf8(bytes).map_err(|e| {
        let bad =
            crate::transfer::input::NotUtf8::in_bytes(e.as_bytes(), e.utf8_error().valid_up_to());
        Error::BadRow {
            file: name.to_string(),
            line: bad.line,
            message: bad.message(&name, "UTF-8"),
        }
    })?;
    // Nothing to read: a download or conversion that failed upstream (`curl ... | pandoc
    // ... | forecast extract -`) was listed as "No forecasts found" and saved as an article
    // of no forecasts, exit 0 (ad3 F4).
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(Error::invalid(
            format!("extract `{name}`"),
            "it is empty (nothing but white space), so there is no article to read; check that the download or conversion before it worked",
        ));
    }
    if looks_like_html(&text) {
        return Err(Error::invalid(
            format!("extract `{name}`"),
            "this is an HTML page, not text: its tags and scripts would end up in claims; save the article as text (a browser's reader view, `pandoc -t plain page.html`, `lynx -dump`) and extract that",
        ));
    }
    Ok(text)
}

/// A web page saved as it was served: a document type or an `<html>`, `<head>` or `<body>`
/// tag, or paragraphs marked up as `<p>`/`<div>` blocks, rather than prose or Markdown
/// (which may hold an inline tag or two).
fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    if ["<!doctype html", "<html", "<head>", "<body"]
        .iter()
        .any(|t| head.contains(t))
    {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    let closed = lower.matches("</p>").count() + lower.matches("</div>").count();
    closed >= 3 && closed * 400 >= text.len().min(400_000)
}

/// Whether `text` is a date and then a time (`2025-05-21T10:00:00Z`, `2025-05-21 10:00`):
/// ten characters, `T` or a space, a digit.
fn timestamp_shaped(text: &str) -> bool {
    let b = text.trim().as_bytes();
    b.len() > 11 && matches!(b[10], b'T' | b't' | b' ') && b[11].is_ascii_digit()
}

pub fn run(ctx: &Context, args: &ExtractArgs, io: &mut Io<'_>) -> Result<()> {
    if args.audit {
        return super::extract_audit::run(ctx, args, io);
    }
    // clap requires all three unless --audit.
    let (Some(file), Some(source), Some(published)) = (&args.file, &args.source, &args.published)
    else {
        return Err(Error::invalid(
            "extract",
            "give FILE, --source and --published (or --audit)",
        ));
    };
    // A page's or a feed's timestamp (`2025-05-21T10:00:00Z`, as `import` reads dates) gives
    // its date as written (ad3 F8: refused, where a CMS or an RSS feed gives one).
    let published = parse_day(published, ctx.clock.today)
        .or_else(|e| match timestamp_shaped(published) {
            true => crate::time::parse_day_prefix(published).map_err(|_| e),
            false => Err(e),
        })
        .map_err(|e| e.of_option("--published"))?;
    // `--save` prints what it logged, not the candidates: as text, or as JSON for a script
    // (`SaveSummary`); a CSV of it would be a table of one row (audit 18, A15: the format
    // asked for was ignored without a word).
    if args.save && matches!(args.format, Format::Csv | Format::Markdown) {
        let name = if args.format == Format::Csv {
            "csv"
        } else {
            "markdown"
        };
        return Err(Error::invalid(
            format!("--format {name}"),
            format!("with --save, extract prints what it saved as text or as json (--format json); {name} lists candidates without --save"),
        ));
    }
    if source.trim().is_empty() {
        return Err(Error::invalid("--source", "must not be empty"));
    }
    // Checked before any note names the source (one printed an escape sequence raw before the
    // save refused it), and the article's title and address as every stored text field is
    // (ad3 F5: they were stored with a bell or an escape sequence in them).
    crate::model::check_text("source", source)?;
    for (what, text) in [("--title", &args.title), ("--url", &args.url)] {
        if let Some(t) = text {
            crate::model::check_text(what, t)?;
        }
    }
    if args.save {
        // Before any candidate is reviewed, not after the person has answered them all.
        ctx.check_today_has_come()?;
    }
    let default_deadline = args
        .default_deadline
        .as_deref()
        .map(|d| parse_deadline(d, published).map_err(|e| e.of_option("--default-deadline")))
        .transpose()?;
    // Said of the flag, before any candidate is reviewed, not of a forecast at the save.
    if let (Some(d), Some(text)) = (&default_deadline, &args.default_deadline) {
        if d.date < published {
            return Err(Error::invalid(
                format!("--default-deadline `{text}`"),
                format!(
                    "it reads as {}, before the publication date {published}, the day the article's forecasts were made",
                    d.date
                ),
            ));
        }
    }
    if let (true, Some(why)) = (
        args.save,
        crate::model::days::future_day(published, ctx.clock.today, ctx.clock.now),
    ) {
        // What `add --made-on` refuses, `--save` refuses too: its forecasts are made on the
        // publication day.
        return Err(Error::invalid(
            format!("--published `{published}`"),
            format!("{why}; forecasts from it cannot be logged yet"),
        ));
    }
    // With `--format json` stdout carries the JSON alone, as every `--format json` does, so
    // the review talks on stderr: a person reviews on the terminal while the JSON goes to
    // stdout after the last answer, or into a file (`> saved.json`); without it the review
    // and the summary line share stdout, as before.
    let json = args.format == Format::Json;
    let can_review = if json {
        ctx.interactive_stderr
    } else {
        ctx.interactive
    };
    if args.save && !args.yes && !can_review {
        // With `-`, standard input carries the article, so it cannot carry the answers too,
        // even when the command is typed on a terminal (audit 9, item 22).
        let why = if file.as_os_str() == "-" {
            "reviewing candidates reads answers from standard input, which carries the article here; name the article's file instead of `-`, or pass --yes to take them all"
        } else {
            if json {
                "reviewing candidates needs a terminal on standard input and standard error (with --format json the questions go to standard error); pass --yes to take them all"
            } else {
                "reviewing candidates needs a terminal; pass --yes to take them all"
            }
        };
        return Err(Error::invalid("--save", why));
    }
    let text = read_text(file, io)?;
    let sha = crate::store::to_hex(&Sha256::digest(text.as_bytes()));
    // A UTF-8 byte-order mark (Windows editors write one) is no part of the first sentence
    // or its claim: it is read as three spaces, so `start`/`end` still count bytes of the
    // input and the sha256 is the file's own.
    let readable = match text.strip_prefix('\u{feff}') {
        Some(rest) => std::borrow::Cow::Owned(format!("   {rest}")),
        None => std::borrow::Cow::Borrowed(text.as_str()),
    };
    let meta = ArticleMeta {
        source: source.trim(),
        published,
        url: args.url.as_deref(),
        title: args.title.as_deref(),
        sha256: &sha,
    };
    if !args.save && args.format == Format::Json {
        // Written while they are found: a 20 MB article's candidates are never all held.
        let x = Streamed {
            article: meta,
            candidates: Lazy {
                text: &readable,
                published,
            },
        };
        return super::write_json_out(io, &x);
    }
    let candidates = extract(&readable, published);
    if !args.save {
        let x = Extraction {
            article: meta,
            candidates: &candidates,
        };
        return super::write_out(io, &render(&x, args.format, &ctx.style)?);
    }
    // A headline whose forecast the body says again is a candidate of its own in the
    // listing (each sentence is a forecast as written), and logged once, as the body's
    // (audit 28, E15). The summary counts them, or they vanished from it (ad3 F9).
    let said_again = candidates
        .iter()
        .filter(|c| c.logged_from.is_some())
        .count();
    let candidates: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| c.logged_from.is_none())
        .collect();
    // What an earlier run settled for this article is not asked about or logged again.
    let source = source.trim().to_string();
    let candidates: Vec<Candidate> = candidates
        .into_iter()
        .map(|c| as_logged(c, &source))
        .collect();
    let reader = ctx.open(crate::store::Access::Read).ok();
    // A role that may only read (PostgreSQL) is refused before any note or question, as
    // every other write is: a note on the article, or a whole walk, came before the
    // refusal (ad2 F17).
    if let Some(e) = reader
        .as_ref()
        .and_then(|store| store.write_refusal().ok().flatten())
    {
        return Err(e);
    }
    let prior = reader
        .as_ref()
        .and_then(|store| store.prior_extraction(&source, &sha).ok().flatten());
    // Said before any candidate is reviewed (`save` checks again under the write lock).
    if let (true, Some(store), Some((id, _))) = (args.save, &reader, &prior) {
        if let Ok(Some(a)) = store.article(*id) {
            if a.published != published.to_string() {
                return Err(other_date(*id, &source, &a.published, published));
            }
        }
    }
    // Said before any candidate is reviewed, so a typo can be fixed before anything is
    // logged (ux31 M5): a new source spelled like one the ledger has (as `add` and `import`
    // say it), and this very text saved under another source.
    if let Some(store) = &reader {
        for note in source_notes(store, &source, &sha, prior.is_some()) {
            let _ = writeln!(io.err, "{note}");
        }
    }
    // The source's current forecasts by folded claim: a candidate that says what one of them
    // says (by the same deadline) is not logged again as a new question (`logged_as`).
    let logged_before = reader
        .as_ref()
        .map(|store| source_claims(store, &source))
        .unwrap_or_default();
    drop(reader);
    // Decide what to log before opening the ledger for writing: one transaction.
    let mut chosen: Vec<Chosen> = Vec::new();
    let mut decided: Vec<Decided> = Vec::new();
    let mut skipped = 0;
    let mut quit = false;
    let settled = |c: &Candidate| {
        prior
            .as_ref()
            .is_some_and(|(_, done)| done.settled(c.start, c.end, &c.claim))
    };
    let open_count = candidates.iter().filter(|c| !settled(c)).count();
    if !args.yes && open_count > 0 {
        // Nothing is written until the walk ends (one transaction), so say how to stop
        // without losing the answers given: Ctrl-C kills the process before the write.
        on_review_stream(io, json, |io| {
            super::write_out(
                io,
                "Answers are saved together at the end; q (or end of input) saves what you accepted so far, Ctrl-C saves nothing.\n",
            )
        })?;
    }
    let mut asked = 0;
    // Candidates `--yes` left out because the source has logged their claim already.
    let mut logged_as: Vec<Repeat> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        if settled(c) {
            continue;
        }
        let Some(mut pick) = Chosen::take(c, default_deadline.as_ref()) else {
            continue;
        };
        // The same claim by the same deadline and holder taken already from this article
        // (two unnamed speakers' values, or a claim said again): logged once, as a claim
        // logged before is (audit 26, finding 1). The writer's own odds on a claim the
        // article attributes to someone else are the writer's and are logged too.
        let deadline = pick.deadline.as_ref().map(|(d, _)| *d);
        let key = crate::model::casefold::claim_key(&c.claim);
        if args.yes
            && chosen.iter().any(|p| {
                crate::model::casefold::claim_key(&p.candidate.claim) == key
                    && p.deadline.as_ref().map(|(d, _)| *d) == deadline
                    && p.candidate
                        .attributed_to
                        .as_deref()
                        .map(crate::model::casefold::fold)
                        == c.attributed_to.as_deref().map(crate::model::casefold::fold)
            })
        {
            super::warn(
                io,
                &format!(
                    "skipped \"{}\": a forecast taken before it from this article has the same claim by the same deadline, and a source logs one forecast of a claim",
                    ellipsize(&c.claim, 60)
                ),
            );
            skipped += 1;
            continue;
        }
        let earlier = same_claim(&logged_before, &pick, published);
        if let (true, Some((id, corrected_by, then, made_on))) = (args.yes, earlier) {
            let now = pick.probability.value();
            let changed = (corrected_by.is_none() && (then - now).abs() > 1e-12).then(|| {
                // `update` refuses a resolved forecast: read only for a changed view.
                let resolved = ctx
                    .open(crate::store::Access::Read)
                    .ok()
                    .and_then(|store| store.forecast(id, ctx.clock.today).ok())
                    .is_some_and(|f| f.outcome.is_some());
                Changed {
                    then,
                    now,
                    on: published,
                    made_on,
                    resolved,
                }
            });
            logged_as.push(Repeat {
                claim: c.claim.clone(),
                forecast: id,
                article: None,
                same_claim: true,
                corrected_by,
                // A replaced version's probability is not the current forecast's, which
                // `update` would follow: said only for a forecast never corrected.
                changed,
            });
            continue;
        }
        if !args.yes {
            asked += 1;
            let decision = on_review_stream(io, json, |io| {
                let mut text = describe(asked, open_count, c);
                match earlier {
                    Some((id, None, _, _)) => text.push_str(&format!(
                        "  already logged as #{id} (the same claim from this source); s skips it\n"
                    )),
                    Some((id, Some(by), _, _)) => text.push_str(&format!(
                        "  already logged as #{by} (a corrected version: #{id} made the same claim from this source); s skips it\n"
                    )),
                    None => {}
                }
                super::write_out(io, &text)?;
                review(io, &mut pick, published, &source)
            })?;
            match decision {
                Decision::Take => decided.push(Decided::kept(i, c, &pick, chosen.len())),
                Decision::Skip => {
                    decided.push(Decided::rejected(i, c));
                    skipped += 1;
                    continue;
                }
                // Like `git add -p`: what was accepted so far is kept.
                Decision::Quit => {
                    quit = true;
                    break;
                }
            }
        }
        if pick.deadline.is_none() {
            let why = match &c.deadline_phrase {
                Some(p) => format!(
                    "its time phrase \"{p}\" has no date the tool can read, and --default-deadline dates only candidates with no time phrase (give its date with d in the review on a terminal, or log it with `forecast add`)"
                ),
                None => "it has no deadline (give --default-deadline WHEN; a re-run adds it)"
                    .to_string(),
            };
            super::warn(
                io,
                &format!("skipped \"{}\": {why}", ellipsize(&c.claim, 60)),
            );
            skipped += 1;
            continue;
        }
        chosen.push(pick);
    }
    for r in &logged_as {
        let _ = writeln!(io.err, "{}", r.note(0));
    }
    // Skips made before a quit are decisions too, recorded as they are when something was
    // accepted (ad3 F10: they were dropped, asked again and left out of `--audit`).
    if quit && chosen.is_empty() && decided.is_empty() {
        if json {
            return super::write_json_out(
                io,
                &SaveSummary {
                    source,
                    skipped,
                    quit,
                    ..Default::default()
                },
            );
        }
        return super::write_out(io, "quit: nothing saved\n");
    }
    let article = NewArticle {
        source: source.clone(),
        published,
        title: args.title.clone(),
        url: args.url.clone(),
        sha256: sha.clone(),
    };
    let result = ctx.with_writer(io, |store, _| {
        save(store, &ctx.clock.timestamp(), &article, &chosen, &decided)
    })?;
    let quit_note = if quit {
        "quit: kept what was accepted; "
    } else {
        ""
    };
    match result {
        Saved::AlreadyExtracted { article: id, at } => {
            // The source as the ledger spells it, not as typed this time.
            let source = ctx
                .open(crate::store::Access::Read)
                .ok()
                .and_then(|store| store.article(id).ok().flatten())
                .map_or(source, |a| a.source);
            if json {
                return super::write_json_out(
                    io,
                    &SaveSummary {
                        article: Some(id),
                        source,
                        skipped,
                        already_in_ledger: logged_as.iter().map(Repeat::json).collect(),
                        already_extracted: true,
                        ..Default::default()
                    },
                );
            }
            // What this run left out is said above (a warning or note each); the summary
            // counts it rather than calling every candidate decided.
            let rest = match (skipped, logged_as.len()) {
                (0, 0) => "every candidate was logged or decided then".to_string(),
                (s, 0) => format!("{s} skipped (said above), the rest were logged or decided then"),
                (0, r) => format!("{r} already in the ledger (said above), the rest were logged or decided then"),
                (s, r) => format!("{s} skipped and {r} already in the ledger (said above), the rest were logged or decided then"),
            };
            super::write_out(io, &format!("article #{id} from {source} with this text was already extracted ({at}): nothing logged, {rest}\n"))
        }
        Saved::Logged {
            article: article_id,
            forecasts: ids,
            added,
            mut repeats,
            logged: logged_now,
            meanwhile,
        } => {
            // Said, not dropped in silence (ad3 F12: a walk's answers, given while a `--yes`
            // run of the same article logged it, were summed up as "0 skipped").
            for claim in &meanwhile {
                let _ = writeln!(
                    io.err,
                    "note: not logged \"{}\": another run of this article logged or decided it while this one was reviewing (`forecast list --format csv` shows the article's forecasts)",
                    ellipsize(claim, 60)
                );
            }
            // Those logged now, by their place among the chosen: a repeat of a forecast
            // already in the ledger is not. (Matched by claim, a candidate skipped as a
            // repeat of one logged from this very article hid that one too, and the note
            // on attributed forecasts under-counted: audit 26, item 10.)
            let logged: Vec<&Chosen> = chosen
                .iter()
                .zip(&logged_now)
                .filter_map(|(c, id)| id.map(|_| c))
                .collect();
            // Claims another source made already, on a question of its own: said as `add`
            // says it, since `compare` sets forecasts side by side only on one question
            // (audit 28, M2).
            let elsewhere = ctx
                .open(crate::store::Access::Read)
                .map(|store| {
                    let made: Vec<(i64, &str)> = chosen
                        .iter()
                        .zip(&logged_now)
                        .filter_map(|(c, id)| id.map(|id| (id, c.candidate.claim.as_str())))
                        .collect();
                    claimed_elsewhere(&store, &made, &source)
                })
                .unwrap_or_default();
            for r in &repeats {
                let _ = writeln!(io.err, "{}", r.note(article_id));
            }
            // Said before the write; counted with the repeats in the summary.
            repeats.extend(logged_as);
            if json {
                // Notes for a person go to stderr: stdout holds the JSON alone.
                let _ = write!(io.err, "{}", held_by_others(&logged, &source));
                if let Some(note) = late_note(&logged, ctx.clock.today) {
                    let _ = writeln!(io.err, "{note}");
                }
                let _ = write!(io.err, "{elsewhere}");
                return super::write_json_out(
                    io,
                    &SaveSummary {
                        article: Some(article_id),
                        source,
                        saved: ids,
                        skipped,
                        already_in_ledger: repeats.iter().map(Repeat::json).collect(),
                        extracted_before: added,
                        already_extracted: false,
                        quit,
                    },
                );
            }
            let mut skipped = if repeats.is_empty() {
                format!("{skipped} skipped")
            } else {
                format!("{skipped} skipped, {} already in the ledger", repeats.len())
            };
            if !meanwhile.is_empty() {
                skipped.push_str(&format!(
                    ", {} logged or decided by another run meanwhile",
                    meanwhile.len()
                ));
            }
            if said_again > 0 {
                skipped.push_str(&format!(
                    ", {said_again} said twice in the article and logged once"
                ));
            }
            let list = if ids.is_empty() {
                String::new()
            } else {
                format!(": ids {}", id_runs(&ids))
            };
            let mut text = if added {
                format!("{quit_note}added {} forecast(s) to article #{article_id}, extracted before ({skipped}){list}\n", ids.len())
            } else {
                format!("{quit_note}saved {} forecast(s) from article #{article_id} ({skipped}){list}\n", ids.len())
            };
            text.push_str(&held_by_others(&logged, &source));
            if let Some(note) = late_note(&logged, ctx.clock.today) {
                let _ = writeln!(io.err, "{note}");
            }
            let _ = write!(io.err, "{elsewhere}");
            super::write_out(io, &text)
        }
    }
}

/// A candidate as `--save` offers and logs it. Its claim, condition and holder without the
/// control and invisible characters a field refuses (`model::printable_form`): a zero-width
/// space or soft hyphen copied with a web page refused the whole article, after a walk
/// through every candidate too (ad3 F11). And a holder that is the source itself (`NOAA`
/// saving an article in which "NOAA expects") is the source's own forecast, not one the
/// article attributes to someone else (ad3 F3).
fn as_logged(mut c: Candidate, source: &str) -> Candidate {
    let clean = |t: &mut String| {
        if let std::borrow::Cow::Owned(o) = crate::model::printable_form(t) {
            *t = o;
        }
    };
    clean(&mut c.claim);
    if let Some(t) = c.condition.as_mut() {
        clean(t);
    }
    if let Some(t) = c.attributed_to.as_mut() {
        clean(t);
    }
    if c.attributed_to
        .as_deref()
        .is_some_and(|h| is_source(h, source))
    {
        c.attributed_to = None;
    }
    c
}

/// Whether the holder `name` is `source` as the ledger tells sources apart (NFC, white space
/// folded, full case folding).
fn is_source(name: &str, source: &str) -> bool {
    use crate::model::{casefold::fold, names::canonical};
    fold(&canonical(name)) == fold(&canonical(source))
}

/// What `extract --save` says of its source before the review (ux31 M5): a hint when the
/// source is new and spelled like one the ledger has (`names::slip_of`, as `add` and
/// `import` give it: a typo would split one record over two names in every report), and a
/// note naming the sources this text (its sha256) was saved under already, when this source
/// has not saved it (`saved_here`). Read failures say nothing: these are hints.
fn source_notes(store: &Store, source: &str, sha: &str, saved_here: bool) -> Vec<String> {
    let mut out = Vec::new();
    let key = crate::model::names::name_key(source);
    if let Ok(names) = store.source_names() {
        let known = names
            .iter()
            .any(|n| crate::model::names::name_key(n) == key);
        let slip = (!known)
            .then(|| crate::model::names::slip_of(source, names.iter().map(String::as_str)))
            .flatten();
        if let Some(other) = slip {
            out.push(format!(
                "hint: `{source}` is a new source; the ledger has `{other}`. A typo would split one record over two names in every report: if that is who you meant, give --source {} (forecasts saved under the new name are voided with `forecast resolve ID --void --reason annulled --note 'wrong source'`)",
                crate::error::shell_word(other)
            ));
        }
    }
    if saved_here {
        return out;
    }
    let others: Vec<(i64, String)> = store
        .articles_with_text(sha)
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, name)| crate::model::names::name_key(name) != key)
        .collect();
    if let Some((id, name)) = others.first() {
        let more = match others.len() {
            1 => String::new(),
            n => format!(" (and under {} other source(s))", n - 1),
        };
        out.push(format!(
            "note: this text (the same sha256) is in the ledger already as article #{id} from `{name}`{more}; saving it under `{source}` logs its forecasts again as that source's. If `{name}` wrote it, give --source {} (its forecasts there are not logged twice)",
            crate::error::shell_word(name)
        ));
    }
    out
}

/// A hint for each forecast just logged (`made`: id and claim) whose claim another source
/// made on a question of its own, as `add` gives it: the five first, then how many more.
fn claimed_elsewhere(store: &Store, made: &[(i64, &str)], source: &str) -> String {
    let found: Vec<(i64, String)> = made
        .iter()
        .filter_map(|(id, claim)| {
            let canonical = crate::model::names::canonical(claim);
            store
                .question_with_claim_elsewhere(&canonical, source)
                .ok()
                .flatten()
                .map(|key| (*id, key))
        })
        .collect();
    let mut text = String::new();
    for (id, key) in found.iter().take(5) {
        text.push_str(&format!(
            "hint: another source made the claim of forecast {id} on question `{key}`; to compare them, void {id} (`forecast resolve {id} --void --reason annulled`) and log it again with `forecast add ... --question {}`\n",
            crate::error::shell_word(key)
        ));
    }
    if found.len() > 5 {
        text.push_str(&format!(
            "hint: {} more forecast(s) saved make a claim another source made on its own question\n",
            found.len() - 5
        ));
    }
    text
}

/// The forecasts just logged whose deadline is already before today (an old article saved
/// now): due at once and logged late, said with the dates as `add` says it for one forecast
/// (README "A forecast logged already past its deadline ... is said on stderr").
fn late_note(logged: &[&Chosen], today: NaiveDate) -> Option<String> {
    let past: Vec<NaiveDate> = logged
        .iter()
        .filter_map(|c| c.deadline.as_ref().map(|d| d.0))
        .filter(|d| *d < today)
        .collect();
    let last = past.iter().max()?;
    Some(format!(
        "note: {} of the {} forecast(s) saved have a deadline before today ({today}), the latest {last}: they are due at once and count as logged late (`--exclude-late` leaves them out of the scores)",
        past.len(),
        logged.len()
    ))
}

/// What `extract --save --format json` prints (README, "extract --save --format json"):
/// the article's id (null when nothing was saved before a quit), the source as the ledger
/// spells it, the ids logged now in order, how many candidates were skipped, the chosen
/// candidates not logged because the ledger held the same forecast, and whether the article
/// was extracted before (`extracted_before`: these were left over from that run;
/// `already_extracted`: nothing was left to log) or the review was quit.
#[derive(Serialize, Default)]
struct SaveSummary {
    article: Option<i64>,
    source: String,
    saved: Vec<i64>,
    skipped: usize,
    already_in_ledger: Vec<RepeatJson>,
    extracted_before: bool,
    already_extracted: bool,
    quit: bool,
}

/// A chosen candidate not logged: its claim and the forecast (and that forecast's article)
/// it repeats; when that forecast is a version `correct` replaced, the forecast that
/// corrected it.
#[derive(Serialize)]
struct RepeatJson {
    claim: String,
    forecast: i64,
    article: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    corrected_by: Option<i64>,
}

/// What `save` did.
pub enum Saved {
    /// These forecasts were logged with the article; `added` when the article was recorded
    /// by an earlier run and these are what that run left (skipped without a deadline).
    /// `repeats`: the chosen candidates not logged because the ledger already held the same
    /// forecast.
    Logged {
        article: i64,
        forecasts: Vec<i64>,
        added: bool,
        repeats: Vec<Repeat>,
        /// For each chosen candidate, in order, the id it was logged under now, if any.
        logged: Vec<Option<i64>>,
        /// The claims of chosen candidates another run of the article logged or decided
        /// while this one was reviewing: not logged now.
        meanwhile: Vec<String>,
    },
    /// This source already has an article with the same text, and every chosen candidate
    /// was already logged or decided: nothing was logged.
    AlreadyExtracted { article: i64, at: String },
}

/// A chosen candidate that repeats a current forecast (same source, claim, probability,
/// date made, deadline, stance and condition): not logged, since it would count twice.
pub struct Repeat {
    pub claim: String,
    /// The forecast it repeats, and the article that forecast came from.
    pub forecast: i64,
    pub article: Option<i64>,
    /// Found before the write by its claim alone (`same_claim`), not by the whole identity.
    pub same_claim: bool,
    /// When `forecast` is a version `correct` replaced: the forecast that corrected it
    /// (audit 26, item 3).
    pub corrected_by: Option<i64>,
    /// Found by its claim alone, with another probability than the forecast logged before
    /// (that one's, this article's) and the article's date: a changed view, which `update`
    /// logs (audit 28, M1).
    pub changed: Option<Changed>,
}

/// A claim the source logged before at another probability than this article's.
pub struct Changed {
    /// The logged forecast's probability, and this article's.
    pub then: f64,
    pub now: f64,
    /// The article's date, and the date the logged forecast was made.
    pub on: NaiveDate,
    pub made_on: NaiveDate,
    /// Whether the logged forecast is resolved.
    pub resolved: bool,
}

impl Repeat {
    fn json(&self) -> RepeatJson {
        RepeatJson {
            claim: self.claim.clone(),
            forecast: self.forecast,
            article: self.article,
            corrected_by: self.corrected_by,
        }
    }

    /// The note that says why the candidate was not logged (`article`: this run's article).
    fn note(&self, article: i64) -> String {
        if self.same_claim {
            let (logged, how) = match self.corrected_by {
                Some(by) => (
                    by,
                    format!(
                        "a corrected version: #{} made the same claim from this source, by the same deadline",
                        self.forecast
                    ),
                ),
                None => (
                    self.forecast,
                    "the same claim from this source, by the same deadline".to_string(),
                ),
            };
            // `update` is named only where it would log the view: not for a resolved
            // forecast, nor one made after the article (ad3 F2: the README tour's note named
            // `update 1 --made-on 2025-05-21` for a forecast made 2025-05-22, refused).
            let update = match &self.changed {
                Some(ch) => {
                    let says = format!(
                        "; #{logged} says {}, this article {}",
                        format_percent(ch.then),
                        format_percent(ch.now)
                    );
                    if ch.resolved {
                        format!("{says}; #{logged} is resolved, so no update can follow it")
                    } else if ch.on < ch.made_on {
                        format!(
                            "{says}; #{logged} was made on {}, after this article ({}), so it is the later view",
                            ch.made_on, ch.on
                        )
                    } else {
                        format!(
                            "{says}: to log the changed view, `forecast update {logged} --probability {} --made-on {}`",
                            format_percent(ch.now),
                            ch.on
                        )
                    }
                }
                None => String::new(),
            };
            return format!(
                "note: skipped \"{}\": already logged as #{logged} ({how}), so it is not logged again as a new question{update}",
                ellipsize(&self.claim, 60),
            );
        }
        let from = match self.article {
            Some(a) if a == article => " from this article".to_string(),
            Some(a) => format!(" from article #{a}"),
            None => String::new(),
        };
        let corrected = self
            .corrected_by
            .map(|by| format!(", corrected by forecast {by}"))
            .unwrap_or_default();
        format!(
            "note: skipped \"{}\": it repeats forecast {}{from}{corrected} (same source, claim, probability, date made, deadline, stance and condition), so logged again it would count twice",
            ellipsize(&self.claim, 60),
            self.forecast
        )
    }
}

/// A forecast of the source, as a candidate is compared with it (`same_claim`): the store's
/// row (a current forecast, or a version `correct` replaced) and its claim's key.
struct LoggedClaim {
    key: String,
    row: crate::store::SourceClaim,
}

/// The source's current forecasts, oldest first, then the versions of its forecasts that
/// `correct` replaced (audit 26, item 3: an article repeating the words a correction
/// replaced was logged again, as a question of its own); none when the source is new or the
/// ledger cannot be read (the write then decides alone).
fn source_claims(store: &Store, source: &str) -> Vec<LoggedClaim> {
    let Ok(claims) = store.source_claims(source) else {
        return Vec::new();
    };
    claims
        .into_iter()
        .map(|row| LoggedClaim {
            key: crate::model::casefold::claim_key(&row.claim),
            row,
        })
        .collect()
}

/// The first of `logged` (`source_claims`) with the claim of `pick` (`casefold::claim_key`: the
/// same claim in any case, punctuation or Unicode form) and, when
/// the candidate has one, its deadline, with the forecast that corrected it when it is a
/// replaced version; `None` too when that forecast is the very one the candidate would be
/// (claim, probability, date made, deadline, stance and condition), which the write names
/// as a repeat in its own words (`save`).
fn same_claim(
    logged: &[LoggedClaim],
    pick: &Chosen,
    published: NaiveDate,
) -> Option<(i64, Option<i64>, f64, NaiveDate)> {
    if logged.is_empty() {
        return None;
    }
    let c = &pick.candidate;
    let key = crate::model::casefold::claim_key(&c.claim);
    let deadline = pick.deadline.as_ref().map(|(d, _)| *d);
    let f = &logged
        .iter()
        .find(|l| l.key == key && deadline.is_none_or(|d| d == l.row.deadline))?
        .row;
    let canonical = |t: &str| crate::model::names::canonical(t).into_owned();
    let identical = f.claim == canonical(&c.claim)
        && f.probability == pick.probability.value()
        && f.made_on == published
        && Some(f.deadline) == deadline
        && f.stance == c.stance
        && f.condition == c.condition.as_deref().map(canonical);
    (!identical).then_some((f.id, f.current, f.probability, f.made_on))
}

/// The refusal of an article already extracted under another publication date.
fn other_date(id: i64, source: &str, stored: &str, given: NaiveDate) -> Error {
    Error::invalid(
        format!("--published `{given}`"),
        format!(
            "article #{id} from {source} with this text is in the ledger as published {stored}, and its forecasts were made on that day; give --published {stored}, or if that date was wrong, void its forecasts (`forecast list --format csv` shows them with the article) and log them again with `forecast add`"
        ),
    )
}

/// Logs an article, the chosen candidates and the reviewer's decisions in one transaction.
/// An article this source already has with this text is not recorded twice: only candidates
/// an earlier run did not settle are logged with it (matched by sentence offsets and proposed
/// claim for reviewed ones, by claim for ones taken with `--yes`); `Saved::AlreadyExtracted`
/// when none is left. A candidate that repeats a forecast the ledger holds (the identity `add` and
/// `import` refuse to log twice) is not logged: the same article saved again in other
/// bytes (CRLF line endings, an appended footer or correction) has another digest, and its
/// forecasts would otherwise count twice.
pub fn save(
    store: &mut Store,
    now: &str,
    article: &NewArticle,
    chosen: &[Chosen],
    decided: &[Decided],
) -> Result<Saved> {
    store.write(now, |w| {
        let existing = w.find_article(&article.source, &article.sha256)?;
        // The same text from the same source under another publication date: its forecasts
        // keep the first date (their made-on and every deadline read from it), so a run
        // with another date would log a mix of both, or silently nothing.
        if let Some((id, _, stored)) = &existing {
            if *stored != article.published.to_string() {
                return Err(other_date(*id, &article.source, stored, article.published));
            }
        }
        let (article_id, done) = match &existing {
            Some((id, _, _)) => (*id, w.extracted_so_far(*id)?),
            None => (w.insert_article(article)?, Default::default()),
        };
        let mut ids = Vec::new();
        let mut repeats = Vec::new();
        let mut logged: Vec<Option<i64>> = Vec::with_capacity(chosen.len());
        let mut meanwhile = Vec::new();
        for pick in chosen {
            let c = &pick.candidate;
            let Some((deadline, phrase)) = &pick.deadline else {
                logged.push(None);
                continue;
            };
            // Settled since this run read the ledger: another run of the same article (a
            // `--yes` in another shell while this walk went on) logged or decided it.
            if done.settled(c.start, c.end, &c.claim) {
                logged.push(None);
                meanwhile.push(c.claim.clone());
                continue;
            }
            let tags = c
                .attributed_to
                .iter()
                .map(|a| format!("attributed-to:{a}"))
                .collect();
            let f = NewForecast {
                source: article.source.clone(),
                // As `add` stores a claim (a claim retyped in the walk included).
                claim: crate::model::names::canonical(&c.claim).into_owned(),
                probability: pick.probability,
                basis: pick.basis.clone(),
                made_on: article.published,
                deadline: *deadline,
                deadline_phrase: phrase.clone(),
                question: None,
                stance: c.stance,
                condition: c
                    .condition
                    .as_deref()
                    .map(|c| crate::model::names::canonical(c).into_owned()),
                article: Some(article_id),
                tags,
            };
            if let Some((forecast, article, corrected_by)) = w.same_forecast(&f)? {
                repeats.push(Repeat {
                    claim: f.claim,
                    forecast,
                    article,
                    same_claim: false,
                    corrected_by,
                    changed: None,
                });
                logged.push(None);
                continue;
            }
            let id = w.insert_forecast(&f)?;
            ids.push(id);
            logged.push(Some(id));
        }
        // Decisions made in this run (a candidate skipped in the walk) are recorded even when
        // nothing new is logged, so the next run does not ask about it again.
        let new_decisions = decided.iter().any(|d| !done.has_review(d.review.candidate));
        if let (Some((id, at, _)), true, false) = (&existing, ids.is_empty(), new_decisions) {
            return Ok(Saved::AlreadyExtracted {
                article: *id,
                at: at.clone(),
            });
        }
        for d in decided {
            // A candidate decided in an earlier run keeps its first decision row.
            if done.has_review(d.review.candidate) {
                continue;
            }
            let forecast = d.chosen.and_then(|i| logged.get(i).copied().flatten());
            w.insert_review(article_id, &d.review, forecast)?;
        }
        Ok(Saved::Logged {
            article: article_id,
            forecasts: ids,
            added: existing.is_some(),
            repeats,
            logged,
            meanwhile,
        })
    })
}

/// A candidate as it will be saved: its probability and deadline, as the user left them.
pub struct Chosen {
    pub candidate: Candidate,
    pub probability: Probability,
    pub basis: ProbabilityBasis,
    pub deadline: Option<(NaiveDate, Option<String>)>,
}

impl Chosen {
    /// A candidate taken as extracted (`--yes`); `None` if it has no usable probability.
    pub fn take(c: &Candidate, default_deadline: Option<&crate::time::Deadline>) -> Option<Chosen> {
        let probability = Probability::new(c.probability)?;
        let basis = c.probability_basis.clone();
        // `--default-deadline` dates only a candidate with no time phrase (DESIGN.md: "A
        // candidate with no time phrase ... saving it needs --default-deadline"). One whose
        // phrase was found but not dated (`before the 2028 election`) names its own time,
        // which the default may contradict (2027-12-31 for a 2028 event: a `no` before the
        // claim can be judged), so it is left without a deadline for a person to give
        // (audit 23 D4): the walk shows the phrase and `d` dates it, `--yes` skips it
        // saying the phrase.
        let deadline = c
            .deadline
            .map(|d| (d, c.deadline_phrase.clone()))
            .or_else(|| {
                default_deadline
                    .filter(|_| c.deadline_phrase.is_none())
                    .map(|d| (d.date, d.phrase.clone()))
            });
        Some(Chosen {
            candidate: c.clone(),
            probability,
            basis,
            deadline,
        })
    }
}

/// A person's decision about one candidate, kept beside what the extractor proposed.
pub struct Decided {
    pub review: NewReview,
    /// Its place in the chosen candidates, when it was kept.
    pub chosen: Option<usize>,
}

impl Decided {
    fn proposal(i: usize, c: &Candidate, kept: Option<Kept>) -> NewReview {
        NewReview {
            candidate: i + 1,
            sentence_start: c.start,
            sentence_end: c.end,
            claim: c.claim.clone(),
            probability: c.probability,
            probability_basis: c.probability_basis.to_string(),
            deadline: c.deadline,
            deadline_phrase: c.deadline_phrase.clone(),
            attributed_to: c.attributed_to.clone(),
            stance: c.stance,
            condition: c.condition.clone(),
            kept,
        }
    }

    /// Candidate `i` (from 0) kept as `pick` says, to be chosen at `at`.
    fn kept(i: usize, c: &Candidate, pick: &Chosen, at: usize) -> Decided {
        let kept = Some(Kept {
            probability: pick.probability.value(),
            deadline: pick.deadline.as_ref().map(|d| d.0),
            claim: pick.candidate.claim.clone(),
            attributed_to: pick.candidate.attributed_to.clone(),
            stance: pick.candidate.stance,
            condition: pick.candidate.condition.clone(),
        });
        Decided {
            review: Decided::proposal(i, c, kept),
            chosen: pick.deadline.is_some().then_some(at),
        }
    }

    fn rejected(i: usize, c: &Candidate) -> Decided {
        Decided {
            review: Decided::proposal(i, c, None),
            chosen: None,
        }
    }
}

/// Runs `f` with its stdout on stderr when `to_stderr` (the review of `--save --format
/// json`, whose stdout is the JSON alone), then puts the streams back.
fn on_review_stream<'a, T>(
    io: &mut Io<'a>,
    to_stderr: bool,
    f: impl FnOnce(&mut Io<'a>) -> Result<T>,
) -> Result<T> {
    if to_stderr {
        std::mem::swap(&mut io.out, &mut io.err);
    }
    let result = f(io);
    if to_stderr {
        std::mem::swap(&mut io.out, &mut io.err);
    }
    result
}

enum Decision {
    Take,
    Skip,
    Quit,
}

/// Asks about one candidate until the user takes, skips or quits; changes go into `pick`
/// and are echoed. A value that does not parse is asked for again (an empty answer keeps
/// the old value), so the next answer is never taken as a menu key. End of input quits.
fn review(
    io: &mut Io<'_>,
    pick: &mut Chosen,
    published: NaiveDate,
    source: &str,
) -> Result<Decision> {
    loop {
        super::write_out(
            io,
            "[a]ccept, change [p]robability, [d]eadline, [c]laim, [h]older, s[t]ance or c[o]ndition, [s]kip, [q]uit? ",
        )?;
        let Some(answer) = super::read_answer(io)? else {
            return Ok(Decision::Quit);
        };
        match answer.to_ascii_lowercase().as_str() {
            "q" | "quit" => return Ok(Decision::Quit),
            "a" | "accept" => return Ok(Decision::Take),
            // Enter alone is no answer: a logged forecast cannot be taken back, so a stray
            // Enter must not put one on a source's record.
            "" => super::write_out(io, "  type a to accept, or p, d, c, h, t, o, s or q\n")?,
            "s" | "skip" => return Ok(Decision::Skip),
            "p" | "probability" => loop {
                super::write_out(io, "probability (0.4, 40%, likely; empty keeps it): ")?;
                let Some(line) = super::read_answer(io)? else {
                    return Ok(Decision::Quit);
                };
                if line.is_empty() {
                    break;
                }
                match crate::extract::hedges::parse_probability(&line) {
                    Ok((p, basis)) => {
                        pick.probability = p;
                        pick.basis = basis;
                        super::write_out(
                            io,
                            &format!(
                                "  probability now {} ({})\n",
                                format_percent(p.value()),
                                pick.basis
                            ),
                        )?;
                        break;
                    }
                    Err(e) => super::write_out(io, &format!("  {e}\n"))?,
                }
            },
            "c" | "claim" => loop {
                super::write_out(io, "claim, as it can be checked (empty keeps it): ")?;
                let Some(line) = super::read_answer(io)? else {
                    return Ok(Decision::Quit);
                };
                if line.is_empty() {
                    break;
                }
                match crate::model::check_claim(&line) {
                    Ok(()) => {
                        pick.candidate.claim = crate::model::names::canonical(&line).into_owned();
                        super::write_out(io, &format!("  claim now {}\n", pick.candidate.claim))?;
                        break;
                    }
                    Err(e) => super::write_out(io, &format!("  {e}\n"))?,
                }
            },
            // Whose forecast the article says it is (logged under the source, tagged
            // `attributed-to:NAME`); `-` makes it the source's own.
            "h" | "holder" => match ask_clearable(
                io,
                "held by (a name, or - for the source itself; empty keeps it): ",
                "holder",
            )? {
                None => return Ok(Decision::Quit),
                Some(Clearable::Keep) => {}
                Some(Clearable::Clear) => {
                    pick.candidate.attributed_to = None;
                    super::write_out(io, "  holder now the source itself\n")?;
                }
                // The source's own name is the source itself (ad3 F3: it was logged as
                // held by someone other than the source, and `--own` left it out).
                Some(Clearable::Set(name)) if is_source(&name, source) => {
                    pick.candidate.attributed_to = None;
                    super::write_out(io, "  holder now the source itself\n")?;
                }
                Some(Clearable::Set(name)) => {
                    super::write_out(io, &format!("  holder now {name}\n"))?;
                    pick.candidate.attributed_to = Some(name);
                }
            },
            "t" | "stance" => loop {
                super::write_out(
                    io,
                    "stance (for: the claim says the event happens; against: that it does not; empty keeps it): ",
                )?;
                let Some(line) = super::read_answer(io)? else {
                    return Ok(Decision::Quit);
                };
                match line.trim().to_ascii_lowercase().as_str() {
                    "" => break,
                    "for" => pick.candidate.stance = crate::model::Stance::For,
                    "against" => pick.candidate.stance = crate::model::Stance::Against,
                    other => {
                        super::write_out(
                            io,
                            &format!("  stance `{other}`: type for or against\n"),
                        )?;
                        continue;
                    }
                }
                super::write_out(
                    io,
                    &format!("  stance now {}\n", pick.candidate.stance.as_str()),
                )?;
                break;
            },
            "o" | "condition" => match ask_clearable(
                io,
                "condition (such as \"if talks resume\"; - for none; empty keeps it): ",
                "condition",
            )? {
                None => return Ok(Decision::Quit),
                Some(Clearable::Keep) => {}
                Some(Clearable::Clear) => {
                    pick.candidate.condition = None;
                    super::write_out(io, "  condition now none\n")?;
                }
                Some(Clearable::Set(text)) => {
                    super::write_out(io, &format!("  condition now {text}\n"))?;
                    pick.candidate.condition = Some(text);
                }
            },
            "d" | "deadline" => loop {
                super::write_out(
                    io,
                    "deadline (YYYY-MM-DD or a phrase such as \"by summer\"; empty keeps it): ",
                )?;
                let Some(line) = super::read_answer(io)? else {
                    return Ok(Decision::Quit);
                };
                if line.is_empty() {
                    break;
                }
                match parse_deadline(&line, published) {
                    // Before the day the forecast was made: the save would refuse it at the
                    // end of the walk, losing every answer, so it is asked for again now.
                    Ok(d) if d.date < published => super::write_out(
                        io,
                        &format!(
                            "  {} is before the publication date {published}, the day the forecast was made\n",
                            d.date
                        ),
                    )?,
                    Ok(d) => {
                        let shown = match &d.phrase {
                            Some(p) => format!("{} (\"{p}\")", d.date),
                            None => d.date.to_string(),
                        };
                        // A date given for the article's undated phrase (`by the
                        // election`) keeps that phrase: it is what the date stands for.
                        let phrase = match (&d.phrase, pick.candidate.deadline) {
                            (None, None) => pick.candidate.deadline_phrase.clone(),
                            _ => d.phrase,
                        };
                        pick.deadline = Some((d.date, phrase));
                        super::write_out(io, &format!("  deadline now {shown}\n"))?;
                        break;
                    }
                    Err(e) => super::write_out(io, &format!("  {e}\n"))?,
                }
            },
            other => super::write_out(
                io,
                &format!("  `{other}` is not an answer here: type a, p, d, c, h, t, o, s or q\n"),
            )?,
        }
    }
}

/// A line naming the chosen candidates the article reports as someone else's forecast
/// ("Diplomats in Geneva told me ... likely by summer"): they are logged under `source`,
/// tagged `attributed-to:NAME`, and a reader of `--save --yes` output should know it. Empty
/// when every one is the source's own.
fn held_by_others(chosen: &[&Chosen], source: &str) -> String {
    let mut holders: Vec<(&str, usize)> = Vec::new();
    for who in chosen
        .iter()
        .filter_map(|c| c.candidate.attributed_to.as_deref())
    {
        match holders.iter_mut().find(|(h, _)| *h == who) {
            Some((_, n)) => *n += 1,
            None => holders.push((who, 1)),
        }
    }
    if holders.is_empty() {
        return String::new();
    }
    let n: usize = holders.iter().map(|(_, n)| n).sum();
    let names = holders
        .iter()
        .map(|(h, k)| format!("{h} ({k})"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("note: {n} of the saved forecast(s) the article attributes to someone other than {source} (logged under {source}, tagged attributed-to:NAME): {names}\n")
}

fn describe(i: usize, n: usize, c: &Candidate) -> String {
    let mut s = format!("\n[{i}/{n}] {}\n", c.claim);
    // The sentence it came from, when the claim is not the sentence itself: a claim such as
    // "These cuts in September" is judged by what the sentence around it says.
    let sentence = c.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if !sentence
        .trim_end_matches(['.', '!', ' '])
        .eq(c.claim.as_str())
    {
        s.push_str(&format!("  from        {sentence}\n"));
    }
    s.push_str(&format!(
        "  probability {} ({})\n",
        format_percent(c.probability),
        c.probability_basis
    ));
    match (c.deadline, &c.deadline_phrase) {
        (Some(d), Some(p)) => s.push_str(&format!("  deadline    {d} (\"{p}\")\n")),
        (Some(d), None) => s.push_str(&format!("  deadline    {d}\n")),
        (None, Some(p)) => s.push_str(&format!(
            "  deadline    none (\"{p}\": not dated by the tool, nor by --default-deadline; d gives it)\n"
        )),
        (None, None) => s.push_str("  deadline    none\n"),
    }
    if let Some(cond) = &c.condition {
        s.push_str(&format!("  condition   {cond}\n"));
    }
    // Shown when it is not the usual `for`, so a reviewer can see what `t` would change.
    if c.stance == crate::model::Stance::Against {
        s.push_str("  stance      against (the claim says the event does not happen)\n");
    }
    // Whose forecast the article says it is: not the source's own, though logged under it.
    if let Some(who) = &c.attributed_to {
        s.push_str(&format!(
            "  held by     {who}, as the article reports it (logged under the source, tagged attributed-to)\n"
        ));
    }
    for r in &c.review {
        s.push_str(&format!("  check: {r}\n"));
    }
    s
}

/// A candidate as `extract --format csv` writes it: every field of its JSON but the
/// article, so that `import --set source=NAME --set made_on=DATE` reads the file back (a
/// hedge needs its `probability_low` and `probability_high`, audit 13 E12).
#[derive(Serialize, Default)]
struct CsvCandidate<'a> {
    claim: &'a str,
    probability: f64,
    probability_basis: String,
    probability_low: f64,
    probability_high: f64,
    deadline: Option<NaiveDate>,
    deadline_phrase: Option<&'a str>,
    condition: Option<&'a str>,
    stance: &'a str,
    attributed_to: Option<&'a str>,
    review: String,
    start: usize,
    end: usize,
    sentence: &'a str,
}

fn render(x: &Extraction<'_>, format: Format, style: &Style) -> Result<String> {
    match format {
        Format::Json => json_string(x),
        Format::Csv => csv_string(
            &x.candidates
                .iter()
                .map(|c| CsvCandidate {
                    claim: &c.claim,
                    probability: c.probability,
                    probability_basis: c.probability_basis.to_string(),
                    probability_low: c.probability_low,
                    probability_high: c.probability_high,
                    deadline: c.deadline,
                    deadline_phrase: c.deadline_phrase.as_deref(),
                    condition: c.condition.as_deref(),
                    stance: c.stance.as_str(),
                    attributed_to: c.attributed_to.as_deref(),
                    review: c.review.join("; "),
                    start: c.start,
                    end: c.end,
                    sentence: &c.sentence,
                })
                .collect::<Vec<_>>(),
        ),
        Format::Table | Format::Markdown => {
            if x.candidates.is_empty() {
                return Ok("No forecasts found.\n".to_string());
            }
            if format == Format::Table {
                return Ok(fitted(x, style));
            }
            // Markdown: one line a cell, the table's parts set apart by `; ` and a phrase
            // in quotes, as the table wraps them onto lines.
            let rows: Vec<Vec<String>> = x
                .candidates
                .iter()
                .enumerate()
                .map(|(i, c)| candidate_cells(i, c, " ", "; ").to_vec())
                .collect();
            Ok(format!(
                "# Candidate forecasts from an article by {}, published {}\n\n{}\n{} candidate(s)\n",
                crate::output::md_cell(x.article.source),
                x.article.published,
                crate::output::markdown_table(&CANDIDATE_COLUMNS, &rows),
                x.candidates.len()
            ))
        }
    }
}

/// The cells of candidate `i` under `CANDIDATE_COLUMNS`: the probability's basis and the
/// deadline's phrase follow their values after `part` (a line break in the fitted table, a
/// space in Markdown), and the checks are joined by `list`.
fn candidate_cells(i: usize, c: &Candidate, part: &str, list: &str) -> [String; 6] {
    let deadline = match (c.deadline, &c.deadline_phrase) {
        (Some(d), Some(p)) => format!("{d}{part}\"{p}\""),
        (Some(d), None) => d.to_string(),
        (None, Some(p)) => format!("none{part}\"{p}\""),
        (None, None) => "none".to_string(),
    };
    [
        (i + 1).to_string(),
        c.claim.clone(),
        format!(
            "{}{part}{}",
            format_percent(c.probability),
            c.probability_basis
        ),
        deadline,
        c.condition.clone().unwrap_or_default(),
        c.review.join(list),
    ]
}

/// The columns of the candidates' table.
const CANDIDATE_COLUMNS: [&str; 6] = [
    "#",
    "claim",
    "probability",
    "deadline",
    "condition",
    "check",
];

/// The candidates as a table fitted to the terminal (`output::fitted_table`; audit 21
/// left: at `COLUMNS=40` comfy-table split every word, `Fede`/`ral`, `2025`/`-12-`/`31`):
/// the claim and the condition wrap at spaces, the probability with its basis, the
/// deadline with its phrase and the checks wrap at spaces only; what does not fit is left
/// out and named, the checks first, then the condition, the deadline, the probability.
fn fitted(x: &Extraction<'_>, style: &Style) -> String {
    use crate::output::{Fit, Step};
    let header = CANDIDATE_COLUMNS;
    let rows: Vec<Vec<String>> = x
        .candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            candidate_cells(i, c, "\n", "\n")
                .iter()
                .map(|cell| crate::output::clean(cell))
                .collect()
        })
        .collect();
    let fits = [
        Fit::Whole,
        Fit::Text(12),
        Fit::Words,
        Fit::Words,
        Fit::Text(12),
        Fit::Words,
    ];
    let steps = [Step::Drop(5), Step::Drop(4), Step::Drop(3), Step::Drop(2)];
    let (t, left_out) = crate::output::fitted_table(style, &header, &fits, rows, &steps);
    let summary = crate::output::clean(&format!(
        "{} candidate(s) from an article by {}, published {}",
        x.candidates.len(),
        x.article.source,
        x.article.published
    ));
    format!(
        "{t}\n{}\n{}",
        crate::output::wrap(&summary, usize::from(style.width)),
        crate::output::left_out_note(style, &left_out, "")
    )
}

/// Ids as a reader takes them in: a run of three or more consecutive ids as `first-last`
/// (`1-3008`, where a large article printed all 3,008 on one 20 KB line), others listed
/// (`1, 2, 5-9, 12`).
fn id_runs(ids: &[i64]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ids.len() {
        let mut j = i;
        while j + 1 < ids.len() && ids[j + 1] == ids[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(format!("{}-{}", ids[i], ids[j]));
        } else {
            parts.extend(ids[i..=j].iter().map(i64::to_string));
        }
        i = j + 1;
    }
    parts.join(", ")
}

/// What a reviewer typed for a text the review may clear (the holder, the condition).
enum Clearable {
    /// Empty: the candidate's own stays.
    Keep,
    /// `-`: none.
    Clear,
    /// A new text, checked as `field` and written canonically.
    Set(String),
}

/// Asks for a text the review may clear until the answer is empty, `-` or a text that
/// passes `model::check_text` as `field` (each refusal is said and the question asked
/// again); `None` when the input ended.
fn ask_clearable(io: &mut Io<'_>, prompt: &str, field: &str) -> Result<Option<Clearable>> {
    loop {
        super::write_out(io, prompt)?;
        let Some(line) = super::read_answer(io)? else {
            return Ok(None);
        };
        match line.trim() {
            "" => return Ok(Some(Clearable::Keep)),
            "-" => return Ok(Some(Clearable::Clear)),
            text => match crate::model::check_text(field, text) {
                Ok(()) => {
                    let text = crate::model::names::canonical(text).into_owned();
                    return Ok(Some(Clearable::Set(text)));
                }
                Err(e) => super::write_out(io, &format!("  {e}\n"))?,
            },
        }
    }
}

#[cfg(test)]
mod id_run_tests {
    use super::id_runs;

    #[test]
    fn runs_of_three_or_more_ids_are_ranges() {
        assert_eq!(id_runs(&[1, 2]), "1, 2");
        assert_eq!(id_runs(&[3, 4, 5, 6]), "3-6");
        assert_eq!(id_runs(&[1, 2, 5, 6, 7, 8, 9, 12]), "1, 2, 5-9, 12");
        assert_eq!(id_runs(&(1..=3008).collect::<Vec<_>>()), "1-3008");
    }
}
