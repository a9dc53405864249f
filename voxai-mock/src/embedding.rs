//! A deterministic local text embedding: hashed bag of stemmed words and trigrams.
//!
//! No network and no model: good enough that the chunk holding the answer to a plain
//! question shares the most meaningful words with it and comes first.

/// Dimensions of the embedding.
pub(crate) const DIMS: usize = 512;

const STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from",
    "has", "have", "how", "i", "if", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our",
    "so", "that", "the", "their", "there", "this", "to", "was", "we", "what", "when", "where",
    "which", "who", "why", "will", "with", "you", "your",
];

/// FNV-1a: stable across runs and platforms, unlike `std`'s hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Strips common English endings so "hours" meets "hour" and "opening" meets "open".
fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.chars().count() >= 3 {
                return stem;
            }
        }
    }
    word
}

/// The meaningful words of a text, lower-cased and stemmed.
fn terms(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| stem(&w).to_owned())
        .collect()
}

fn add(vector: &mut [f32], feature: &str, weight: f32) {
    let hash = fnv1a(feature.as_bytes());
    let index = (hash % DIMS as u64) as usize;
    // A second hash bit picks the sign, so collisions cancel out rather than add up.
    let sign = if hash >> 63 == 0 { 1.0 } else { -1.0 };
    vector[index] += sign * weight;
}

/// The unit-length embedding of a text (all zeros for a text without words).
pub(crate) fn embed(text: &str) -> Vec<f32> {
    let mut vector = vec![0.0f32; DIMS];
    for term in terms(text) {
        add(&mut vector, &term, 1.0);
        let chars: Vec<char> = format!("#{term}#").chars().collect();
        for gram in chars.windows(3) {
            add(&mut vector, &gram.iter().collect::<String>(), 0.25);
        }
    }
    let norm = vector.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        vector.iter_mut().for_each(|x| *x /= norm);
    }
    vector
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cosine similarity of two unit vectors.
    fn cosine(a: &[f32], b: &[f32]) -> f32 {
        a.iter().zip(b).map(|(x, y)| x * y).sum()
    }

    #[test]
    fn the_answer_ranks_first() {
        let chunks = [
            "Our office is located at 12 Harbour Street, Springfield.",
            "Business hours are Monday to Friday, 9am to 5pm. We are closed on public holidays.",
            "Refunds are issued within 14 days of a return being received.",
            "You can reset your password from the account settings page.",
        ];
        let questions = [
            ("What are your business hours?", 1),
            ("Where is the office?", 0),
            ("How long do refunds take?", 2),
            ("How do I reset my password?", 3),
        ];
        let embedded: Vec<_> = chunks.iter().map(|c| embed(c)).collect();
        for (question, expected) in questions {
            let q = embed(question);
            let best = (0..chunks.len())
                .max_by(|a, b| cosine(&q, &embedded[*a]).total_cmp(&cosine(&q, &embedded[*b])))
                .unwrap();
            assert_eq!(best, expected, "{question}");
        }
    }

    #[test]
    fn deterministic_and_unit_length() {
        let a = embed("Hello world");
        assert_eq!(a, embed("Hello world"));
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-5);
        assert!(embed("the and of").iter().all(|x| *x == 0.0));
    }
}
