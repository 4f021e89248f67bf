//! Events from news text: boilerplate removed, sentences split, actors and triggers found,
//! participants and dates resolved, each event with its evidence. See `docs/extraction.md`.

pub mod boilerplate;
pub mod coder;
pub mod dictionary;
pub mod events;
pub mod lexicon;
pub mod mentions;
pub mod sentences;
pub mod text;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::diag::Diagnostic;
use crate::model::date::Bound;
use crate::model::{
    ActorKind, ActorRegistry, Article, DateSpan, Event, Origin, Provenance, QuadClass,
};
use crate::timex;

use dictionary::DictionaryActors;
use events::{Found, Party};
pub use lexicon::Lexicon;
use mentions::{ActorIndex, Referent};
use text::TokKind;

/// What extraction made of one article.
#[derive(Debug, Default)]
pub struct Extraction {
    /// The events, in text order, duplicates within the article merged.
    pub events: Vec<Event>,
    /// Warnings about the article (no publication date, events that could not be dated).
    pub warnings: Vec<Diagnostic>,
    /// What `--explain` prints: dropped lines, then each sentence with what matched and why
    /// (empty unless asked for).
    pub explain: String,
    /// The actors the events name that the registry given to [`extract`] lacks: Phoenix
    /// actors, the actors of Phoenix people's roles and sector actors of agents
    /// (`cameo-irqcop`), in id order. Add them to that registry before writing the events.
    pub actors: Vec<crate::model::Actor>,
    explaining: bool,
}

/// Appends a line to the explanation, when one was asked for.
macro_rules! note {
    ($out:expr, $($arg:tt)*) => {
        if $out.explaining {
            let _ = writeln!($out.explain, $($arg)*);
        }
    };
}

/// One sentence with its tokens and mentions.
struct Sentence<'a> {
    text: &'a str,
    /// Offset of the sentence within the cleaned text.
    clean_offset: usize,
    /// Line of the article file.
    line: u64,
    toks: Vec<text::Tok<'a>>,
    in_quote: Vec<bool>,
    mentions: Vec<mentions::Mention>,
}

const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "stated",
    "states",
    "added",
    "adds",
    "announced",
    "announces",
    "noted",
    "stressed",
    "declared",
    "wrote",
    "warned",
    "insisted",
    "explained",
    "according",
];

/// Extracts the events of an article.
pub fn extract(article: &Article, registry: &ActorRegistry, lexicon: &Lexicon) -> Extraction {
    extract_with(article, registry, lexicon, false)
}

