//! Fitting a table to the width it is shown at, without splitting words.

use comfy_table::{ColumnConstraint, Table, Width};

/// The longest word a column is kept wide enough for; longer ones may still break.
const WHOLE_WORD_MAX: usize = 24;

/// Makes every column at least as wide as its longest word (up to 24 characters), so a
/// narrow terminal wraps cells between words instead of splitting them; where even that
/// does not fit, the rightmost columns (the least needed: tables put identifiers first)
/// are left out, keeping at least two.
pub fn keep_words_whole(mut table: Table) -> Table {
    let mut widest: Vec<usize> = Vec::new();
    let rows = table.header().into_iter().chain(table.row_iter());
    for row in rows {
        for (at, cell) in row.cell_iter().enumerate() {
            let word = cell
                .content()
                .split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
            if widest.len() <= at {
                widest.resize(at + 1, 0);
            }
            widest[at] = widest[at].max(word.min(WHOLE_WORD_MAX));
        }
    }
    // Each column takes its width plus three for its border and padding.
    let fits = |shown: usize| {
        widest[..shown].iter().map(|w| w + 3).sum::<usize>()
            < usize::from(table.width().unwrap_or(u16::MAX))
    };
    let mut shown = widest.len();
    while shown > 2 && !fits(shown) {
        shown -= 1;
    }
    for (at, (column, width)) in table.column_iter_mut().zip(widest.iter()).enumerate() {
        // comfy-table's widths include the cell's padding, one space each side.
        let width = u16::try_from(*width + 2).unwrap_or(u16::MAX);
        column.set_constraint(if at < shown {
            ColumnConstraint::LowerBoundary(Width::Fixed(width))
        } else {
            ColumnConstraint::Hidden
        });
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_table_wraps_between_words() {
        let header = ["ID", "ROOM", "STATUS", "TYPE", "STARTED (UTC)", "DURATION"];
        let row = [
            "12",
            "proj_support-line",
            "completed",
            "voice",
            "2026-03-31 10:00:00",
            "95 s",
        ];
        let render = |whole: bool| {
            let mut narrow = Table::new();
            narrow
                .load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                .set_header(header);
            narrow.add_row(row.map(str::to_owned).to_vec());
            narrow.set_width(60);
            if whole {
                narrow = keep_words_whole(narrow);
            }
            narrow.to_string()
        };
        // Without the constraint comfy-table splits words to fit (the probe that this
        // test can fail); with it, every word stays whole.
        let split = render(false);
        assert!(
            !split.contains("completed") || !split.contains("proj_support-line"),
            "{split}"
        );
        let whole = render(true);
        for word in [
            "proj_support-line",
            "completed",
            "STATUS",
            "2026-03-31",
            "10:00:00",
        ] {
            assert!(whole.contains(word), "{word} was split:\n{whole}");
        }
        // What did not fit is left out, from the right.
        assert!(!whole.contains("DURATI"), "{whole}");
        assert!(whole.lines().all(|l| l.chars().count() <= 60), "{whole}");
    }
}
