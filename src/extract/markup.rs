//! Markup read as the text it marks up, at the same byte offsets: a post's front matter (its
//! title kept as a heading), the inline HTML that blog exports put in Markdown (`<li>` items,
//! `<h2>` headings and paragraphs as lines; other tags blanked; scripts and styles dropped),
//! character references (`&gt;`, `&#8217;`), Markdown's backslash escapes (`1\.`) and `_`
//! emphasis (`**` stays, but around a numbered item: the rules read bold labels such as
//! `**Tuesday**`). The sentence rules then read `<li>No attack that kills &gt;10 people -
//! 70%</li>` as the list item `- No attack that kills >10 people - 70%`.
//!
//! Every change keeps the text's length, so every offset into the result is an offset into
//! the input: a tag becomes spaces (a block tag's first bytes a line break, a list item's a
//! `- ` marker); a reference or an escape is written shorter and the rest of its word moves
//! back over it, the bytes freed at the word's end becoming spaces.

/// The text with its markup read as text, or `None` when it has none (most plain articles).
pub fn plain(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let front = front_matter(b);
    // Markup opens with one of five bytes, found by one table look-up a byte; each is then
    // read with the byte after it. Only a numbered item set in bold changes: a text whose
    // `**` are all labels (`**Tuesday**`) is plain and is not copied.
    let marks_at = |i: usize| {
        let next = b.get(i + 1).copied();
        match b[i] {
            b'<' => next.is_some_and(|c| c.is_ascii_alphabetic() || c == b'/'),
            b'&' => next.is_some_and(|c| c.is_ascii_alphabetic() || c == b'#'),
            b'\\' => next.is_some_and(|c| ESCAPED.contains(&c)),
            b'_' => next.is_some_and(|c| c != b'_'),
            0xC2 => next == Some(0xAD),
            c if stray_control(c) => true,
            _ => bold_item(b, i),
        }
    };
    let marked = front.is_some() || {
        let mut from = 0;
        let mut found = false;
        while let Some(skip) = b[from..].iter().position(|&c| OPENS_MARKUP[usize::from(c)]) {
            let i = from + skip;
            if marks_at(i) {
                found = true;
                break;
            }
            from = i + 1;
        }
        found
    };
    if !marked {
        return None;
    }
    let mut out = b.to_vec();
    let mut changed = false;
    let mut i = 0;
    if let Some(end) = front {
        blank_front_matter(&mut out, end);
        changed = true;
        i = end;
    }
    while i < out.len() {
        match out[i] {
            b'<' => match tag_at(&out, i) {
                Some(tag) => {
                    let end = rewrite_tag(&mut out, i, &tag);
                    changed = true;
                    i = end;
                }
                None => i += 1,
            },
            b'&' => match reference_at(&out[i..]) {
                Some((len, ch)) => {
                    let mut buf = [0u8; 4];
                    let bytes = ch.encode_utf8(&mut buf).as_bytes();
                    shorten(&mut out, i, len, bytes);
                    changed = true;
                    i += bytes.len();
                }
                None => i += 1,
            },
            b'\\' if out.get(i + 1).is_some_and(|c| ESCAPED.contains(c)) => {
                let c = out[i + 1];
                shorten(&mut out, i, 2, &[c]);
                changed = true;
                i += 1;
            }
            b'*' if bold_item(&out, i) => {
                // "**8\. Tokyo Olympics happen on schedule: 70%**": a numbered item set in
                // bold (a grading post's mark for what happened) is the item; the closing
                // marks at the line's end go too.
                out[i] = b' ';
                out[i + 1] = b' ';
                let end = line_end(&out, i);
                let body_end = out[..end]
                    .iter()
                    .rposition(|c| !c.is_ascii_whitespace())
                    .map_or(i, |p| p + 1);
                if body_end >= i + 4 && &out[body_end - 2..body_end] == b"**" {
                    out[body_end - 2] = b' ';
                    out[body_end - 1] = b' ';
                }
                changed = true;
                i += 2;
            }
            b'_' if emphasis(&out, i) => {
                out[i] = b' ';
                changed = true;
                i += 1;
            }
            // "Sep\u{AD}tember": a soft hyphen (a page's hint where a word may break) is no
            // part of the word, or a time phrase is cut at it (round 65, x65d).
            0xC2 if out.get(i + 1) == Some(&0xAD) => {
                shorten(&mut out, i, 2, &[]);
                changed = true;
            }
            // "end.\u{1b}Next": a stray control character (an escape, a bell) is white
            // space, or a sentence does not end before it (round 65, x65d); a form feed or
            // vertical tab breaks the line.
            c if stray_control(c) => {
                out[i] = if matches!(c, 0x0B | 0x0C) {
                    b'\n'
                } else {
                    b' '
                };
                changed = true;
                i += 1;
            }
            // On to the next byte that may open markup (the text between is left as it is).
            _ => {
                i += 1;
                i += out[i..]
                    .iter()
                    .position(|&c| OPENS_MARKUP[usize::from(c)])
                    .unwrap_or(out.len() - i);
            }
        }
    }
    // Every change above writes whole characters over ASCII bytes and moves whole words.
    changed.then(|| String::from_utf8(out).ok()).flatten()
}