/// Extracts the events of an article, writing the explanation when `explain` is set.
pub fn extract_with(
    article: &Article,
    registry: &ActorRegistry,
    lexicon: &Lexicon,
    explain: bool,
) -> Extraction {
    let mut out = Extraction {
        explaining: explain,
        ..Extraction::default()
    };
    let index = ActorIndex::new(registry);
    let mut dict = DictionaryActors::new(&index, article.published);
    let (kept, dropped) = boilerplate::clean(&article.body);
    for d in &dropped {
        note!(
            out,
            "{}:{}: dropped ({}): {}",
            article.file,
            d.line + article.body_line - 1,
            d.rule,
            d.text
        );
    }
    // The cleaned text: kept lines, one per line, with their place in the file.
    let mut clean = String::new();
    let mut lines: Vec<(usize, u64, &str)> = Vec::new();
    for k in &kept {
        let text = &article.body[k.start..k.end];
        lines.push((clean.len(), k.line + article.body_line - 1, text));
        clean.push_str(text);
        clean.push('\n');
    }
    let timexes = dates(&clean, article.published);
    if article.published.is_none() {
        out.warnings.push(Diagnostic::new(
            &article.file,
            None,
            Some("published"),
            "warning: no publication date (front matter 'published' or --published): relative \
             dates are left unresolved and events without an absolute date are not dated",
        ));
    }

    // Pass 1: sentences, tokens, quotation state, mentions.
    let mut sentences = Vec::new();
    // The state named last, for "this country" (see `mentions::last_state`).
    let mut last_state: Option<String> = None;
    // The actors named so far, which settle names two actors share ("Congo").
    let mut named = mentions::Named::default();
    for &(offset, line, text) in &lines {
        let mut quote_open = false;
        for (a, b) in sentences::split(text) {
            let s = &text[a..b];
            let toks = text::tokenize(s);
            let mut in_quote = Vec::with_capacity(toks.len());
            for t in &toks {
                if t.kind == TokKind::Quote {
                    quote_open = match t.text {
                        "“" | "«" | "„" => true,
                        "”" | "»" => false,
                        _ => !quote_open,
                    };
                    in_quote.push(true);
                } else {
                    in_quote.push(quote_open);
                }
            }
            unquote_short_quotes(&toks, &mut in_quote);
            let mentions = mentions::find(
                s,
                &toks,
                &index,
                &in_quote,
                last_state.as_deref(),
                &named,
                &mut |state, kind, word| dict.sector(state, kind, word),
            );
            named.add(&index, &mentions);
            if let Some(state) = mentions::last_state(&index, &mentions) {
                last_state = Some(state);
            }
            sentences.push(Sentence {
                text: s,
                clean_offset: offset + a,
                line,
                toks,
                in_quote,
                mentions,
            });
        }
    }
    let parties = main_parties(&sentences, &dict, article.published);
    // The headline: the first line, when it is the title or has no full stop.
    let title_line = lines.first().and_then(|&(_, line, text)| {
        let is_title = article
            .title
            .as_deref()
            .is_some_and(|t| t.trim() == text.trim());
        (is_title || !text.trim_end().ends_with(['.', '!', '?', '"', '”'])).then_some(line)
    });

    // Pass 2: events.
    let mut last_person: Option<String> = None;
    let mut last_group: Option<Vec<String>> = None;
    // The sentence that named the last group, for "the two countries" (see `RECENT`).
    let mut last_group_at = 0;
    let mut speaker: Option<Vec<String>> = None;
    let mut stated: HashMap<String, DateSpan> = HashMap::new();
    // The date of the last event of each root dated by its own sentence, for a later mention
    // of it ("the negotiation", see `refers_back`).
    let mut dated_kind: HashMap<u8, DateSpan> = HashMap::new();
    let mut extracted: Vec<Event> = Vec::new();
    // How many events the sentences made, merged ones included: the ids' counter.
    let mut made_so_far = 0usize;
    // What the parse says of the dates of the sentence at hand.
    let mut date_links = coder::DateLinks::default();
    // Ids from the file's path (without its extension), so that two articles with one name in
    // two folders never share an id; never from an absolute path (see `id_path`).
    let path = id_path(std::path::Path::new(&article.file));
    let stem: String = path
        .with_extension("")
        .to_string_lossy()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    for (n, s) in sentences.iter().enumerate() {
        note!(
            out,
            "{}:{}: sentence {}: {}",
            article.file,
            s.line,
            n + 1,
            s.text
        );
        // "Ghana and Togo signed a pact. The two countries also agreed ...": a group named in
        // the sentence before, which "the two countries" and "both sides" refer to when it has
        // as many members.
        let recent_group = last_group
            .as_deref()
            .filter(|_| n.saturating_sub(last_group_at) <= RECENT);
        for m in &s.mentions {
            let words = &s.text[s.toks[m.first].start..s.toks[m.last - 1].end];
            let told = match &m.referent {
                Referent::Parties(Some(k)) => match events::group_of(*k, recent_group) {
                    Some(g) => format!("the group named last: {}", g.join(" + ")),
                    None => describe(&m.referent),
                },
                r => describe(r),
            };
            note!(out, "    actor: '{words}' -> {told}");
        }
        // A quotation's speaker: the actor next to a reporting verb outside the quotation, or
        // the speaker of the quotation before when this one has no attribution.
        let has_quote = s.in_quote.iter().any(|&q| q);
        match attribution(s, last_person.as_deref()) {
            Attribution::Speaker(a) => speaker = Some(a),
            // "… the press service stated": a reporting verb without a known actor keeps the
            // speaker of the quotation before.
            Attribution::Unknown => {}
            Attribution::None if has_quote => {}
            Attribution::None => speaker = None,
        }
        // "Ukrainian officials said ... They accused Moscow ...": the plural subject of the
        // sentence before's main clause (the coder's reading of its parse).
        let they = match dict.main_subject() {
            Some(dictionary::MainSubject::Many(ids)) => Some(ids.clone()),
            _ => None,
        };
        let context = events::Context {
            speaker: speaker.as_deref(),
            last_person: last_person.as_deref(),
            last_group: last_group.as_deref(),
            recent_group,
            they: they.as_deref(),
        };
        let mut skipped = Vec::new();
        let mut found = events::find(
            &s.toks,
            &s.in_quote,
            &s.mentions,
            lexicon,
            &context,
            &mut skipped,
        );
        let added = coder::find(
            s.text,
            &s.toks,
            &s.mentions,
            lexicon,
            &context,
            &mut found,
            &mut skipped,
            &mut dict,
            &mut date_links,
        );
        for note in dict.drain_notes() {
            let _ = writeln!(out.explain, "    dictionary actor: {note}");
        }
        found.extend(added);
        found.sort_by_key(|f| f.trigger.0);
        coder::drop_targetless_twins(&mut found, &mut skipped);
        for sk in &skipped {
            note!(out, "    no event from '{}': {}", sk.words, sk.reason);
        }
        if found.is_empty() && skipped.is_empty() {
            note!(
                out,
                "    nothing to code: no word of the lexicon or the verb dictionary here"
            );
        }
        // Each dated expression governs the trigger it modifies in the parse ("raided the camp
        // on Wednesday, killing three": the raid's date, shared with the killing after it),
        // else the trigger nearest to it.
        let sentence_range = s.clean_offset..s.clean_offset + s.text.len();
        let trigger_at = |f: &Found<'_>| s.clean_offset + s.toks[f.trigger.0].start;
        // A date after "from", "until", "by" bounds what follows ("a ceasefire from 1 a.m. on
        // 10 November") and governs only when the sentence has no other.
        // Timexes are in text order: the sentence's are a slice found by binary search.
        let first = timexes.partition_point(|t| t.bytes.start < sentence_range.start);
        let last = timexes.partition_point(|t| t.bytes.start < sentence_range.end);
        let here: Vec<&timex::Timex> = timexes[first..last].iter().collect();
        let bounding = |t: &timex::Timex| {
            let before = &clean[s.clean_offset..t.bytes.start];
            before
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .rev()
                .take(8)
                .any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "from" | "until" | "till" | "starting" | "effective"
                    )
                })
        };
        // A date and a trigger with a clause break between them ("… in December, and
        // threatened", "on Tuesday urged … as Ankara backed") do not go together. The breaks'
        // byte ranges, in text order, so that each question is a binary search.
        let breaks: Vec<(usize, usize)> = (0..s.toks.len())
            .filter(|&i| clause_break(&s.toks, i))
            .map(|i| {
                (
                    s.clean_offset + s.toks[i].start,
                    s.clean_offset + s.toks[i].end,
                )
            })
            .collect();
        // A relative clause closed by a comma keeps its date ("Setrakov, who was captured in
        // December, and threatened ..."): the byte ranges of such clauses, from "who" or
        // "which" to the comma that ends them, in text order.
        let mut relatives: Vec<(usize, usize)> = Vec::new();
        let mut open: Option<usize> = None;
        for t in &s.toks {
            match t.lower.as_str() {
                "who" | "which" => open = Some(t.start),
                "," | ";" => {
                    if let Some(start) = open.take() {
                        relatives.push((s.clean_offset + start, s.clean_offset + t.start));
                    }
                }
                _ => {}
            }
        }
        let breaks_between = |a: usize, b: usize| {
            let (a, b) = (a.min(b), a.max(b));
            // Tokens do not overlap: the first break starting at or after `a` ends first.
            let from = breaks.partition_point(|&(start, _)| start < a);
            // A relative clause closed before the later end that holds the earlier one lies
            // between them (clauses do not overlap: the last one opened at or before `a`).
            let k = relatives.partition_point(|&(start, _)| start <= a);
            let enclosed = |p: usize| k > 0 && relatives[k - 1].0 <= p && p < relatives[k - 1].1;
            breaks.get(from).is_some_and(|&(_, end)| end <= b) || enclosed(a) && !enclosed(b)
        };
        let governing: Vec<&timex::Timex> = if here.iter().any(|t| !bounding(t)) {
            here.iter().copied().filter(|t| !bounding(t)).collect()
        } else {
            here.clone()
        };
        // The trigger nearest each date (the earlier one on a tie): `found` is in trigger order.
        let at: Vec<usize> = found.iter().map(trigger_at).collect();
        let nearest = |p: usize| {
            let i = at.partition_point(|&q| q <= p);
            match (i.checked_sub(1).map(|k| at[k]), at.get(i).copied()) {
                (Some(b), Some(a)) if a - p < p - b => Some(a),
                (Some(b), _) => Some(b),
                (None, a) => a,
            }
        };
        // The trigger (its first token) a date modifies, by the parse.
        let modified = |t: &timex::Timex| {
            let k = s
                .toks
                .partition_point(|k| s.clean_offset + k.end <= t.bytes.start);
            date_links.modifies.get(k).copied().flatten()
        };
        let mut by_trigger: HashMap<usize, Vec<&timex::Timex>> = HashMap::new();
        let mut by_parse: HashMap<usize, &timex::Timex> = HashMap::new();
        for &t in &governing {
            if let Some(k) = modified(t) {
                by_parse.entry(k).or_insert(t);
            } else if let Some(n) = nearest(t.bytes.start) {
                by_trigger.entry(n).or_default().push(t);
            }
        }
        // The own date of the trigger starting at token `k`: the one the parse attaches to it;
        // else the nearest one that is nearer to it than to any other trigger.
        let own = |k: usize| {
            let at = s.clean_offset + s.toks[k].start;
            by_parse.get(&k).copied().or_else(|| {
                by_trigger
                    .get(&at)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|t| !breaks_between(t.bytes.start, at))
                    .min_by_key(|t| t.bytes.start.abs_diff(at))
            })
        };
        let owned: Vec<Option<&timex::Timex>> = found
            .iter()
            .map(|f| {
                let at = trigger_at(f);
                // Its own date; else that of the verb that takes it as object, or of the
                // object of a verb ("sent military aid to Mali on Monday"); else one it shares
                // with the trigger before it in the same clause (the last date before it: when
                // a break cuts that one off, it cuts off every earlier one).
                own(f.trigger.0)
                    .or_else(|| own(date_links.shares.get(f.trigger.0).copied().flatten()?))
                    .or_else(|| {
                        let k = governing.partition_point(|t| t.bytes.start < at);
                        let t = governing.get(k.checked_sub(1)?).copied()?;
                        (!breaks_between(t.bytes.start, at)).then_some(t)
                    })
            })
            .collect();
        let sentence_from = extracted.len();
        for (f, timex) in found.iter().zip(owned) {
            let root = f.pattern.event_type.root_number();
            let earlier = match timex {
                None if refers_back(&s.toks, f, lexicon) => dated_kind.get(&root).copied(),
                _ => None,
            };
            let made = make_events(
                article,
                s,
                f,
                (timex, earlier),
                title_line,
                &parties,
                &dict,
                &mut stated,
                &stem,
                made_so_far,
                &mut out,
            );
            if timex.is_some()
                && let Some(e) = made.first()
            {
                dated_kind.insert(root, e.date);
            }
            made_so_far += made.len();
            extracted.extend(made);
        }
        // Two triggers of one act in one sentence ("sent humanitarian aid to X": the verb's
        // pattern and the noun's) give one event, dated or not; so do two readings of its
        // sides, one by their states and one by the states' organs ("the foreign ministers of
        // X and Y met in Z to discuss ...": the ministers met, and X and Y discussed), the
        // organs' kept. Sides are compared by their states, as the article-level merge below
        // does for dated events, so two organs of one state doing one act in one sentence are
        // one event too, the first's.
        if extracted.len() - sentence_from > 1 {
            type Act = (DateSpan, Option<String>, Option<String>, String);
            let side = |id: &Option<crate::model::ActorId>| {
                id.as_deref()
                    .map(|i| dict.state_of(i).unwrap_or_else(|| i.to_string()))
            };
            // How many of an event's sides name more than a bare state.
            let organs = |e: &Event| {
                [&e.source, &e.target]
                    .into_iter()
                    .filter(|id| id.is_some() && side(id).as_deref() != id.as_deref())
                    .count()
            };
            let mut first_of: HashMap<Act, usize> = HashMap::new();
            let made: Vec<Event> = extracted.drain(sentence_from..).collect();
            for mut e in made {
                let key = (
                    e.date,
                    side(&e.source),
                    side(&e.target),
                    e.event_type.code.clone(),
                );
                match first_of.get(&key) {
                    Some(&i) => {
                        if organs(&e) > organs(&extracted[i]) {
                            std::mem::swap(&mut extracted[i], &mut e);
                        }
                        note!(
                            out,
                            "{}: event {} is the same as {}",
                            article.file,
                            e.id,
                            extracted[i].id
                        );
                        keep_sources(&mut extracted[i], e);
                    }
                    None => {
                        first_of.insert(key, extracted.len());
                        extracted.push(e);
                    }
                }
            }
        }
        // The last person named, for "he" and "she" in later sentences; the last group, for
        // "they".
        // A Phoenix person the coder found counts when casus names none in the sentence.
        if let Some(p) = dict.take_people().pop() {
            last_person = Some(p);
        }
        for m in &s.mentions {
            let Referent::Actors(ids) = &m.referent else {
                continue;
            };
            let words = &s.text[s.toks[m.first].start..s.toks[m.last - 1].end];
            for id in ids {
                dict.mentioned(id, words);
            }
            if let [id] = ids.as_slice() {
                let last = words.trim().rsplit(' ').next().unwrap_or_default();
                dict.named_by_phrase(id, last);
            }
            if ids.len() > 1 {
                last_group = Some(ids.clone());
                last_group_at = n;
            }
            // A person the registry knows, or one named after a title ("Kenyan President
            // William Ruto": the actor of the office, Kenya's government).
            if ids.len() == 1
                && (registry
                    .get(&ids[0])
                    .is_some_and(|a| a.kind == ActorKind::Person)
                    || mentions::titled_person(&s.toks, m))
            {
                last_person = Some(ids[0].clone());
            }
        }
    }
    let side = |id: &Option<crate::model::ActorId>| {
        id.as_deref()
            .map(|i| dict.state_of(i).unwrap_or_else(|| i.to_string()))
    };
    // One article that reports the same act twice (same sides, same CAMEO code, the same known
    // day or span) reports one event; undated ("on or before") events are never merged, since nothing
    // shows they are the same.
    let mut unique: Vec<Event> = Vec::with_capacity(extracted.len());
    type Happening<'t> = (DateSpan, Option<String>, Option<String>, &'t str);
    let mut seen: HashMap<Happening<'_>, usize> = HashMap::new();
    for e in extracted {
        let key = (
            e.date,
            side(&e.source),
            side(&e.target),
            e.event_type.code.as_str(),
        );
        let twin = if e.date.precision() == crate::model::Precision::Unknown {
            None
        } else {
            seen.get(&key).map(|&i| &mut unique[i])
        };
        match twin {
            Some(u) => {
                note!(
                    out,
                    "{}: event {} is the same as {}",
                    article.file,
                    e.id,
                    u.id
                );
                keep_sources(u, e);
            }
            None => {
                seen.insert(key, unique.len());
                unique.push(e);
            }
        }
    }
    let extracted = unique;
    // The headline repeats the lead: an event of the headline that the body reports too (same
    // sides, same root) is folded into the body's, whose date the body gives.
    let headline = |e: &Event| e.provenance.first().and_then(|p| p.line) == title_line;
    let (heads, mut body): (Vec<Event>, Vec<Event>) =
        extracted.into_iter().partition(|e| headline(e));
    for h in heads {
        // A headline says in the present what the body dates: same sides and root suffice.
        let twin = body.iter_mut().find(|b| {
            side(&b.source) == side(&h.source)
                && side(&b.target) == side(&h.target)
                && b.event_type.root == h.event_type.root
        });
        match twin {
            Some(b) => {
                note!(
                    out,
                    "{}: headline event {} folded into {}",
                    article.file,
                    h.id,
                    b.id
                );
                keep_sources(b, h);
            }
            None => body.push(h),
        }
    }
    body.iter_mut().for_each(sources_once);
    body.sort_by_key(|e| e.provenance.first().and_then(|p| p.line));
    out.actors = dict.named(
        body.iter()
            .flat_map(|e| [e.source.as_deref(), e.target.as_deref()])
            .flatten(),
    );
    out.events = body;
    out
}

