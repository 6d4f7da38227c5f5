//! Sentence splitting with byte offsets into the input. Lines are read first: headings
//! (`# Title`, a short line ending in `:`, a short line without final punctuation), bullets
//! (`- `, `* `, `1. `) and checklist lines (`✅ ...`) stand alone; a line that does not end a
//! sentence and is followed by a lower-case line continues it (wrapped Markdown). Inside a block,
//! a sentence ends at `.`, `!` or `?` (and any closing quotes) followed by a space and a capital,
//! digit or quote, unless the word before the stop is an abbreviation (`U.S.`, `Mr.`, `Jan.`) or
//! an initial.

/// What kind of line a sentence came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Prose,
    Heading,
    Bullet,
    /// A ticked or crossed item (`✅ ...`): findings, not forecasts.
    Checklist,
}

/// One sentence: its text (a slice of the input) and byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The first sentence of its line or list item.
    pub first: bool,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "rev", "col",
    "lt", "sgt", "capt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "vs", "etc", "inc", "ltd", "co",
    "corp", "no", "nos", "approx", "est", "fig", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u",
    "d.c", "a.m", "p.m", "ph.d", "mt", "ft", "vol",
];

const CHECK_MARKS: &[char] = &['✅', '❌', '✔', '✓', '☑', '✗', '✘', '☐', '⬜'];

/// Whether a claim read from the end of `text` is cut off before its event is told: an
/// excerpt that stops mid-word ("... the board will also appro"). The text must end on a
/// lower-case letter, with no stop, quote or bracket after it, and the claim must end there;
/// its last word is then a fragment and is not counted. The claim is cut before its event when
/// it is a subject of at most four words, a modal, and fewer than two whole words that are not
/// adverbs ("the mayor will appro", "the mayor will also appro", "our landlord will sell
/// hi"). A claim cut later ("the index will continue to climb through the sum") keeps its
/// event and stays, and so does a claim with a cue before its modal ("the bank is likely to
/// cut rates and could").
/// (A text whose last clause is whole but has no stop is read the same way: one word after the
/// modal is too few to trust.)
pub(super) fn cut_before_its_event(text: &str, claim: &str) -> bool {
    let body = text.trim_end();
    let claim = claim.trim_end();
    if !body.ends_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let toks = super::hedges::tokens(claim);
    // The fragment is the last token, and the text's; the words before it are whole.
    let Some((last, whole)) = toks.split_last() else {
        return false;
    };
    if !body.ends_with(&claim[last.1..]) {
        return false;
    }
    let modal = |w: &str| {
        matches!(
            w,
            "will" | "won't" | "would" | "could" | "may" | "might" | "should" | "shall" | "can"
        ) || w.ends_with("'ll")
            || w.ends_with("\u{2019}ll")
    };
    // Only the claim's subject comes before its modal (at most four words: no other cue,
    // such as "is likely to cut rates and could", can stand there).
    whole.iter().position(|t| modal(&t.0)).is_some_and(|m| {
        m <= 4
            && whole[m + 1..]
                .iter()
                .filter(|t| {
                    !(t.0.ends_with("ly")
                        || matches!(
                            t.0.as_ref(),
                            "also" | "still" | "then" | "not" | "even" | "now" | "soon" | "be"
                        ))
                })
                .count()
                < 2
    })
}

/// Splits `text` into sentences.
pub fn split(text: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    // Markdown front matter ("---" lines around `key: value` lines) is metadata, not text.
    let skip_to = text
        .strip_prefix("---\n")
        .and_then(|rest| rest.find("\n---").map(|i| 4 + i + 4))
        .unwrap_or(0);
    for (start, end, kind) in blocks(text) {
        if start < skip_to {
            continue;
        }
        if kind == Kind::Prose || kind == Kind::Bullet {
            split_block(text, start, end, kind, &mut out);
        } else {
            push_trimmed(text, start, end, kind, true, &mut out);
        }
    }
    out
}

/// Lines with their byte ranges (without the newline).
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push((start, end));
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

