//! Cutting text into overlapping chunks, and embedding them.

use crate::embedding::embed;

/// More chunks than a split may make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OverBudget;

/// The fewest chunks `chars` characters make at `size` characters a chunk: known before
/// splitting, so a text over the quota is refused before anything is allocated.
pub(crate) fn fewest_chunks(chars: usize, size: u32) -> usize {
    chars.div_ceil((size as usize).max(1))
}

/// Splits `text` and embeds the pieces: the heavy part of an ingest, done without the
/// store lock that every other request needs. Stops as soon as it would make more than
/// `budget` chunks.
pub(super) fn prepare(
    text: &str,
    chunk_size: u32,
    chunk_overlap: u32,
    budget: usize,
) -> Result<Vec<(String, Vec<f32>)>, OverBudget> {
    Ok(
        split(text, chunk_size as usize, chunk_overlap as usize, budget)?
            .into_iter()
            .map(|content| {
                let embedding = embed(&content);
                (content, embedding)
            })
            .collect(),
    )
}

/// Splits text into chunks of at most `size` characters, cutting at the largest
/// boundary that fits (paragraph, line, sentence, word, character, in that order) and
/// carrying up to `overlap` characters of the end of each chunk into the next; refused
/// once it makes more than `budget` chunks.
pub(crate) fn split(
    text: &str,
    size: usize,
    overlap: usize,
    budget: usize,
) -> Result<Vec<String>, OverBudget> {
    let size = size.max(1);
    let mut units = Vec::new();
    atomize(text, size, &SEPARATORS, &mut units);
    let mut chunks = Vec::new();
    let mut current: std::collections::VecDeque<&str> = std::collections::VecDeque::new();
    let mut length = 0;
    for unit in units {
        let unit_len = unit.chars().count();
        if length + unit_len > size && !current.is_empty() {
            if chunks.len() >= budget {
                return Err(OverBudget);
            }
            chunks.push(current.iter().copied().collect::<String>());
            while length > overlap || (length + unit_len > size && !current.is_empty()) {
                let Some(dropped) = current.pop_front() else {
                    break;
                };
                length -= dropped.chars().count();
            }
        }
        current.push_back(unit);
        length += unit_len;
    }
    if !current.is_empty() {
        if chunks.len() >= budget {
            return Err(OverBudget);
        }
        chunks.push(current.iter().copied().collect());
    }
    chunks.retain(|c| !c.trim().is_empty());
    Ok(chunks)
}

/// Boundaries to cut at, largest first; each piece keeps its separator.
const SEPARATORS: [&str; 4] = ["\n\n", "\n", ". ", " "];

/// Breaks `text` into pieces of at most `size` characters, by the largest separator
/// that makes them fit; characters as a last resort.
fn atomize<'a>(text: &'a str, size: usize, separators: &[&str], out: &mut Vec<&'a str>) {
    if text.chars().count() <= size {
        if !text.is_empty() {
            out.push(text);
        }
        return;
    }
    let Some((separator, rest)) = separators.split_first() else {
        // Single characters, so the overlap can be honoured to the character.
        out.extend(text.char_indices().map(|(i, c)| &text[i..i + c.len_utf8()]));
        return;
    };
    for piece in text.split_inclusive(separator) {
        atomize(piece, size, rest, out);
    }
}

#[cfg(test)]
mod tests {
    use super::{OverBudget, fewest_chunks};

    fn split(text: &str, size: usize, overlap: usize) -> Vec<String> {
        super::split(text, size, overlap, usize::MAX).unwrap()
    }

    #[test]
    fn a_split_stops_at_its_budget() {
        let text = "abcdefghij".repeat(100);
        assert_eq!(super::split(&text, 20, 10, 98), Err(OverBudget));
        assert_eq!(super::split(&text, 20, 10, 99).map(|c| c.len()), Ok(99));
        assert_eq!(fewest_chunks(1_000, 20), 50);
        assert_eq!(fewest_chunks(1_001, 20), 51);
    }

    #[test]
    fn chunks_overlap_by_characters() {
        assert_eq!(split("abcdefghij", 4, 1), ["abcd", "defg", "ghij"]);
        assert_eq!(split("héllowörld", 5, 0), ["héllo", "wörld"]);
        assert!(split("", 5, 1).is_empty());
    }

    #[test]
    fn chunks_cut_at_the_largest_boundary_that_fits() {
        let text = "First paragraph here.\n\nSecond one, a bit longer.\n\nThird.";
        assert_eq!(
            split(text, 30, 0),
            [
                "First paragraph here.\n\n",
                "Second one, a bit longer.\n\n",
                "Third."
            ]
        );
        let words = split("one two three four five six", 10, 4);
        assert!(words.iter().all(|c| c.chars().count() <= 10), "{words:?}");
        assert_eq!(
            words
                .concat()
                .split_whitespace()
                .collect::<Vec<_>>()
                .first(),
            Some(&"one")
        );
        // The overlap repeats the end of a chunk at the start of the next.
        assert_eq!(words[0], "one two ");
        assert!(words[1].starts_with("two "), "{words:?}");
    }

    #[test]
    fn no_text_is_lost_without_overlap() {
        let text =
            "Lorem ipsum dolor sit amet. Consectetur adipiscing elit.\nSed do eiusmod.\n\nTempor.";
        for size in [1, 3, 7, 20, 200] {
            let chunks = split(text, size, 0);
            assert!(
                chunks.iter().all(|c| c.chars().count() <= size),
                "size {size}: {chunks:?}"
            );
            // Chunks of nothing but white space are not kept; every other character is.
            let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(visible(&chunks.concat()), visible(text), "size {size}");
        }
    }
}