/// A quotation of fewer than five words ("in “constant contact” with") is a scare quote, not
/// speech: its words count as the sentence's own.
fn unquote_short_quotes(toks: &[text::Tok<'_>], in_quote: &mut [bool]) {
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind != TokKind::Quote || !in_quote[i] {
            i += 1;
            continue;
        }
        // A run of quoted tokens opened here.
        let mut j = i + 1;
        while j < toks.len() && in_quote[j] && toks[j].kind != TokKind::Quote {
            j += 1;
        }
        let closed = j < toks.len() && toks[j].kind == TokKind::Quote;
        let words = toks[i + 1..j].iter().filter(|t| t.is_word()).count();
        if closed && words < 5 {
            for q in in_quote.iter_mut().take(j + 1).skip(i) {
                *q = false;
            }
        }
        i = j + 1;
    }
}

/// Folds event `e`, the same act as `into`, into it: `into` keeps every source of both (made
/// unique once, at the end, by `sources_once`: a check at each fold made an act a long text
/// repeats thousands of times quadratic).
fn keep_sources(into: &mut Event, e: Event) {
    into.provenance.extend(e.provenance);
}

/// Keeps each source of `e` once, in order (two triggers of one sentence quote the same
/// words); linear in its sources.
fn sources_once(e: &mut Event) {
    if e.provenance.len() < 2 {
        return;
    }
    let keep: Vec<bool> = {
        let mut seen = std::collections::HashSet::with_capacity(e.provenance.len());
        e.provenance.iter().map(|p| seen.insert(p)).collect()
    };
    let mut keep = keep.into_iter();
    e.provenance.retain(|_| keep.next().unwrap_or(true));
}