fn line_kind(line: &str) -> (Kind, usize) {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    if let Some(c) = trimmed.chars().next() {
        if CHECK_MARKS.contains(&c) {
            return (Kind::Checklist, indent);
        }
    }
    // "#1: Title ($51 million)", "#3 Acme": a ranked item, not a Markdown heading ("# Title").
    if let Some(rank) = trimmed.strip_prefix('#') {
        let digits = rank.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits) {
            let after = &rank[digits..];
            let marker = 1 + digits + usize::from(after.starts_with([':', '.', ')']));
            let spaces = trimmed[marker..].len() - trimmed[marker..].trim_start().len();
            return (Kind::Bullet, indent + marker + spaces);
        }
    }
    if trimmed.starts_with('#') {
        let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
        return (Kind::Heading, indent + hashes);
    }
    for marker in ["- ", "* ", "+ ", "• ", "> "] {
        if trimmed.starts_with(marker) {
            return (Kind::Bullet, indent + marker.len());
        }
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0
        && digits < 3
        && matches!(trimmed.as_bytes().get(digits), Some(b'.') | Some(b')'))
        && trimmed.as_bytes().get(digits + 1) == Some(&b' ')
    {
        return (Kind::Bullet, indent + digits + 2);
    }
    // "1 - Rovers*", "2 – United": a ranked line, as predicted standings are laid out.
    if digits > 0 && digits < 3 {
        let after = &trimmed[digits..];
        for dash in [" - ", " – ", " — "] {
            if after.starts_with(dash)
                && after[dash.len()..].starts_with(|c: char| c.is_uppercase())
            {
                return (Kind::Bullet, indent + digits + dash.len());
            }
        }
    }
    // Only "at most 12" matters: counting stops at 13.
    let words = trimmed.split_whitespace().take(13).count();
    let last = trimmed.trim_end().chars().last();
    if words <= 8 && last == Some(':') {
        return (Kind::Heading, indent);
    }
    if words <= 12
        && !matches!(
            last,
            Some('.')
                | Some('!')
                | Some('?')
                | Some('"')
                | Some('”')
                | Some(')')
                | Some('\'')
                | Some('’')
                | Some(',')
                | Some(';')
        )
    {
        return (Kind::Heading, indent);
    }
    (Kind::Prose, indent)
}

/// Groups lines into blocks: a heading, bullet or checklist line is a block of its own (a
/// bullet may continue on indented lines); prose lines join while a line does not end a
/// sentence and the next starts in lower case.
fn blocks(text: &str) -> Vec<(usize, usize, Kind)> {
    let ls = lines(text);
    let mut out: Vec<(usize, usize, Kind)> = Vec::new();
    let mut open: Option<(usize, usize, Kind)> = None;
    // Fenced code (a ``` or ~~~ line to the next), HTML comments (`<!--` to `-->`) and
    // Markdown table rows are not article text: their lines end a block like a blank line
    // does.
    let mut fence: Option<&str> = None;
    let mut comment = false;
    for &(s, e) in &ls {
        let line = &text[s..e];
        let t = line.trim_start();
        let hidden = if let Some(f) = fence {
            if t.starts_with(f) {
                fence = None;
            }
            true
        } else if comment {
            comment = !line.contains("-->");
            true
        } else if let Some(f) = ["```", "~~~"].into_iter().find(|f| t.starts_with(f)) {
            fence = Some(f);
            true
        } else if let Some(rest) = t.strip_prefix("<!--") {
            comment = !rest.contains("-->");
            true
        } else if t.starts_with('|') && t.trim_end().ends_with('|') && t.trim_end().len() > 1 {
            // A Markdown table row ("| BoE holds | likely | August |"): cells, not a
            // sentence; its pipes never reach a claim (audit 15 A15).
            true
        } else {
            false
        };
        if hidden || line.trim().is_empty() {
            if let Some(b) = open.take() {
                out.push(b);
            }
            continue;
        }
        let (kind, skip) = line_kind(line);
        let continues = match open {
            Some((_, oe, ok)) if ok == Kind::Prose || ok == Kind::Bullet => {
                let prev = text[..oe].trim_end();
                let ends = prev.ends_with(['.', '!', '?', ':', '"', '”']);
                let first = line.trim_start().chars().next().unwrap_or(' ');
                // An indented line continues a bullet, unless it is the next item itself
                // ("  1. ...: 90%" then "  2. ...: 80%").
                !ends
                    && (first.is_lowercase()
                        || (ok == Kind::Bullet && line.starts_with("  ") && kind != Kind::Bullet))
            }
            _ => false,
        };
        if continues {
            if let Some(b) = open.as_mut() {
                b.1 = e;
            }
            continue;
        }
        if let Some(b) = open.take() {
            out.push(b);
        }
        // A short line without final punctuation followed by lower case is a wrapped line,
        // not a heading: decide when the next line comes, by treating it as prose for now.
        let kind = if kind == Kind::Heading
            && !line.trim_start().starts_with('#')
            && !line.trim_end().ends_with(':')
        {
            Kind::Prose
        } else {
            kind
        };
        open = Some((s + skip, e, kind));
    }
    if let Some(b) = open.take() {
        out.push(b);
    }
    // A prose block of one short line with no sentence-final punctuation is a heading.
    for b in &mut out {
        if b.2 == Kind::Prose {
            let t = text[b.0..b.1].trim();
            let words = t.split_whitespace().take(13).count();
            if !t.contains('\n')
                && words <= 12
                && !t.ends_with(['.', '!', '?', '"', '”', ')', '\'', '’'])
            {
                b.2 = Kind::Heading;
            }
        }
    }
    out
}

