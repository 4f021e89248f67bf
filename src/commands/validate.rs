//! `casus validate`: read the inputs as `build` would and report every problem, writing nothing.

use super::*;
use crate::cli::ValidateArgs;
use crate::ingest;

pub(super) fn validate(args: ValidateArgs) -> anyhow::Result<()> {
    let data = DatasetArgs {
        forced: args.input_format,
        filter: None,
        stream: ingest::dataset::StreamOptions {
            skip_bad: args.skip_bad,
            rejects: args.skip_bad.then(|| args.rejects.clone()),
            progress: true,
            count_only: true,
            memory: None,
        },
    };
    let outputs = if args.skip_bad {
        vec![args.rejects.clone()]
    } else {
        Vec::new()
    };
    let loaded = load_with(&args.input, None, &outputs, &data)?;
    let rejected = loaded.tally.map_or(0, |t| t.rejected);
    if let Some(tally) = loaded.tally {
        eprintln!("casus: {tally}");
    }
    if rejected > 0 {
        return Err(crate::diag::Diagnostics(vec![crate::diag::Diagnostic::new(
            args.rejects.display().to_string(),
            None,
            None,
            format!(
                "{rejected} bad row{} written here, each with its file, line, column and reason",
                if rejected == 1 { "" } else { "s" }
            ),
        )])
        .into());
    }
    println!(
        "ok: {} events in {} files, {} actors known; no problems found",
        // The dataset events were counted, not kept.
        loaded.events.len() as u64 + loaded.tally.map_or(0, |t| t.kept),
        loaded.files,
        loaded.registry.len()
    );
    Ok(())
}
