//! The actor file format (TOML `[[actor]]` tables), shared by the built-in registry and the
//! user's own actor files; see `docs/curated-format.md`.

use serde::Deserialize;
use toml::Spanned;

use super::actor::{Actor, ActorKind, Affiliation};
use super::date::DateSpan;
use crate::diag::{Diagnostic, Diagnostics};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActorFile {
    #[serde(default)]
    actor: Vec<Spanned<RawActor>>,
    /// Events may share the file; `ingest::curated_toml` reads them.
    #[serde(default, rename = "event")]
    _event: Vec<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActor {
    id: String,
    name: String,
    #[serde(default)]
    code: String,
    kind: Spanned<String>,
    country: Option<String>,
    parent: Option<String>,
    capital: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    metonyms: Vec<String>,
    #[serde(default)]
    affiliations: Vec<Spanned<RawAffiliation>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAffiliation {
    actor: String,
    #[serde(default)]
    role: String,
    from: Option<String>,
    to: Option<String>,
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> u64 {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
        + 1
}

/// The kind named in an actor file.
pub fn parse_kind(name: &str) -> Option<ActorKind> {
    Some(match name {
        "state" => ActorKind::State,
        "government" => ActorKind::Government,
        "military" => ActorKind::Military,
        "organisation" | "organization" => ActorKind::Organisation,
        "armed_group" => ActorKind::ArmedGroup,
        "person" => ActorKind::Person,
        "other" => ActorKind::Other,
        _ => return None,
    })
}

/// Whether a text is a valid actor id: lower-case ASCII letters, digits and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses the `[[actor]]` tables of a TOML text; every problem is reported with `file` and line.
/// References between actors (parents, affiliations) are checked by the registry's user, once
/// every file is read.
pub fn parse_actor_file(text: &str, file: &str) -> Result<Vec<Actor>, Diagnostics> {
    parse_actor_file_with_lines(text, file).map(|v| v.into_iter().map(|(a, _)| a).collect())
}

/// Like [`parse_actor_file`], with the line of each actor's `[[actor]]` header.
pub fn parse_actor_file_with_lines(
    text: &str,
    file: &str,
) -> Result<Vec<(Actor, u64)>, Diagnostics> {
    let raw: RawActorFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        Diagnostics(vec![Diagnostic::new(
            file,
            line,
            None,
            e.message().trim().to_string(),
        )])
    })?;
    let mut diags = Diagnostics::default();
    let mut actors = Vec::with_capacity(raw.actor.len());
    for spanned in raw.actor {
        let header_line = line_of(text, spanned.span().start);
        let line = Some(header_line);
        let raw = spanned.into_inner();
        if !is_valid_id(&raw.id) {
            diags.push(Diagnostic::new(
                file,
                line,
                Some("id"),
                format!(
                    "'{}' is not a valid id: use lower-case letters, digits and '-'",
                    raw.id
                ),
            ));
        }
        let kind = match parse_kind(raw.kind.get_ref()) {
            Some(k) => k,
            None => {
                diags.push(Diagnostic::new(
                    file,
                    Some(line_of(text, raw.kind.span().start)),
                    Some("kind"),
                    format!(
                        "unknown kind '{}'; expected state, government, military, organisation, \
                         armed_group, person or other",
                        raw.kind.get_ref()
                    ),
                ));
                ActorKind::Other
            }
        };
        // An actor with a code of its own is coded by it: affiliations would be ignored.
        if kind != ActorKind::Person
            && !raw.code.is_empty()
            && let Some(first) = raw.affiliations.first()
        {
            diags.push(Diagnostic::new(
                file,
                Some(line_of(text, first.span().start)),
                Some("affiliations"),
                format!(
                    "'{}' has a code ('{}') and affiliations; an actor other than a person \
                     stands for its affiliations only without a code of its own",
                    raw.id, raw.code
                ),
            ));
        }
        let mut affiliations = Vec::new();
        for a in raw.affiliations {
            let aline = Some(line_of(text, a.span().start));
            let a = a.into_inner();
            let bound = |value: &Option<String>, field: &str, diags: &mut Diagnostics| {
                value.as_deref().and_then(|v| match DateSpan::parse(v) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        diags.push(Diagnostic::new(file, aline, Some(field), e.to_string()));
                        None
                    }
                })
            };
            let from = bound(&a.from, "affiliations.from", &mut diags).and_then(|d| d.start());
            let to = bound(&a.to, "affiliations.to", &mut diags).and_then(|d| d.end());
            affiliations.push(Affiliation {
                actor: a.actor,
                role: a.role,
                from,
                to,
            });
        }
        let country = raw.country.or_else(|| {
            matches!(
                kind,
                ActorKind::State | ActorKind::Government | ActorKind::Military
            )
            .then(|| raw.code.get(..3).map(str::to_string))
            .flatten()
        });
        actors.push((
            Actor {
                id: raw.id,
                name: raw.name,
                code: raw.code,
                kind,
                country,
                parent: raw.parent,
                capital: raw.capital,
                aliases: raw.aliases,
                demonyms: raw.demonyms,
                metonyms: raw.metonyms,
                affiliations,
                dictionary_names: Vec::new(),
                origin: super::actor::ActorOrigin::Casus,
            },
            header_line,
        ));
    }
    diags.into_result().map(|()| actors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_an_actor_file_and_reports_bad_fields_with_lines() {
        let text = r#"
[[actor]]
id = "dmitry-peskov"
name = "Dmitry Peskov"
kind = "person"
aliases = ["Peskov"]
affiliations = [{ actor = "russia-government", role = "Kremlin spokesman", from = "2012-05-22" }]

[[actor]]
id = "Bad Id"
name = "X"
kind = "planet"
"#;
        let e = parse_actor_file(text, "a.toml").unwrap_err();
        let msgs: Vec<String> = e.0.iter().map(|d| d.to_string()).collect();
        assert!(
            msgs.iter().any(|m| m.starts_with("a.toml:9: field 'id'")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("a.toml:12: field 'kind'")),
            "{msgs:?}"
        );
        let ok = parse_actor_file(
            &text[..text.find("[[actor]]\nid = \"Bad").unwrap()],
            "a.toml",
        )
        .unwrap();
        assert_eq!(
            ok[0].affiliations[0].from,
            chrono::NaiveDate::from_ymd_opt(2012, 5, 22)
        );
    }

    #[test]
    fn affiliations_beside_a_code_of_its_own_are_reported() {
        let text = r#"[[actor]]
id = "movement"
name = "Movement"
code = "XYZREB"
kind = "armed_group"
affiliations = [{ actor = "x-government", role = "government", from = "2021" }]
"#;
        let e = parse_actor_file(text, "c.toml").unwrap_err();
        assert!(
            e.0[0]
                .to_string()
                .starts_with("c.toml:6: field 'affiliations'"),
            "{e}"
        );
        let without_code = text.replace("code = \"XYZREB\"\n", "");
        let ok = parse_actor_file(&without_code, "c.toml").unwrap();
        assert!(ok[0].stands_for_role());
    }

    #[test]
    fn a_syntax_error_names_the_line() {
        let e = parse_actor_file("[[actor]]\nid = \"x\"\nname = \n", "b.toml").unwrap_err();
        assert_eq!(e.0[0].line, Some(3), "{e}");
    }
}