/// The longest sentence the rules read, in bytes. Text without sentence ends (a transcript,
/// a pasted table) would otherwise be one sentence that every candidate in it carries and
/// every rule scans again, so the work grew with the square of its length (an audit's 300 KB
/// transcript took 31 s and 1.2 GB). Real sentences are far shorter: the longest of the
/// 2,812 labeled sentences of real news is 426 bytes.
pub const MAX_SENTENCE: usize = 2_000;

fn push_trimmed<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    kind: Kind,
    first: bool,
    out: &mut Vec<Sentence<'a>>,
) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    let mut s = start + lead;
    let stop = s + trimmed.len();
    let mut first = first;
    // A run longer than `MAX_SENTENCE` is cut at the last white space before the limit
    // (or at the limit, on a character boundary, when there is none).
    while stop - s > MAX_SENTENCE {
        let mut cut = s + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let piece = &text[s..cut];
        let at = piece
            .rfind(char::is_whitespace)
            .filter(|&i| i > 0)
            .map_or(cut, |i| s + i);
        push_trimmed(text, s, at, kind, first, out);
        first = false;
        let rest = &text[at..stop];
        s = at + (rest.len() - rest.trim_start().len());
    }
    out.push(Sentence {
        text: &text[s..stop],
        start: s,
        end: stop,
        kind,
        first,
    });
}