/// A candidate of marked-up text with its sentence and claim read as text: the spaces the
/// markup left (a blanked tag, a reference's freed bytes) closed up, each run of white space
/// one space and none before closing punctuation. Plain text's candidates are untouched.
pub(super) fn tidied(mut c: super::Candidate, marked: bool) -> super::Candidate {
    if marked {
        c.sentence = closed_up(&c.sentence);
        c.claim = closed_up(&c.claim);
    }
    c
}

fn closed_up(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let joins = word.starts_with([')', ',', '.', ';', ':', '!', '?', ']']);
        if !out.is_empty() && !joins {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether the `**` at `i` opens a line (after spaces) and a numbered item follows it
/// (`**8\. Tokyo ...`, `** 54\. ...`); a bold label (`**Tuesday** - ...`) stays.
fn bold_item(b: &[u8], i: usize) -> bool {
    if b.get(i + 1) != Some(&b'*') || b.get(i + 2) == Some(&b'*') {
        return false;
    }
    let line_start = b[..i]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    if !b[line_start..i].iter().all(|c| *c == b' ' || *c == b'\t') {
        return false;
    }
    let rest = &b[i + 2..];
    let rest = &rest[rest.iter().take_while(|c| **c == b' ').count()..];
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=3).contains(&digits) && matches!(rest.get(digits), Some(b'.' | b'\\' | b')'))
}

/// Whether the `_` at `i` opens or closes emphasis (`_Yang is mayor: 80%_`): it opens
/// after a space or a line's start and before a word, or closes after a word and before a
/// space, a line's end or punctuation. `snake_case` is text. (A lone `*` is left to the
/// claim's own clean-up: it is also a bullet and a footnote mark.)
fn emphasis(b: &[u8], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|j| b[j]);
    let next = b.get(i + 1).copied();
    let space = |c: Option<u8>| c.is_none_or(|c| c.is_ascii_whitespace());
    let opens = (space(prev) || prev == Some(b'(')) && !space(next) && next != Some(b[i]);
    let closes = !space(prev)
        && prev != Some(b[i])
        && (space(next) || next.is_some_and(|c| matches!(c, b'.' | b',' | b';' | b':' | b')')));
    opens || closes
}

/// The ASCII punctuation a Markdown backslash escapes (`1\.` keeps a numbered line from
/// being a list; the writer's text is `1.`).
/// The bytes markup opens with: a tag, a character reference, an escape, bold, emphasis.
const OPENS_MARKUP: [bool; 256] = {
    let mut t = [false; 256];
    t[b'<' as usize] = true;
    t[b'&' as usize] = true;
    t[b'\\' as usize] = true;
    t[b'*' as usize] = true;
    t[b'_' as usize] = true;
    t[0xC2] = true;
    let mut c = 0;
    while c < 0x20 {
        t[c] = stray_control(c as u8);
        c += 1;
    }
    t[0x7F] = true;
    t
};