/// The longest sentence quoted whole as an event's evidence, in bytes.
const MAX_EVIDENCE: usize = 600;

/// The evidence of a trigger at `start..end` of `sentence`: the whole sentence, or, for a
/// sentence over `MAX_EVIDENCE` bytes (no prose sentence; a text without full stops), the
/// words around the trigger with "…" where it was cut, so that each event's evidence is
/// bounded and the output stays linear in the input.
fn evidence(sentence: &str, start: usize, end: usize) -> std::borrow::Cow<'_, str> {
    if sentence.len() <= MAX_EVIDENCE {
        return sentence.into();
    }
    let half = MAX_EVIDENCE / 2;
    let mut a = start.saturating_sub(half);
    while !sentence.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + half).min(sentence.len());
    while !sentence.is_char_boundary(b) {
        b += 1;
    }
    let mut quote = String::with_capacity(b - a + 8);
    if a > 0 {
        quote.push('…');
    }
    quote.push_str(&sentence[a..b]);
    if b < sentence.len() {
        quote.push('…');
    }
    quote.into()
}

/// Whether the last mention of state `source` before token `at` names it by its name, an alias
/// or its capital ("Beijing protested the shooting down of the balloon", "The Philippines
/// protested"): that is the state's own protest, no dissent against itself, which its people
/// make when named as a people ("Algerians", "thousands of Serbs").
fn named_as_state(index: &DictionaryActors<'_>, s: &Sentence<'_>, at: usize, source: &str) -> bool {
    let Some(a) = index.get(source).filter(|a| a.kind == ActorKind::State) else {
        return false;
    };
    let named = |m: &&mentions::Mention| match &m.referent {
        Referent::Actors(ids) => ids.iter().any(|id| id == source),
        _ => false,
    };
    let Some(m) = s.mentions.iter().rev().filter(|m| m.last <= at).find(named) else {
        return false;
    };
    let words: Vec<&str> = s.toks[m.first..m.last]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let words = match words.split_first() {
        Some((&"the", rest)) => rest.join(" "),
        _ => words.join(" "),
    };
    std::iter::once(&a.name)
        .chain(&a.aliases)
        .chain(&a.capital)
        .any(|n| n.to_lowercase() == words)
}

