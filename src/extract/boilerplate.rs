//! Boilerplate removal: what in an article file is not the article (reader appeals, "Read
//! more", share and newsletter lines, photo credits) is dropped before extraction, each drop
//! with its rule so that `--explain` can list it. The rules are documented in
//! `docs/extraction.md`.

/// A line of the text that extraction reads, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    /// Byte range of the kept text within the body.
    pub start: usize,
    /// End of the kept text (exclusive).
    pub end: usize,
    /// The 1-based line within the body.
    pub line: u64,
}

/// A line (or the end of one) that was dropped, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    /// The 1-based line within the body.
    pub line: u64,
    /// The dropped text.
    pub text: String,
    /// The rule that dropped it.
    pub rule: &'static str,
}

/// Phrases that open a reader appeal (donation, membership, subscription). From the first such
/// line in the second half of a text (after at least two lines of article), everything to the
/// end is the appeal.
const APPEAL_OPENERS: &[&str] = &[
    "favor to ask",
    "favour to ask",
    "support independent journalism",
    "support our journalism",
    "support our work",
    "make a donation",
    "make a contribution",
    "donate now",
    "please donate",
    "become a member",
    "become a patron",
    "your support, no matter",
    "we need your help",
];

/// Short lines that are navigation or calls to action, whatever their position (compared in
/// lower case, without trailing punctuation).
const NAVIGATION: &[&str] = &[
    "read more",
    "read also",
    "see also",
    "related",
    "continue",
    "continue reading",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "tweet",
    "advertisement",
    "subscribe",
    "subscribe now",
    "sign up",
    "click here",
    "comments",
    "print",
    "email",
    "follow us",
    "back to top",
];

/// Words that start a short line inviting the reader to act.
const CALL_TO_ACTION_STARTS: &[&str] = &[
    "support ",
    "subscribe to ",
    "sign up for ",
    "sign up to ",
    "follow us on ",
    "follow ",
    "join our ",
    "get our ",
    "download our ",
    "like us on ",
];

/// Markers of a photo credit at the end of a caption line.
const CREDIT_WORDS: &[&str] = &[
    "photo:",
    "photo by",
    "image:",
    "credit:",
    "getty images",
    "afp/getty",
    "reuters/",
    "ap photo",
];

/// Splits `body` into the lines extraction reads and the lines it drops.
pub fn clean(body: &str) -> (Vec<Kept>, Vec<Dropped>) {
    let lines: Vec<(usize, &str)> = {
        let mut offset = 0;
        body.split_inclusive('\n')
            .map(|l| {
                let start = offset;
                offset += l.len();
                (start, l.trim_end_matches(['\n', '\r']))
            })
            .collect()
    };
    let total: usize = lines.iter().map(|(_, l)| l.len()).sum();
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    let mut seen = 0usize;
    let mut appeal = false;
    for (i, (start, raw)) in lines.iter().enumerate() {
        let line = (i + 1) as u64;
        let text = raw.trim();
        seen += raw.len();
        if text.is_empty() {
            continue;
        }
        let lower = text.to_lowercase();
        if !appeal
            && kept.len() >= 2
            && seen * 2 > total
            && APPEAL_OPENERS.iter().any(|p| lower.contains(p))
        {
            appeal = true;
        }
        if appeal {
            dropped.push(Dropped {
                line,
                text: text.to_string(),
                rule: "reader appeal (from its opening to the end of the text)",
            });
            continue;
        }
        let bare = lower.trim_end_matches(['.', '!', ':', '…', '>', '»', ' ']);
        let words = text.split_whitespace().count();
        if NAVIGATION.contains(&bare) {
            dropped.push(Dropped {
                line,
                text: text.to_string(),
                rule: "navigation or share line",
            });
            continue;
        }
        if words <= 8
            && CALL_TO_ACTION_STARTS.iter().any(|p| lower.starts_with(p))
            && !text.ends_with('.')
        {
            dropped.push(Dropped {
                line,
                text: text.to_string(),
                rule: "call to action (a short line inviting the reader to support, subscribe or follow)",
            });
            continue;
        }
        let lead = raw.len() - raw.trim_start().len();
        let mut end = start + lead + text.len();
        if let Some(cut) = credit_start(text) {
            dropped.push(Dropped {
                line,
                text: text[cut..].trim().to_string(),
                rule: "photo credit",
            });
            end = start + lead + text[..cut].trim_end().len();
            if text[..cut].trim().is_empty() {
                continue;
            }
        }
        kept.push(Kept {
            start: start + lead,
            end,
            line,
        });
    }
    (kept, dropped)
}

/// Where a photo credit starts in a caption line: a credit phrase, or a last token that is a
/// bare web domain after the sentence's full stop ("... Russia and Turkey. Kremlin.ru").
fn credit_start(text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    if let Some(pos) = CREDIT_WORDS.iter().filter_map(|w| lower.find(w)).min() {
        // Only a credit at the end of a line: a sentence that merely mentions a photo stays.
        if text[pos..].split_whitespace().count() <= 6 {
            return Some(pos);
        }
    }
    let last = text.split_whitespace().last()?;
    let before = text[..text.len() - last.len()].trim_end();
    let is_domain = last.contains('.')
        && !last.ends_with('.')
        && last.rsplit('.').next().is_some_and(|tld| {
            (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase())
        })
        && last
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '/'));
    (is_domain && before.ends_with(['.', '!', '?'])).then(|| text.len() - last.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept_text(body: &str) -> Vec<String> {
        clean(body)
            .0
            .iter()
            .map(|k| body[k.start..k.end].to_string())
            .collect()
    }

    #[test]
    fn drops_navigation_and_the_appeal_at_the_end() {
        let body = "Support Our Gazette!\n\nHeadline Here\n\nFirst real sentence. Second one.\n\n\
                    Another paragraph with facts about the talks in the capital.\n\n\
                    A third paragraph so that the appeal sits in the second half of the text.\n\n\
                    Before you go, we have a small favour to ask.\n\n\
                    Our newsroom was harassed by the authorities and needs you.\n\nContinue\n\nRead more\n";
        let kept = kept_text(body);
        assert_eq!(kept[0], "Headline Here");
        assert_eq!(kept.len(), 4, "{kept:?}");
        let (_, dropped) = clean(body);
        assert!(
            dropped
                .iter()
                .any(|d| d.text.contains("harassed") && d.rule.starts_with("reader appeal"))
        );
        assert!(
            dropped
                .iter()
                .any(|d| d.text == "Support Our Gazette!" && d.rule.starts_with("call to action"))
        );
    }

    #[test]
    fn an_early_mention_of_support_is_not_an_appeal() {
        let body = "The minister said he needs your support, no matter what, in parliament.\n\nMore text follows here, long enough to matter.\n\nAnd more.\n";
        assert_eq!(kept_text(body).len(), 3);
    }

    #[test]
    fn photo_credits_are_cut_from_captions() {
        let body = "Troops moved to the border on Monday. Example.org\nA man walks. Photo: Jane Doe/Agency\nAn address like www.example.org is text.\n";
        assert_eq!(
            kept_text(body),
            [
                "Troops moved to the border on Monday.",
                "A man walks.",
                "An address like www.example.org is text."
            ]
        );
    }
}
