//! The vectorize stage of a streamed run: the clustering vocabulary from document
//! frequencies (each distinct text weighted by its copies, so the figures are those of
//! every row), then one TF-IDF row per distinct text, which its copies share, made
//! when clustering reads it.

use rayon::prelude::*;

use super::texts::DistinctTexts;
use crate::cluster::TermRows;
use crate::vectorize::{Vocabulary, VocabularyBuilder};

/// The clustering vocabulary of the scored rows (blanks and non-answers left out).
pub(super) fn fit_vocabulary(texts: &DistinctTexts) -> Vocabulary {
    let mut df = vec![0u32; texts.terms().len()];
    let mut n_docs = 0usize;
    let mut seen: Vec<u32> = Vec::new();
    for (i, &copies) in texts.copies.iter().enumerate() {
        if texts.non_answer(i) {
            continue;
        }
        n_docs += copies as usize;
        seen.clear();
        seen.extend(texts.term_ids(i));
        seen.sort_unstable();
        seen.dedup();
        for &t in &seen {
            df[t as usize] += copies;
        }
    }
    let counts = texts
        .terms()
        .iter()
        .zip(df)
        .filter(|&(_, df)| df > 0)
        .map(|(t, df)| (t.as_str(), df));
    VocabularyBuilder {
        min_df: if n_docs >= 100 { 2 } else { 1 },
        max_df_ratio: 0.5,
        max_terms: None,
    }
    .fit_counts(n_docs, counts)
    .expect("fixed vocabulary parameters are valid")
}

/// The TF-IDF row of every distinct text, made when clustering asks for it (rows share
/// their text's: see [`crate::cluster::ClusterInput::terms_into`]) instead of kept:
/// clustering reads the rows it fits on and one row per distinct vector, so a matrix
/// of every text's row would only hold memory. Only each row's length is kept.
#[derive(Debug)]
pub(super) struct TextRows<'a> {
    texts: &'a DistinctTexts,
    vocab: &'a Vocabulary,
    /// Each clustering term's vocabulary column, if it has one.
    column: Vec<Option<u32>>,
    /// Entries in each text's row.
    lens: Vec<u32>,
}

impl<'a> TextRows<'a> {
    /// The rows of `texts` in `vocab` (their lengths counted in parallel).
    pub(super) fn new(texts: &'a DistinctTexts, vocab: &'a Vocabulary) -> Self {
        let column: Vec<Option<u32>> = texts.terms().iter().map(|t| vocab.id(t)).collect();
        let lens = (0..texts.len())
            .into_par_iter()
            .with_min_len(4096)
            .map_init(Vec::new, |ids, i| {
                ids.clear();
                ids.extend(texts.term_ids(i).filter_map(|t| column[t as usize]));
                ids.sort_unstable();
                ids.dedup();
                u32::try_from(ids.len()).expect("under 4 billion terms in a text")
            })
            .collect();
        TextRows {
            texts,
            vocab,
            column,
            lens,
        }
    }
}

impl TermRows for TextRows<'_> {
    fn row_len(&self, t: usize) -> usize {
        self.lens[t] as usize
    }

    fn push_row(&self, t: usize, out: &mut Vec<(usize, f32)>) {
        let ids: Vec<u32> = self
            .texts
            .term_ids(t)
            .filter_map(|t| self.column[t as usize])
            .collect();
        out.extend(
            self.vocab
                .row_of_columns(ids)
                .into_iter()
                .map(|(c, w)| (c as usize, w)),
        );
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::texts::{DistinctText, TextDigest};
    use super::*;
    use crate::redact::RedactedText;

    #[test]
    fn rows_made_when_asked_are_the_matrix_rows() {
        let docs: Vec<Vec<String>> = [
            "wait long wait",
            "park car",
            "staff",
            "car wait",
            "kind staff nurse",
        ]
        .iter()
        .map(|d| d.split(' ').map(str::to_string).collect())
        .collect();
        let mut texts = DistinctTexts::new(&super::super::text_spill::test_dir());
        for doc in &docs {
            let joined = doc.join(" ");
            texts.reserve(TextDigest::of(joined.as_bytes()), 0);
            let text = DistinctText {
                text: RedactedText::assume_redacted(joined),
                redactions: BTreeMap::new(),
                blank: false,
                non_answer: false,
            };
            texts.fill(text, None, doc).unwrap();
        }
        let vocab = fit_vocabulary(&texts);
        let rows = TextRows::new(&texts, &vocab);
        let matrix = vocab.transform(&docs);
        for t in 0..docs.len() {
            assert_eq!(rows.row_len(t), matrix.row_len(t), "text {t}");
            let (mut made, mut kept) = (Vec::new(), Vec::new());
            rows.push_row(t, &mut made);
            matrix.push_row(t, &mut kept);
            assert_eq!(made, kept, "text {t}");
        }
        assert!(rows.row_len(0) > 0);
    }
}
