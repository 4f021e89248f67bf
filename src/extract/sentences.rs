//! Sentence splitting for news text: ends at `.`, `!`, `?` (and a closing quote after them)
//! before a capital, digit or opening quote, but not after abbreviations ("U.S.", "Dr.",
//! "Sept. 29", "No. 2"), initials ("J. Smith") or inside an open quotation.

/// Abbreviations after which a full stop does not end a sentence (compared in lower case,
/// without the final full stop).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "gov", "sen", "rep", "pres", "st", "mt", "ft", "jr", "sr", "rev", "hon", "amb", "no",
    "nos", "vol", "art", "sec", "para", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
    "sun", "inc", "ltd", "co", "corp", "vs", "etc", "approx", "est", "dept", "univ", "u.s", "u.k",
    "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a", "e.u",
];

/// Splits a line into sentences; returns byte ranges within `line`, trimmed.
pub fn split(line: &str) -> Vec<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut quote_depth = 0i32;
    let mut i = 0;
    while i < bytes.len() {
        let c = line[i..].chars().next().expect("in bounds");
        match c {
            '“' | '«' => quote_depth += 1,
            '”' | '»' => quote_depth = (quote_depth - 1).max(0),
            '"' => quote_depth = if quote_depth > 0 { 0 } else { 1 },
            _ => {}
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take the whole run of closing punctuation: `?!`, `."`, `.”`, `...`.
            let mut j = i + c.len_utf8();
            while let Some(n) = line[j..].chars().next() {
                if matches!(
                    n,
                    '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | '»' | ')'
                ) {
                    if matches!(n, '"' | '”' | '»') {
                        quote_depth = 0;
                    }
                    j += n.len_utf8();
                } else {
                    break;
                }
            }
            let closed_quote = line[i..j].contains(['"', '”', '»']);
            if ends_sentence(line, i, j, c) && (quote_depth == 0 || closed_quote) {
                push(&mut out, line, start, j);
                start = j;
                quote_depth = 0;
            }
            i = j;
            continue;
        }
        i += c.len_utf8();
    }
    push(&mut out, line, start, line.len());
    out
}

fn push(out: &mut Vec<(usize, usize)>, line: &str, start: usize, end: usize) {
    let piece = &line[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// Whether the punctuation at `line[at..after]` ends a sentence.
fn ends_sentence(line: &str, at: usize, after: usize, mark: char) -> bool {
    let rest = &line[after..];
    // The next sentence starts after white space with a capital, a digit or an opening quote.
    if !rest.starts_with(char::is_whitespace) {
        return rest.is_empty();
    }
    let Some(next) = rest.trim_start().chars().next() else {
        return true;
    };
    if !(next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '“' | '«' | '‘' | '\'' | '('))
    {
        return false;
    }
    if mark != '.' {
        return true;
    }
    // The word before the full stop.
    let before = &line[..at];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '«'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    // An initial: one capital letter ("J. Smith").
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next())
        && first.is_uppercase()
    {
        return false;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        // "No. 2", "Sept. 29", "Dr. Ivanova": the full stop belongs to the abbreviation.
        return false;
    }
    // Dotted abbreviations such as "U.S." or "a.m." with inner full stops: a sentence may end
    // after one, but splitting there wrongly costs more than keeping two sentences together.
    !(lower.contains('.') && lower.chars().filter(|c| c.is_alphabetic()).count() <= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn survives_abbreviations_dates_numbers_and_initials() {
        assert_eq!(
            sentences(
                "The U.S. envoy met Dr. Ivanova on Sept. 29 in Room No. 2. Talks went on. J. R. Smith agreed."
            ),
            [
                "The U.S. envoy met Dr. Ivanova on Sept. 29 in Room No. 2.",
                "Talks went on.",
                "J. R. Smith agreed."
            ]
        );
    }

    #[test]
    fn keeps_quotes_whole_and_splits_after_them() {
        assert_eq!(
            sentences("\"We want peace. Now,\" the envoy said. \"Is that clear?\" He left."),
            [
                "\"We want peace. Now,\" the envoy said.",
                "\"Is that clear?\"",
                "He left."
            ]
        );
        assert_eq!(
            sentences("«We call on both sides. We mean it,» he said. Later talks began."),
            [
                "«We call on both sides. We mean it,» he said.",
                "Later talks began."
            ]
        );
    }

    #[test]
    fn a_lower_case_word_after_a_full_stop_continues_the_sentence() {
        assert_eq!(
            sentences("It rose 3.5 percent vs. last year. Next."),
            ["It rose 3.5 percent vs. last year.", "Next."]
        );
        assert_eq!(sentences("No end"), ["No end"]);
        assert_eq!(sentences(""), Vec::<&str>::new());
        assert_eq!(
            sentences("Wait... What?! Yes."),
            ["Wait...", "What?!", "Yes."]
        );
    }
}