/// Whether an event of this CAMEO code is symmetric without being marked mutual: consulting,
/// by telephone or at a third place, and negotiating take two sides alike (a visit, hosting and
/// mediation do not).
fn symmetric(code: &str) -> bool {
    matches!(code, "040" | "041" | "044" | "046")
}

/// How many sentences back a group named together stays the one "the two countries" and "both
/// sides" refer to: the sentence before theirs. Further back (where a sentence between may have
/// turned to the conflict's sides), or with no group of the right size, they are the article's
/// main parties.
const RECENT: usize = 1;

fn describe(r: &Referent) -> String {
    match r {
        Referent::Actors(ids) => ids.join(" + "),
        Referent::Parties(Some(n)) => format!("the article's {n} main parties"),
        Referent::Parties(None) => "the article's main parties".into(),
        Referent::KindOfGroup => "the last group named, else the article's main parties".into(),
        Referent::EachOther => "each other".into(),
        Referent::ThirdPerson => "the last person named".into(),
        Referent::ThirdPlural => "the last group named".into(),
        Referent::Speaker => "the quotation's speaker".into(),
    }
}

/// Whether the trigger's verb is in the present tense ("urges", "is deploying", "begins
/// deploying"): the act is current on the publication date, as in headlines and leads.
/// "after four days of strikes", "following two weeks of talks": an act counted in days or
/// weeks with no date in its sentence fills that many days up to `published` (the span
/// from `published` less the count to `published`), as a reader dates it. A count over 8
/// weeks or 60 days, or of months and years, is left to the open interval.
fn days_before(s: &Sentence<'_>, trigger: usize, published: NaiveDate) -> Option<DateSpan> {
    // The "of" before the trigger, over at most two modifiers ("military", "cross-border").
    let of = (trigger.saturating_sub(3)..trigger)
        .rev()
        .find(|&i| s.toks[i].lower == "of")?;
    if of < 2 || s.toks[of + 1..trigger].iter().any(|t| !t.is_word()) {
        return None;
    }
    let count = match timex::lexicon::classify(s.toks[of - 2].lower.as_bytes()) {
        timex::lexicon::Lex::Card(n) => n,
        _ => s.toks[of - 2].lower.parse::<u32>().ok()?,
    };
    let days = match timex::lexicon::classify(s.toks[of - 1].lower.as_bytes()) {
        timex::lexicon::Lex::Unit(timex::lexicon::Unit::Day) => count,
        timex::lexicon::Lex::Unit(timex::lexicon::Unit::Week) => count.saturating_mul(7),
        _ => return None,
    };
    if !(1..=60).contains(&days) {
        return None;
    }
    let from = published.checked_sub_days(chrono::Days::new(u64::from(days)))?;
    DateSpan::interval(
        DateSpan::day(from).start_bound(),
        DateSpan::day(published).end_bound(),
    )
    .ok()
}

fn present_tense(s: &Sentence<'_>, f: &Found<'_>) -> bool {
    let trigger = &s.toks[f.trigger.0].lower;
    let lemma = f.pattern.words.split_whitespace().next().unwrap_or("");
    let third_person = lexicon::inflect_verb(lemma)[1] == *trigger && trigger != lemma;
    let before: Vec<&str> = s.toks[f.trigger.0.saturating_sub(2)..f.trigger.0]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let progressive =
        trigger.ends_with("ing") && before.iter().any(|w| matches!(*w, "is" | "are" | "am"));
    let aspect = before
        .iter()
        .any(|w| matches!(*w, "begins" | "continues" | "starts" | "keeps"))
        || (before.contains(&"continuing")
            && s.toks[f.trigger.0.saturating_sub(5)..f.trigger.0]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "is" | "are" | "be")));
    // "heavy fighting is continuing", "clashes between X and Y continue": an event noun (or
    // gerund) whose verb, within the clause, says it goes on now.
    let nounlike = f.pattern.nominal || trigger.ends_with("ing");
    let end = f.trigger.1.min(s.toks.len());
    let after = &s.toks[end..(end + 8).min(s.toks.len())];
    let goes_on = nounlike
        && after
            .iter()
            .take_while(|t| !matches!(t.lower.as_str(), "," | ";" | "." | "but"))
            .enumerate()
            .any(|(k, t)| match t.lower.as_str() {
                "continues" | "continue" | "rages" | "rage" | "persists" | "persist" => true,
                "is" | "are" => after.get(k + 1).is_some_and(|n| {
                    matches!(
                        n.lower.as_str(),
                        "continuing" | "ongoing" | "raging" | "intensifying" | "escalating"
                    )
                }),
                _ => false,
            });
    third_person || progressive || aspect || goes_on
}

/// Who speaks in a sentence.
enum Attribution {
    /// The actor next to a reporting verb ("Peskov said", "… ," the ministry stated).
    Speaker(Vec<String>),
    /// A reporting verb with no known actor next to it.
    Unknown,
    /// No reporting verb outside quotations.
    None,
}

/// The speaker of a sentence: the actor nearest a reporting verb outside quotations.
fn attribution(s: &Sentence<'_>, last_person: Option<&str>) -> Attribution {
    let Some(verb) = (0..s.toks.len())
        .find(|&i| !s.in_quote[i] && REPORTING_VERBS.contains(&s.toks[i].lower.as_str()))
    else {
        return Attribution::None;
    };
    let nearest = s
        .mentions
        .iter()
        .filter(|m| !s.in_quote[m.first])
        .filter(|m| m.last.abs_diff(verb) <= 8 || m.first.abs_diff(verb) <= 8)
        .min_by_key(|m| {
            if m.last <= verb {
                verb - m.last
            } else {
                m.first.saturating_sub(verb)
            }
        })
        .and_then(|m| match &m.referent {
            Referent::Actors(ids) => Some(ids.clone()),
            Referent::ThirdPerson => last_person.map(|p| vec![p.to_string()]),
            _ => None,
        });
    match nearest {
        Some(ids) => Attribution::Speaker(ids),
        None => Attribution::Unknown,
    }
}

