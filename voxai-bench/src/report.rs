//! Rows of figures, each with its baseline, ratio and target; printed as a table or JSON.

use comfy_table::presets::UTF8_BORDERS_ONLY;
use comfy_table::{Cell, Table};
use serde::Serialize;

/// Which way a target points.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Bound {
    AtMost(f64),
    AtLeast(f64),
}

/// What the target is about: the ratio to the baseline, or the figure itself.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum On {
    Ratio,
    Figure,
}

/// A measured value with its unit.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Value {
    pub(crate) value: f64,
    pub(crate) unit: &'static str,
}

impl Value {
    pub(crate) fn new(value: f64, unit: &'static str) -> Self {
        Self { value, unit }
    }

    fn show(&self) -> String {
        format!("{} {}", round(self.value), self.unit)
    }
}

/// One row of the table.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Row {
    pub(crate) id: &'static str,
    pub(crate) what: String,
    pub(crate) figure: Value,
    pub(crate) baseline: Option<(String, Value)>,
    pub(crate) ratio: Option<f64>,
    pub(crate) on: On,
    pub(crate) target: Bound,
    /// What `--gate` holds the row to when not twice its target: for a row whose target
    /// is not met yet, twice what it measures today (a regression guard).
    pub(crate) gate: Option<Bound>,
}

impl Row {
    /// A row whose target is on the ratio of `figure` to `baseline`.
    pub(crate) fn ratio(
        id: &'static str,
        what: impl Into<String>,
        figure: Value,
        baseline: (&str, Value),
        ratio: f64,
        target: Bound,
    ) -> Self {
        Self {
            id,
            what: what.into(),
            figure,
            baseline: Some((baseline.0.to_owned(), baseline.1)),
            ratio: Some(ratio),
            on: On::Ratio,
            target,
            gate: None,
        }
    }

    /// A row whose target is on the figure itself (a baseline, if any, is for scale).
    pub(crate) fn figure(
        id: &'static str,
        what: impl Into<String>,
        figure: Value,
        baseline: Option<(&str, Value)>,
        target: Bound,
    ) -> Self {
        let ratio = baseline
            .as_ref()
            .map(|(_, b)| figure.value / b.value)
            .filter(|r| r.is_finite());
        Self {
            id,
            what: what.into(),
            figure,
            baseline: baseline.map(|(name, value)| (name.to_owned(), value)),
            ratio,
            on: On::Figure,
            target,
            gate: None,
        }
    }

    /// Holds `--gate` to `bound` instead of twice the target: for a row whose target is
    /// known not to be met on this machine yet.
    pub(crate) fn gate(mut self, bound: Bound) -> Self {
        self.gate = Some(bound);
        self
    }

    fn judged(&self) -> f64 {
        match self.on {
            On::Ratio => self.ratio.unwrap_or(f64::NAN),
            On::Figure => self.figure.value,
        }
    }

    pub(crate) fn met(&self) -> bool {
        let v = self.judged();
        match self.target {
            Bound::AtMost(t) => v <= t,
            Bound::AtLeast(t) => v >= t,
        }
    }

    /// More than twice past the target: a regression, not noise.
    pub(crate) fn grossly_missed(&self) -> bool {
        // A figure that is not a number (nothing measured) counts as missed.
        let v = self.judged();
        let limit = self.gate.unwrap_or(match self.target {
            Bound::AtMost(t) => Bound::AtMost(2.0 * t),
            Bound::AtLeast(t) => Bound::AtLeast(t / 2.0),
        });
        v.is_nan()
            || match limit {
                Bound::AtMost(t) => v > t,
                Bound::AtLeast(t) => v < t,
            }
    }

    fn target_text(&self) -> String {
        let subject = match self.on {
            On::Ratio => "ratio".to_owned(),
            On::Figure => self.figure.unit.to_owned(),
        };
        match self.target {
            Bound::AtMost(t) => format!("{subject} ≤ {}", round(t)),
            Bound::AtLeast(t) => format!("{subject} ≥ {}", round(t)),
        }
    }

    /// One line, for progress on stderr.
    pub(crate) fn line(&self) -> String {
        format!(
            "{}: {}{} (target {}) {}",
            self.id,
            self.figure.show(),
            self.ratio
                .map(|r| format!(", ratio {}", round(r)))
                .unwrap_or_default(),
            self.target_text(),
            if self.met() { "met" } else { "MISSED" }
        )
    }
}

/// Three significant digits, without trailing noise.
fn round(v: f64) -> String {
    if !v.is_finite() {
        return "-".to_owned();
    }
    let magnitude = v.abs();
    if magnitude >= 100.0 {
        format!("{v:.0}")
    } else if magnitude >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

#[derive(Debug, Default)]
pub(crate) struct Report {
    rows: Vec<Row>,
}

impl Report {
    pub(crate) fn push(&mut self, row: Row) {
        self.rows.push(row);
    }

    pub(crate) fn table(&self) -> String {
        let mut table = Table::new();
        table
            .load_preset(UTF8_BORDERS_ONLY)
            .set_header(["row", "what", "figure", "baseline", "ratio", "target", ""]);
        for row in &self.rows {
            table.add_row([
                Cell::new(row.id),
                Cell::new(&row.what),
                Cell::new(row.figure.show()),
                Cell::new(
                    row.baseline
                        .as_ref()
                        .map(|(name, v)| format!("{} ({name})", v.show()))
                        .unwrap_or_default(),
                ),
                Cell::new(row.ratio.map(round).unwrap_or_default()),
                Cell::new(row.target_text()),
                Cell::new(if row.met() { "met" } else { "missed" }),
            ]);
        }
        table.to_string()
    }

    pub(crate) fn json(&self) -> String {
        #[derive(Serialize)]
        struct Out<'a> {
            #[serde(flatten)]
            row: &'a Row,
            met: bool,
        }
        let rows: Vec<Out<'_>> = self
            .rows
            .iter()
            .map(|row| Out {
                row,
                met: row.met(),
            })
            .collect();
        serde_json::to_string_pretty(&rows).unwrap_or_default()
    }

    pub(crate) fn grossly_missed(&self) -> Vec<&'static str> {
        self.rows
            .iter()
            .filter(|r| r.grossly_missed())
            .map(|r| r.id)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gross_means_twice_past_the_target_unless_the_row_says_otherwise() {
        let row = |v| Row::figure("r", "", Value::new(v, "ms"), None, Bound::AtMost(10.0));
        assert!(row(9.0).met() && !row(9.0).grossly_missed());
        assert!(!row(15.0).met() && !row(15.0).grossly_missed());
        assert!(row(25.0).grossly_missed());
        assert!(!row(25.0).gate(Bound::AtMost(30.0)).grossly_missed());
        assert!(row(f64::NAN).grossly_missed());
        let ratio = Row::ratio(
            "q",
            "",
            Value::new(1.0, "x"),
            ("b", Value::new(1.0, "x")),
            0.4,
            Bound::AtLeast(0.95),
        );
        assert!(ratio.grossly_missed());
    }
}
