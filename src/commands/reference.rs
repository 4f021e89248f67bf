//! The reference commands: `casus codebook` (the CAMEO codes) and `casus actors` (the registry).

use std::io::{self, BufWriter};

use super::*;
use crate::cli::{ActorsArgs, CodebookArgs};
use crate::model::actor_file::parse_kind;
use crate::model::{ActorOrigin, Codebook};
use crate::{ingest, normalize};

pub(super) fn codebook(args: CodebookArgs) -> anyhow::Result<()> {
    let roots: Vec<u8> = args
        .roots
        .iter()
        .map(|r| parse_root(r).map_err(|e| UsageError(format!("--root: {e}"))))
        .collect::<Result<_, _>>()?;
    let stdout = io::stdout().lock();
    let mut w = csv::Writer::from_writer(BufWriter::new(stdout));
    w.write_record(crate::model::codebook::COLUMNS)?;
    for t in Codebook::get().iter() {
        if !roots.is_empty() && !roots.contains(&t.root_number()) {
            continue;
        }
        w.write_record([
            t.code.as_str(),
            &t.name,
            &t.root,
            &t.goldstein.to_string(),
            &t.quad_class.number().to_string(),
            t.plover.as_deref().unwrap_or(""),
            t.plover_mode.as_deref().unwrap_or(""),
            t.plover_context.as_deref().unwrap_or(""),
        ])?;
    }
    w.flush()?;
    Ok(())
}

pub(super) fn actors(args: ActorsArgs) -> anyhow::Result<()> {
    let kind = match &args.kind {
        Some(k) => Some(parse_kind(k).ok_or_else(|| {
            UsageError(format!(
                "--kind '{k}': expected state, government, military, organisation, armed_group, \
                 person or other"
            ))
        })?),
        None => None,
    };
    let origin = match &args.origin {
        Some(o) => Some(ActorOrigin::parse(o).ok_or_else(|| {
            UsageError(format!(
                "--origin '{o}': expected casus, user, petrarch or phoenix"
            ))
        })?),
        None => None,
    };
    let inputs = ingest::read_inputs(&args.input.paths, &args.input.actor_files, None)?;
    inputs.problems.clone().into_result()?;
    let registry = normalize::registry(
        inputs.actors,
        &inputs.petrarch_actors,
        normalize::base_registry(true),
    )?;
    let stdout = io::stdout().lock();
    let mut w = csv::Writer::from_writer(BufWriter::new(stdout));
    w.write_record([
        "id",
        "name",
        "code",
        "kind",
        "country",
        "parent",
        "aliases",
        "affiliations",
        "origin",
    ])?;
    for a in registry.iter() {
        if kind.is_some_and(|k| k != a.kind) || origin.is_some_and(|o| o != a.origin) {
            continue;
        }
        let names: Vec<&str> = a
            .aliases
            .iter()
            .chain(&a.demonyms)
            .chain(&a.capital)
            .chain(&a.metonyms)
            .chain(&a.dictionary_names)
            .map(String::as_str)
            .collect();
        let affiliations: Vec<String> = a
            .affiliations
            .iter()
            .map(|f| {
                let day = |d: Option<chrono::NaiveDate>| {
                    d.map(|d| d.to_string()).unwrap_or_else(|| "..".into())
                };
                format!("{} ({}, {}/{})", f.actor, f.role, day(f.from), day(f.to))
            })
            .collect();
        w.write_record([
            a.id.as_str(),
            &crate::formats::guard(&a.name),
            &a.code,
            a.kind.as_str(),
            a.country.as_deref().unwrap_or(""),
            a.parent.as_deref().unwrap_or(""),
            &crate::formats::guard(&names.join("; ")),
            &affiliations.join("; "),
            a.origin.as_str(),
        ])?;
    }
    w.flush()?;
    Ok(())
}