/// The article's main parties: the states mentioned most often (ties by first mention).
fn main_parties(
    sentences: &[Sentence<'_>],
    index: &DictionaryActors<'_>,
    published: Option<NaiveDate>,
) -> Vec<String> {
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut order = 0;
    let at = published.map(DateSpan::day);
    for s in sentences {
        for m in &s.mentions {
            let Referent::Actors(ids) = &m.referent else {
                continue;
            };
            for id in ids {
                let Some(state) = index.state_at(id, at.as_ref()) else {
                    continue;
                };
                let e = counts.entry(state).or_insert((0, order));
                e.0 += 1;
                order += 1;
            }
        }
    }
    let mut ranked: Vec<(String, (usize, usize))> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.1.1.cmp(&b.1.1)));
    // The sides of a conflict come first: states named as a pair after "between", or in
    // "fighting with"/"clashes with"/"war with".
    let mut belligerents: Vec<String> = Vec::new();
    for s in sentences {
        for m in &s.mentions {
            let before = s.toks[..m.first]
                .iter()
                .rev()
                .find(|t| !matches!(t.lower.as_str(), "the" | "both"))
                .map(|t| t.lower.as_str());
            let conflict_word = s.toks[..m.first].iter().rev().take(4).any(|t| {
                matches!(
                    t.lower.as_str(),
                    "fighting" | "clashes" | "war" | "conflict" | "border" | "hostilities"
                )
            });
            if !(before == Some("between") || (before == Some("with") && conflict_word)) {
                continue;
            }
            if let Referent::Actors(ids) = &m.referent {
                for id in ids {
                    if let Some(state) = index.state_at(id, at.as_ref())
                        && !belligerents.contains(&state)
                    {
                        belligerents.push(state);
                    }
                }
            }
        }
    }
    let mut parties = belligerents;
    for (id, _) in ranked {
        if !parties.contains(&id) {
            parties.push(id);
        }
    }
    parties
}

/// Whether `target` is `source`'s own side: the same actor, or two of one state's official
/// side (the state, its government and its military: "Russia" and "Russian troops"). Two actors
/// of one state interact when one of them is outside its state's official side ("Fijian rebels
/// released the Fijian prime minister", "the court barred the opposition leader": domestic
/// events, as CAMEO codes them), or when one is a court, a legislature or the police and the
/// other is not of that branch ("a judge opened an inquiry into government officials": CAMEO's
/// `JUD`, `LEG` and `COP` are bodies of their own). A military's coercion or force against its
/// own state's government (`force`, roots 17-20: "soldiers of the presidential guard detained
/// the president", a coup) is an act between two, too.
fn one_side(index: &DictionaryActors<'_>, source: &str, target: &str, force: bool) -> bool {
    let kind = |id: &str| index.get(id).map(|a| a.kind);
    if force
        && kind(source) == Some(ActorKind::Military)
        && kind(target) == Some(ActorKind::Government)
    {
        return false;
    }
    let branch = |id: &str| {
        index
            .get(id)
            .and_then(|a| a.code.get(3..6))
            .filter(|sector| matches!(*sector, "JUD" | "LEG" | "COP"))
            .map(str::to_string)
    };
    let official = |id: &str| {
        index.get(id).is_some_and(|a| {
            matches!(
                a.kind,
                ActorKind::State | ActorKind::Government | ActorKind::Military
            )
        })
    };
    let state = index.state_of(source);
    target == source
        || state.is_some()
            && state == index.state_of(target)
            && official(source)
            && official(target)
            && branch(source) == branch(target)
}

/// Dated expressions of the cleaned text, by byte range. Without a publication date, only
/// expressions whose value does not depend on the anchor are kept (they resolve the same
/// against two anchors far apart).
fn dates(clean: &str, published: Option<NaiveDate>) -> Vec<timex::Timex> {
    let keep = |t: &timex::Timex| {
        matches!(t.kind, timex::TimexType::Date | timex::TimexType::Time) && t.span.is_some()
    };
    match published {
        Some(p) => timex::tag(clean, p, false)
            .into_iter()
            .filter(keep)
            .collect(),
        None => {
            let a = NaiveDate::from_ymd_opt(1901, 3, 4).expect("valid");
            let b = NaiveDate::from_ymd_opt(2097, 10, 17).expect("valid");
            // Both lists are in text order: the other's rows at the same place are found by
            // binary search.
            let other = timex::tag(clean, b, false);
            timex::tag(clean, a, false)
                .into_iter()
                .filter(keep)
                .filter(|t| {
                    let from = other.partition_point(|o| o.bytes.start < t.bytes.start);
                    other[from..]
                        .iter()
                        .take_while(|o| o.bytes.start == t.bytes.start)
                        .any(|o| o.bytes == t.bytes && o.span == t.span)
                })
                .collect()
        }
    }
}