/// A C0 control character or DEL other than a tab or line break: no text's character.
const fn stray_control(c: u8) -> bool {
    (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r')) || c == 0x7F
}

const ESCAPED: &[u8] = b"\\`*_{}[]()#+-.!|>~";

/// The end of a YAML front matter block (`---` lines around `key: value` lines) opening the
/// text, past its closing line's line break, if the text opens with one. Line ends may be
/// CRLF, as a post saved on Windows has them.
fn front_matter(b: &[u8]) -> Option<usize> {
    let first = line_end(b, 0);
    if trim(&b[..first]) != b"---" {
        return None;
    }
    let mut at = (first + 1).min(b.len());
    // A key line must follow: "---" then prose is a rule, not front matter.
    let key_line = &b[at..line_end(b, at)];
    if !key_line.contains(&b':') {
        return None;
    }
    while at < b.len() {
        let end = line_end(b, at);
        let line = trim(&b[at..end]);
        if line == b"---" || line == b"..." {
            return Some((end + 1).min(b.len()));
        }
        at = end + 1;
    }
    None
}

fn line_end(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| from + p)
}

fn trim(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |p| p + 1);
    &b[start..end]
}

/// Front matter blanked, line breaks kept, but for its `title:`, which stays as a Markdown
/// heading on its own line (`# 2017 Predictions`): a predictions post's title says what year
/// its list is about.
fn blank_front_matter(out: &mut [u8], end: usize) {
    let mut at = 0;
    while at < end {
        let line_to = line_end(out, at).min(end);
        let keep = out[at..line_to]
            .starts_with(b"title:")
            .then(|| title_value(out, at + "title:".len(), line_to))
            .flatten();
        for (k, c) in out.iter_mut().enumerate().take(line_to).skip(at) {
            let kept = keep.is_some_and(|(s, e)| (s..e).contains(&k));
            if !kept && *c != b'\n' {
                *c = b' ';
            }
        }
        if keep.is_some() {
            out[at] = b'#';
        }
        at = line_to + 1;
    }
}

/// Where a front matter title's value is, its surrounding space and YAML quotes left out.
fn title_value(b: &[u8], from: usize, to: usize) -> Option<(usize, usize)> {
    let mut s = from;
    let mut e = to;
    while s < e && b[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    if e - s >= 2 && (b[s] == b'"' || b[s] == b'\'') && b[e - 1] == b[s] {
        s += 1;
        e -= 1;
    }
    (s < e).then_some((s, e))
}

/// A tag found at `<`: its name lower-cased, whether it closes, and its end (past `>`).
struct Tag {
    name: String,
    closing: bool,
    end: usize,
}

/// The tag starting at `at`, if it is one of HTML's (a known name, `>` before any `<` or
/// line break, within 600 bytes): "kills <10 people" or "<Enter>" stay text.
fn tag_at(b: &[u8], at: usize) -> Option<Tag> {
    let mut i = at + 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    let name = std::str::from_utf8(&b[name_start..i])
        .ok()?
        .to_ascii_lowercase();
    if !KNOWN.contains(&name.as_str()) {
        return None;
    }
    // The name ends at a space, `/` or `>`.
    if !matches!(b.get(i), Some(b' ' | b'\t' | b'\r' | b'\n' | b'/' | b'>')) {
        return None;
    }
    let limit = (at + 600).min(b.len());
    let mut quote: Option<u8> = None;
    while i < limit {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => {
                return Some(Tag {
                    name,
                    closing,
                    end: i + 1,
                })
            }
            None if c == b'<' => return None,
            None => {}
        }
        i += 1;
    }
    None
}