fn split_block<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    kind: Kind,
    out: &mut Vec<Sentence<'a>>,
) {
    let block = &text[start..end];
    let bytes = block.as_bytes();
    let mut sentence_start = 0;
    // Whether the next sentence starts its line or item.
    let mut fresh = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // An inline bullet ("Rates on hold • Article 50 may come Tuesday") separates items
        // as a line break would.
        if b == 0xE2 && block[i..].starts_with('•') && i > 0 && bytes[i - 1].is_ascii_whitespace()
        {
            push_trimmed(text, start + sentence_start, start + i, kind, fresh, out);
            fresh = true;
            sentence_start = i + '•'.len_utf8();
            i = sentence_start;
            continue;
        }
        if b == b'.' || b == b'!' || b == b'?' {
            let mut j = i + 1;
            // Closing quotes and brackets belong to the sentence.
            loop {
                let rest = &block[j..];
                let Some(c) = rest.chars().next() else { break };
                if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '.' | '!' | '?') {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            let after = &block[j..];
            let ws = after.len() - after.trim_start().len();
            let next = after.trim_start().chars().next();
            let boundary = ws > 0
                && match next {
                    None => true,
                    Some(c) => {
                        c.is_uppercase()
                            || c.is_ascii_digit()
                            || matches!(c, '"' | '“' | '\'' | '‘' | '(' | '[' | '*' | '_')
                    }
                };
            if (boundary || (j >= bytes.len()))
                && !(b == b'.' && is_abbreviation(&block[sentence_start..i]))
            {
                push_trimmed(text, start + sentence_start, start + j, kind, fresh, out);
                fresh = false;
                sentence_start = j;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start + sentence_start, end, kind, fresh, out);
}

/// Whether the word ending just before a full stop is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    // Run-together initials: "George R.R. Martin", "J.R.R. Tolkien".
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    {
        return true;
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_cut_off_before_its_event_at_the_end_of_an_excerpt_is_dropped() {
        let text = "The vote is on Friday. The mayor will also appro";
        assert!(cut_before_its_event(text, "The mayor will also appro"));
        let text = "Rents rose again. Our landlord will sell hi";
        assert!(cut_before_its_event(text, "Our landlord will sell hi"));
        // Cut after its event is told: the claim stands.
        let text = "Rents rose again. The index will continue to climb through the sum";
        assert!(!cut_before_its_event(
            text,
            "The index will continue to climb through the sum"
        ));
        // A cue before the modal tells the event already.
        let text = "Rates held. The bank is likely to cut in March and could";
        assert!(!cut_before_its_event(
            text,
            "The bank is likely to cut in March and could"
        ));
        // A text that ends on a stop, or a claim that does not reach the text's end.
        assert!(!cut_before_its_event(
            "It rained. The mayor will appro.",
            "The mayor will appro"
        ));
        assert!(!cut_before_its_event(
            "The mayor will appro. It rained",
            "The mayor will appro"
        ));
    }

    fn texts(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| s.text).collect()
    }

    #[test]
    fn a_ranked_item_is_a_bullet_and_a_hash_heading_is_not() {
        assert_eq!(
            line_kind("#1: The Quiet Hills ($40 million)"),
            (Kind::Bullet, 4)
        );
        assert_eq!(line_kind("#12 Rovers"), (Kind::Bullet, 4));
        assert_eq!(line_kind("# Weekend preview").0, Kind::Heading);
        assert_eq!(line_kind("## 2031").0, Kind::Heading);
    }

    #[test]
    fn a_number_and_a_dash_before_a_name_is_a_ranked_bullet() {
        // Predicted standings laid out "1 - Name": a ranked item, as "1. Name" is.
        assert_eq!(line_kind("1 - Riverton Hawks*"), (Kind::Bullet, 4));
        assert_eq!(line_kind("12 – Lakeside Owls"), (Kind::Bullet, 7));
        // A difference or a score is no rank.
        assert_eq!(line_kind("3 - 2 was the final margin.").0, Kind::Prose);
        assert_eq!(line_kind("7 - the number of wins we need").0, Kind::Heading);
    }

    #[test]
    fn abbreviations_decimals_and_quotes_do_not_end_sentences() {
        let t = "Mr. Smith met U.S. officials on Jan. 5 to discuss a 3.5% rise. \"It will pass,\" he said. Then J. Doe left!";
        assert_eq!(
            texts("Author A.B. Cole will finish the saga. It ends."),
            vec!["Author A.B. Cole will finish the saga.", "It ends."]
        );
        assert_eq!(
            texts(t),
            vec![
                "Mr. Smith met U.S. officials on Jan. 5 to discuss a 3.5% rise.",
                "\"It will pass,\" he said.",
                "Then J. Doe left!"
            ]
        );
    }

    #[test]
    fn offsets_point_into_the_input() {
        let t = "First one. Second — with “quotes” and é. Third?";
        for s in split(t) {
            assert_eq!(&t[s.start..s.end], s.text);
        }
        assert_eq!(split(t).len(), 3);
    }

    #[test]
    fn headings_bullets_and_checklists_stand_alone() {
        let t = "# Outlook\nPrediction:\nRates will fall by June. Growth may pick up.\n- Oil could hit $100 by Q3\n✅ The swap was confirmed\nListen to this Post\n";
        let got: Vec<(&str, Kind)> = split(t).iter().map(|s| (s.text, s.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("Outlook", Kind::Heading),
                ("Prediction:", Kind::Heading),
                ("Rates will fall by June.", Kind::Prose),
                ("Growth may pick up.", Kind::Prose),
                ("Oil could hit $100 by Q3", Kind::Bullet),
                ("✅ The swap was confirmed", Kind::Checklist),
                ("Listen to this Post", Kind::Heading),
            ]
        );
    }

    #[test]
    fn front_matter_is_not_text() {
        assert_eq!(
            texts("---\ntitle: What to expect this year\n---\nRates will fall."),
            vec!["Rates will fall."]
        );
    }

    #[test]
    fn inline_bullets_separate_items() {
        assert_eq!(
            texts("Rates stay on hold • A vote may come on Tuesday • Nothing else"),
            vec![
                "Rates stay on hold",
                "A vote may come on Tuesday",
                "Nothing else"
            ]
        );
    }

    #[test]
    fn a_run_without_sentence_ends_is_cut_into_bounded_pieces() {
        let text = "the market will probably rise ".repeat(1_000);
        let pieces = split(&text);
        assert!(pieces.len() >= 15, "{}", pieces.len());
        for p in &pieces {
            assert!(p.text.len() <= MAX_SENTENCE, "{}", p.text.len());
            assert_eq!(&text[p.start..p.end], p.text);
            assert!(!p.text.starts_with(' ') && !p.text.ends_with(' '));
        }
        assert!(pieces[0].first && !pieces[1].first);
        // Every word is in exactly one piece.
        let words: usize = pieces
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .sum();
        assert_eq!(words, 5_000);
        // No white space at all: cut at the limit, on character boundaries.
        let solid = "é".repeat(3_000);
        let pieces = split(&solid);
        assert_eq!(
            pieces.iter().map(|p| p.text.len()).sum::<usize>(),
            solid.len()
        );
        assert!(pieces.iter().all(|p| p.text.len() <= MAX_SENTENCE));
    }

    #[test]
    fn code_fences_and_html_comments_are_not_text() {
        let text = "Intro line here.\n\n```\nThe Fed will cut rates by June.\n```\n\n<!-- The euro is\nlikely to reach parity. -->\nRates may fall by May.\n";
        let got: Vec<(&str, usize)> = split(text).iter().map(|s| (s.text, s.start)).collect();
        let last = text.find("Rates").unwrap_or(0);
        assert_eq!(
            got,
            vec![("Intro line here.", 0), ("Rates may fall by May.", last)]
        );
    }

    #[test]
    fn markdown_table_rows_are_not_sentences() {
        let text = "Our calls:\n\n| Call | Odds |\n|---|---|\n| The port reopens | likely |\n\nFares may rise by May.\n";
        let got: Vec<&str> = split(text).iter().map(|s| s.text).collect();
        assert_eq!(got, vec!["Our calls:", "Fares may rise by May."]);
    }

    #[test]
    fn an_indented_numbered_item_starts_its_own_bullet() {
        // Items indented under a heading, each ending in its number: every line is an item.
        let t = "Our calls\n\n  1. The dam will be finished: 90%\n  2. Fares will rise: 60%\n  - and a\n    wrapped note\n";
        let got: Vec<(&str, Kind)> = split(t).iter().map(|s| (s.text, s.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("Our calls", Kind::Heading),
                ("The dam will be finished: 90%", Kind::Bullet),
                ("Fares will rise: 60%", Kind::Bullet),
                ("and a\n    wrapped note", Kind::Bullet),
            ]
        );
    }

    #[test]
    fn wrapped_markdown_lines_join() {
        let t = "The central bank is expected to cut\nrates by the end of the year, analysts\nsaid on Monday.\n\nNext paragraph.";
        let got = split(t);
        assert_eq!(got.len(), 2);
        assert!(got[0].text.starts_with("The central bank") && got[0].text.ends_with("Monday."));
    }
}