/// Whether undated event `f` names an event told of before: an event noun after "the",
/// "this" or "that" ("the talks"), or a verb whose object is such a noun of the same root
/// ("Fidan, who chaired the negotiation, ..."). A noun counts in the singular of a plural
/// pattern too ("negotiation" for "negotiations").
fn refers_back(toks: &[text::Tok<'_>], f: &Found<'_>, lexicon: &Lexicon) -> bool {
    let definite = |t: &text::Tok<'_>| matches!(t.lower.as_str(), "the" | "this" | "that");
    let root = f.pattern.event_type.root_number();
    if f.pattern.nominal {
        return f.trigger.0 > 0 && definite(&toks[f.trigger.0 - 1]);
    }
    let from = f.trigger.1.min(toks.len());
    let to = (f.trigger.1 + 3).min(toks.len());
    toks[from..to].windows(2).any(|w| {
        definite(&w[0])
            && [w[1].lower.clone(), format!("{}s", w[1].lower)]
                .iter()
                .flat_map(|word| lexicon.starting_with(word))
                .any(|&p| {
                    let p = &lexicon.patterns[p];
                    p.nominal && p.event_type.root_number() == root
                })
    })
}

#[allow(clippy::too_many_arguments)]
fn make_events(
    article: &Article,
    s: &Sentence<'_>,
    f: &Found<'_>,
    (in_sentence, earlier): (Option<&timex::Timex>, Option<DateSpan>),
    title_line: Option<u64>,
    parties: &[String],
    index: &DictionaryActors<'_>,
    stated: &mut HashMap<String, DateSpan>,
    stem: &str,
    counter: usize,
    out: &mut Extraction,
) -> Vec<Event> {
    let trigger_words = &s.text[s.toks[f.trigger.0].start..s.toks[f.trigger.1 - 1].end];
    // An act announced ("will send troops") is coded as the intent or threat of it, dated when
    // it was announced: a date in the sentence that reaches past publication is the act's.
    let announced = if f.intent {
        crate::model::Codebook::get().intent_of(&f.pattern.event_type.code)
    } else {
        None
    };
    let event_type = announced.unwrap_or(f.pattern.event_type);
    let in_sentence = match (announced, in_sentence, article.published) {
        (Some(_), Some(t), Some(p)) if t.span.and_then(|d| d.end()).is_none_or(|e| e > p) => None,
        _ => in_sentence,
    };
    // The date: the dated expression of the sentence that governs this trigger.
    let present = !s.in_quote[f.trigger.0]
        && (announced.is_some() || present_tense(s, f) || Some(s.line) == title_line);
    let (date, date_note) = match in_sentence {
        None if present && article.published.is_some() => (
            DateSpan::day(article.published.expect("checked")),
            if announced.is_some() {
                "announced: the publication date".to_string()
            } else {
                "present tense or headline: the publication date".to_string()
            },
        ),
        Some(t) => {
            let words = &s.text
                [t.bytes.start - s.clean_offset..(t.bytes.end - s.clean_offset).min(s.text.len())];
            match t.span.expect("kept timexes have spans") {
                // "has been shelling the villages since Monday": an act under way from a date
                // on ("since", "starting") is dated by its start, as a reader dates it (the day,
                // not the open interval "2024-02-26/..").
                DateSpan::Interval {
                    from: Bound::Known(start),
                    to: Bound::Open,
                } => (
                    DateSpan::Single(start),
                    format!("date from '{words}': when it began"),
                ),
                span => (span, format!("date from '{words}'")),
            }
        }
        None => {
            let verbal = event_type.quad_class == QuadClass::VerbalCooperation
                || event_type.quad_class == QuadClass::VerbalConflict;
            let source_state = match &f.source {
                Party::Actors(ids) if !ids.is_empty() => {
                    index.state_at(&ids[0], article.published.map(DateSpan::day).as_ref())
                }
                _ => None,
            };
            match (
                earlier,
                verbal,
                source_state.and_then(|st| stated.get(&st).copied()),
            ) {
                (Some(d), _, _) => (
                    d,
                    "the earlier event of its kind it refers back to: its date".to_string(),
                ),
                (None, true, Some(d)) => (
                    d,
                    "date of the same source's statement earlier in the article".to_string(),
                ),
                _ => match article.published {
                    Some(p) => match days_before(s, f.trigger.0, p) {
                        Some(span) => (
                            span,
                            "no date in the sentence: its days or weeks up to publication"
                                .to_string(),
                        ),
                        None => (
                            DateSpan::until(DateSpan::day(p)),
                            "no date in the sentence: on or before publication".to_string(),
                        ),
                    },
                    None => {
                        out.warnings.push(Diagnostic::new(
                            &article.file,
                            Some(s.line),
                            None,
                            format!(
                                "warning: event '{trigger_words}' not dated: no date in the sentence and no publication date"
                            ),
                        ));
                        note!(out, "    no event from '{}': not dated", f.pattern.words);
                        return Vec::new();
                    }
                },
            }
        }
    };
    let from_text = in_sentence.is_some();
    let at = Some(&date);
    // Participants.
    let expand = |p: &Party, exclude: &[String]| -> Vec<String> {
        match p {
            Party::Actors(ids) => ids.clone(),
            // The sides: when the source is one of the two main parties, the other one;
            // otherwise the two (or as many as the text says).
            Party::Parties(n) => {
                let top: Vec<&String> = parties.iter().take(2).collect();
                if n.is_none_or(|n| n <= 2) && exclude.iter().any(|e| top.contains(&e)) {
                    top.into_iter()
                        .filter(|id| !exclude.contains(id))
                        .cloned()
                        .collect()
                } else {
                    parties
                        .iter()
                        .filter(|id| !exclude.contains(id))
                        .take(n.unwrap_or(2).max(1))
                        .cloned()
                        .collect()
                }
            }
            Party::EachOther => Vec::new(),
        }
    };
    let sources = expand(&f.source, &[]);
    let source_states: Vec<String> = sources
        .iter()
        .filter_map(|id| index.state_at(id, at))
        .collect();
    let mut pairs: Vec<(String, Option<String>)> = Vec::new();
    if f.mutual_pairs || f.target == Some(Party::EachOther) {
        for a in &sources {
            for b in &sources {
                if a != b {
                    pairs.push((a.clone(), Some(b.clone())));
                }
            }
        }
    } else {
        match &f.target {
            None => pairs.extend(sources.iter().map(|s| (s.clone(), None))),
            Some(t) => {
                let targets = expand(t, &source_states);
                // "X shelled the city of Y" in an article with no other side: the act is told,
                // with no target, rather than lost.
                if targets.is_empty() {
                    note!(
                        out,
                        "    '{}': no other side of the article to take as its target",
                        f.pattern.words
                    );
                    pairs.extend(sources.iter().map(|s| (s.clone(), None)));
                }
                for a in &sources {
                    for b in &targets {
                        pairs.push((a.clone(), Some(b.clone())));
                    }
                }
                // A mutual event (fight, meet, negotiate, agree with) and a consultation are
                // coded both ways: "X fought Y" is also Y fighting X, "X phoned Y" is Y
                // consulting X (docs/extraction.md, "Symmetric events"). An act announced
                // is the announcer's intent alone ("X plans to meet Y").
                if (f.pattern.mutual || symmetric(&f.pattern.event_type.code)) && !f.intent {
                    for b in &targets {
                        for a in &sources {
                            if a != b {
                                pairs.push((b.clone(), Some(a.clone())));
                            }
                        }
                    }
                }
            }
        }
    }
    let mut confidence: f64 = 0.6 + f.how.iter().map(|c| c.weight()).sum::<f64>();
    if from_text {
        confidence += 0.1;
    }
    let confidence = confidence.clamp(0.05, 0.95);
    let how = f
        .how
        .iter()
        .map(|c| c.text())
        .collect::<Vec<_>>()
        .join(", ");
    let mut made = Vec::new();
    for (a, b) in pairs {
        let resolve = |id: &str| -> Option<String> {
            let actor = index.get(id)?;
            if actor.stands_for_role() {
                return actor.affiliation_on(&date).map(|aff| aff.actor.clone());
            }
            Some(actor.id.clone())
        };
        let Some(source) = resolve(&a) else {
            note!(
                out,
                "    no event from '{}': '{a}' has no affiliation then",
                f.pattern.words
            );
            continue;
        };
        let target = match &b {
            Some(b) => match resolve(b) {
                Some(t) => Some(t),
                None => continue,
            },
            None => None,
        };
        // "Thousands of Serbians demonstrated against Serbia's new labour law": a protest
        // against its own side is a domestic event, coded as CAMEO codes it, with both sides
        // of one state; so is a curfew or a state of emergency imposed on its own state's land
        // ("Turkish authorities imposed a curfew in a town in Turkey"), or the threat of one
        // (1323, 1324). Any other event between one side's actors is none.
        let domestic = event_type.root_number() == 14
            || matches!(event_type.code.as_str(), "1723" | "1724" | "1323" | "1324");
        // "Opposition parties in Nepal called a general strike": a protest that names no target
        // is dissent against its source's own state, as CAMEO codes domestic dissent; a
        // source of no state keeps no target, and so does an "ethnic" people, a minority whose
        // kin state is not where it lives ("ethnic Armenians demonstrated in Javakheti").
        // (The subject's words just before the trigger: a window, so that a long sentence of
        // many protests costs no more per word.)
        let at = f.trigger.0.min(s.toks.len());
        let ethnic = s.toks[at.saturating_sub(12)..at]
            .iter()
            .any(|t| t.lower == "ethnic");
        // Nor does a state's government or military dissent: "the Azerbaijani government
        // blocked the corridor" (144) is no act against Azerbaijan. (A state's own id may stand
        // for its people, "young Algerians blocked roads", so it is left to the rule.)
        let state_organ = index
            .get(&source)
            .is_some_and(|a| matches!(a.kind, ActorKind::Government | ActorKind::Military));
        // Nor does a state named by its name or its capital (see `named_as_state`).
        let target = match target {
            None if event_type.root_number() == 14
                && !ethnic
                && !state_organ
                && !named_as_state(index, s, at, &source) =>
            {
                let own = index.state_of(&source);
                if let Some(st) = &own {
                    note!(
                        out,
                        "    '{}': names no target: dissent against its source's own state ({st})",
                        f.pattern.words
                    );
                }
                own
            }
            t => t,
        };
        if let Some(t) = &target
            && one_side(
                index,
                &source,
                t,
                (17..=20).contains(&event_type.root_number()),
            )
        {
            if domestic {
                note!(
                    out,
                    "    '{}': its target is its source's own side ({t}): a domestic event",
                    f.pattern.words
                );
            } else {
                note!(
                    out,
                    "    no event from '{}': its source and target are one side ({source}, {t})",
                    f.pattern.words
                );
                continue;
            }
        }
        let name = |id: &Option<String>| {
            id.as_deref()
                .and_then(|i| index.get(i))
                .map_or_else(|| "nobody".to_string(), |a| a.name.clone())
        };
        let summary = format!(
            "{} -> {}: {} (extracted from '{}' by pattern '{}' ({}), confidence {:.2}; {}; {})",
            name(&Some(source.clone())),
            name(&target),
            event_type.name,
            trigger_words,
            f.pattern.words,
            f.pattern.origin,
            confidence,
            how,
            date_note,
        );
        note!(
            out,
            "    event: {} {} {} {} [{}] at char {} ({}){}",
            source,
            event_type.code,
            target.as_deref().unwrap_or("-"),
            date,
            f.pattern.words,
            // Counted only when explaining (the macro evaluates nothing otherwise).
            s.text[..s.toks[f.trigger.0].start].chars().count(),
            how,
            if f.parse.is_empty() {
                String::new()
            } else {
                format!("; parse: {}", f.parse.join(", "))
            }
        );
        if from_text && let Some(st) = index.state_of(&source) {
            stated.entry(st).or_insert(date);
        }
        made.push(Event {
            id: format!("{stem}-{}-{}", s.line, counter + made.len() + 1).into(),
            date,
            source: Some(Arc::from(source.as_str())),
            target: target.as_deref().map(Arc::from),
            event_type,
            summary,
            location: None,
            origin: Origin::Article,
            provenance: vec![Provenance {
                outlet: article.outlet.as_deref().map(Into::into),
                title: article.title.as_deref().map(Into::into),
                published: article.published,
                url: article.url.as_deref().map(Into::into),
                file: Some(article.file.as_str().into()),
                line: Some(s.line),
                quote: Some(
                    crate::model::provenance::one_line(&evidence(
                        s.text,
                        s.toks[f.trigger.0].start,
                        s.toks[f.trigger.1 - 1].end,
                    ))
                    .into(),
                ),
            }],
        });
    }
    made
}

/// The part of an article's path its event ids are made from: a relative path as it is; an
/// absolute one relative to the current folder when it lies below it, else its last folder
/// and file name, so that ids never carry the machine's folders (`/home/ana/...`).
fn id_path(path: &std::path::Path) -> std::path::PathBuf {
    if !path.is_absolute() {
        return path.to_path_buf();
    }
    if let Some(rel) = std::env::current_dir().ok().and_then(|cwd| {
        path.strip_prefix(cwd)
            .ok()
            .map(std::path::Path::to_path_buf)
    }) {
        return rel;
    }
    let names: Vec<&std::ffi::OsStr> = path
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(n) => Some(n),
            _ => None,
        })
        .collect();
    names[names.len().saturating_sub(2)..].iter().collect()
}

/// Whether token `i` opens a new clause, so that a date before it does not govern a trigger
/// after it (or the reverse): a semicolon, "while", "because", "but", "which"...; "as" when a
/// clause follows ("as Ankara backed"), not a noun phrase ("as the Minsk Group").
fn clause_break(toks: &[text::Tok<'_>], i: usize) -> bool {
    match toks[i].lower.as_str() {
        ";" | "while" | "because" | "although" | "but" | "which" | "who" | "whereas" => true,
        "as" => !toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "the" | "a" | "an" | "part")),
        _ => false,
    }
}