/// HTML elements a post's markup uses. Anything else in angle brackets is text.
const KNOWN: &[&str] = &[
    "a",
    "abbr",
    "article",
    "aside",
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "iframe",
    "img",
    "ins",
    "li",
    "main",
    "mark",
    "nav",
    "noscript",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "script",
    "section",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "video",
];

/// Elements that stand on lines of their own: their tags end the line and the paragraph.
const BLOCKS: &[&str] = &[
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Writes the tag at `at` as text and returns where reading goes on.
fn rewrite_tag(out: &mut [u8], at: usize, tag: &Tag) -> usize {
    let end = tag.end;
    let fill = |out: &mut [u8], lead: &[u8]| {
        for (k, c) in out[at..end].iter_mut().enumerate() {
            *c = lead.get(k).copied().unwrap_or(b' ');
        }
    };
    let name = tag.name.as_str();
    match name {
        // Their contents are no text: blanked to the closing tag, line breaks kept.
        "script" | "style" | "noscript" if !tag.closing => {
            let close = format!("</{name}");
            let stop = find_ci(out, end, close.as_bytes()).unwrap_or(out.len());
            let stop = tag_at(out, stop).map_or(stop, |t| t.end);
            for c in &mut out[at..stop] {
                if *c != b'\n' {
                    *c = b' ';
                }
            }
            stop
        }
        "li" if !tag.closing => {
            fill(out, b"\n- ");
            end
        }
        "li" => {
            fill(out, b"\n");
            end
        }
        "br" => {
            fill(out, b"\n");
            end
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if !tag.closing => {
            fill(out, if end - at >= 4 { b"\n\n# " } else { b"\n# " });
            end
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            fill(out, b"\n\n");
            end
        }
        _ if BLOCKS.contains(&name) => {
            fill(out, b"\n\n");
            end
        }
        _ => {
            fill(out, b"");
            end
        }
    }
}

/// Where `needle` (lower-case ASCII) starts at or after `from`, ignoring ASCII case.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

/// Writes `with` over the `len` bytes at `at` (never longer), moves the rest of the word
/// after them back to follow it, and blanks the bytes freed at the word's end: "&gt;10" is
/// ">10" and three spaces, "it\'s" never "it' s".
fn shorten(out: &mut [u8], at: usize, len: usize, with: &[u8]) {
    let n = with.len();
    out[at..at + n].copy_from_slice(with);
    let word_end = out[at + len..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(out.len(), |p| at + len + p);
    out.copy_within(at + len..word_end, at + n);
    let freed = word_end - (len - n);
    out[freed..word_end].fill(b' ');
}

/// A character reference at the start of `b` (`&amp;`, `&#8217;`, `&#x2019;`, `&rsquo;`):
/// its length and character.
fn reference_at(b: &[u8]) -> Option<(usize, char)> {
    let semi = b.iter().take(12).position(|&c| c == b';')?;
    let body = std::str::from_utf8(&b[1..semi]).ok()?;
    let ch = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        match char::from_u32(code)? {
            // A no-break space reads as a space.
            '\u{a0}' => ' ',
            c if c.is_control() && c != '\n' && c != '\t' => return None,
            c => c,
        }
    } else {
        NAMED.iter().find(|(n, _)| *n == body).map(|&(_, c)| c)?
    };
    // A reference is never shorter than what it stands for, so it can be written in place.
    (ch.len_utf8() <= semi + 1).then_some((semi + 1, ch))
}

/// The named references a post's text uses.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", ' '),
    ("rsquo", '\u{2019}'),
    ("lsquo", '\u{2018}'),
    ("rdquo", '\u{201d}'),
    ("ldquo", '\u{201c}'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("hellip", '\u{2026}'),
    ("middot", '\u{b7}'),
    ("bull", '\u{2022}'),
    ("laquo", '\u{ab}'),
    ("raquo", '\u{bb}'),
    ("euro", '\u{20ac}'),
    ("pound", '\u{a3}'),
    ("cent", '\u{a2}'),
    ("yen", '\u{a5}'),
    ("deg", '\u{b0}'),
    ("times", '\u{d7}'),
    ("minus", '\u{2212}'),
    ("plusmn", '\u{b1}'),
    ("frac12", '\u{bd}'),
    ("frac14", '\u{bc}'),
    ("frac34", '\u{be}'),
    ("copy", '\u{a9}'),
    ("reg", '\u{ae}'),
    ("trade", '\u{2122}'),
    ("eacute", '\u{e9}'),
    ("egrave", '\u{e8}'),
    ("aacute", '\u{e1}'),
    ("agrave", '\u{e0}'),
    ("iacute", '\u{ed}'),
    ("oacute", '\u{f3}'),
    ("uacute", '\u{fa}'),
    ("ntilde", '\u{f1}'),
    ("ccedil", '\u{e7}'),
    ("auml", '\u{e4}'),
    ("ouml", '\u{f6}'),
    ("uuml", '\u{fc}'),
    ("szlig", '\u{df}'),
    ("percnt", '%'),
];

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn plain_text_is_left_alone() {
        assert_eq!(
            plain("Rates will fall by June, analysts say. 60% of them."),
            None
        );
        assert_eq!(plain("kills <10 people & more; a_b"), None);
    }

    #[test]
    fn list_items_and_headings_become_lines_at_the_same_offsets() {
        let text = "<h2>Canada</h2>\r\n<ol start=\"14\">\r\n <li>No attack that kills &gt;10 people - 70%</li>\r\n</ol>";
        let out = plain(text).expect("marked up");
        assert_eq!(out.len(), text.len());
        let lines: Vec<String> = out
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            lines,
            ["# Canada", "- No attack that kills >10 people - 70%"],
            "{out:?}"
        );
        // An offset into the result is one into the input: the item starts where `<li>` did.
        let at = out.find("\n- ").expect("item");
        assert_eq!(&text[at..at + 4], "<li>");
    }

    #[test]
    fn references_and_escapes_move_the_rest_of_their_word_back() {
        let out = plain("it&rsquo;s 1\\. done &amp; dusted").expect("marked up");
        assert_eq!(out, "it\u{2019}s     1.  done &     dusted");
        let out = plain("&#8220;Yes&#8221; - 60%").expect("marked up");
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            ["\u{201c}Yes\u{201d}", "-", "60%"]
        );
    }

    #[test]
    fn front_matter_keeps_its_title_as_a_heading() {
        let text =
            "---\r\nid: 95\r\ntitle: \"2017 Predictions\"\r\ndate: 2017-01-01\r\n---\r\n\r\nText.";
        let out = plain(text).expect("marked up");
        assert_eq!(out.len(), text.len());
        let lines: Vec<&str> = out
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines, ["#       2017 Predictions", "Text."]);
    }

    #[test]
    fn scripts_styles_and_inline_tags_are_blanked() {
        let out = plain(
            "<p>A <a href=\"x\">deal</a> <em>will</em> close.<script>var x = '<p>';</script></p>",
        )
        .expect("marked up");
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>().join(" "),
            "A deal will close."
        );
    }

    #[test]
    fn emphasis_goes_but_bold_and_snake_case_stay() {
        let out = plain("_3\\. Yang is mayor: 80%_ and **bold** a_b").expect("marked up");
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            ["3.", "Yang", "is", "mayor:", "80%", "and", "**bold**", "a_b"]
        );
        // A numbered item set in bold is the item; a bold label stays for the label rules.
        let out = plain("**8\\. Games go ahead: 70%**\n**Tuesday** - x").expect("marked up");
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            [
                "8.",
                "Games",
                "go",
                "ahead:",
                "70%",
                "**Tuesday**",
                "-",
                "x"
            ]
        );
    }
}
