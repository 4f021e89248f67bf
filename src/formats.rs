//! What casus's own file formats share between the stage that writes them (export) and the
//! one that reads them back (ingest): the keys of a JSON Lines record, and the guard against
//! spreadsheet formulas in CSV cells with its undoing.

/// The keys of a line, in the order they are written.
pub const KEYS: [&str; 16] = [
    "id",
    "date",
    "start",
    "end",
    "precision",
    "source",
    "target",
    "event_code",
    "event",
    "goldstein",
    "quad_class",
    "summary",
    "location",
    "origin",
    "provenance",
    "actors",
];

/// The keys of an actor record of `actors`, in the order they are written.
pub const ACTOR_KEYS: [&str; 6] = ["id", "name", "code", "kind", "country", "parent"];

/// The keys of a provenance record, in the order they are written.
pub const SOURCE_KEYS: [&str; 7] = [
    "outlet",
    "title",
    "published",
    "url",
    "file",
    "line",
    "quote",
];

/// The first characters that make a spreadsheet read a cell as a formula (OWASP).
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Guards a free-text cell against formula injection (`timeline.csv`'s `formula_guard`, `rejects.csv`):
/// a cell that starts with a trigger, or with apostrophes and then a trigger, gets one more
/// leading apostrophe, which [`unguard`] removes again on input.
pub fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.trim_start_matches('\'').starts_with(FORMULA_TRIGGERS) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Undoes the formula guard casus applies on export: one leading `'` is removed from a cell
/// whose apostrophes are followed by `= + - @`, tab or CR.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_TRIGGERS) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_only_cells_that_start_with_a_trigger() {
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("-2"), "'-2");
        assert_eq!(guard("\tx"), "'\tx");
        assert_eq!(guard("Russia = big"), "Russia = big");
        for cell in ["+7 dead", "'=x", "''@y", "'quoted'", "plain", "'"] {
            assert_eq!(unguard(&guard(cell)), cell);
        }
    }
}
