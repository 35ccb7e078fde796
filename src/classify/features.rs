//! [`FeatureSpace`]: one sparse row per comment from its words, character n-grams,
//! keyword-rule hits and survey context (question type, service type, rating).
//!
//! Column layout, in blocks: word terms (stems, stem bigrams and, optionally, phrases:
//! bigrams of the words as written, stop words kept, as "on time") | hashed character
//! n-grams | one column per keyword rule | question type | service type | rating |
//! rating × question type | the themes' dense block (optional) — the theme models' part
//! ends here — | question type × word block (sentiment) | sentiment's dense block. Each
//! text block is sublinear-TF × IDF, L2-normalised, then scaled by its block weight so
//! no block drowns the others; a dense block is the unit-length mean of the comment's
//! word vectors (see [`EmbeddingTable`]) times its weight.

use std::cell::RefCell;
use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::bucket_index::BucketIndex;
use super::char_ngrams::{for_each_bucket, BUCKETS};
use super::column_counts::ColumnCounts;
use super::embeddings::EmbeddingTable;
use super::label_set::LabelSet;
use super::rules::KeywordRules;
use super::taxonomy::N_LABELS;
use super::term_columns::TermColumns;
use super::thread_scratch::with_thread_scratch;
use super::word_memo::{new_owner_id, WordMemo};
use crate::clean::QuestionType;
use crate::text::{Analyzer, Word};
use crate::vectorize::{Vocabulary, VocabularyBuilder, VocabularyError};

/// How features are made. Part of a saved model; checked by [`FeatureParams::check`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureParams {
    /// Add bigrams of consecutive terms.
    pub word_bigrams: bool,
    /// A word term must appear in this many training comments.
    pub word_min_df: u32,
    /// Keep at most this many word terms (most frequent first).
    pub word_max_terms: usize,
    /// Shortest character n-gram (0 turns character n-grams off).
    pub char_min_n: usize,
    /// Longest character n-gram.
    pub char_max_n: usize,
    /// A character n-gram bucket must appear in this many training comments.
    pub char_min_df: u32,
    /// Keep at most this many buckets (at most 65,535).
    pub char_max_buckets: usize,
    /// Add one indicator column per keyword rule.
    pub rules: bool,
    /// Add question type, service type and rating columns.
    pub context: bool,
    /// Add the word block again, crossed with the question type, for the sentiment
    /// model ("Nothing" answers "what could improve?" with praise and "what was good?"
    /// with a complaint). The theme models do not use it: it measured no better there.
    #[serde(default)]
    pub question_cross: bool,
    /// Add phrases to the word block: bigrams of consecutive words as written, stop
    /// words kept ("on time", "no one", "kept waiting"), which stemmed content terms lose.
    #[serde(default)]
    pub phrases: bool,
    /// Scale of the word block.
    pub weight_words: f32,
    /// Scale of the character block.
    pub weight_chars: f32,
    /// Value of a rule indicator that fires.
    pub weight_rules: f32,
    /// Value of a context indicator that is set.
    pub weight_context: f32,
    /// Scale of the dense block (sentiment only): the unit-length mean of the vectors of
    /// the comment's words in the model's [`EmbeddingTable`]. 0 means no dense block,
    /// and no table is needed.
    #[serde(default)]
    pub weight_embeddings: f32,
    /// Put the dense block in a slot per question type (as the question × word block),
    /// rather than in one slot shared by all questions.
    #[serde(default)]
    pub embeddings_by_question: bool,
    /// Scale of the themes' dense block: the same unit-length mean of the comment's word
    /// vectors, in one slot the theme models and the "no label fits" head read (placed
    /// before the question type × word block). Words no training comment tied to a label
    /// ("oven", "sweltering") still land near words that were ("hot", "temperature").
    /// 0 means none.
    #[serde(default)]
    pub weight_theme_embeddings: f32,
}

impl Default for FeatureParams {
    fn default() -> Self {
        FeatureParams {
            word_bigrams: true,
            word_min_df: 2,
            word_max_terms: 12_000,
            char_min_n: 2,
            char_max_n: 5,
            char_min_df: 3,
            char_max_buckets: 20_000,
            rules: true,
            context: true,
            question_cross: true,
            phrases: true,
            weight_words: 1.0,
            weight_chars: 1.0,
            weight_rules: 0.5,
            weight_context: 0.3,
            weight_embeddings: 0.0,
            embeddings_by_question: true,
            weight_theme_embeddings: 0.0,
        }
    }
}

/// A feature hyper-parameter out of range.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FeatureError {
    /// Character n-gram lengths are inconsistent.
    #[error(
        "character n-grams need 1 <= char_min_n <= char_max_n <= 8 (or char_min_n = 0 for none)"
    )]
    CharRange,
    /// Too many buckets to index with 16 bits.
    #[error("char_max_buckets must be at most 65535")]
    TooManyBuckets,
    /// The word vocabulary parameters were rejected.
    #[error(transparent)]
    Vocabulary(#[from] VocabularyError),
    /// A dense block was asked for without an embedding table.
    #[error("weight_embeddings > 0 or weight_theme_embeddings > 0 needs an embedding table (models/embeddings/embeddings.bin; --embeddings FILE)")]
    NoEmbeddingTable,
    /// A dense block's scale is negative or not a number.
    #[error("weight_embeddings and weight_theme_embeddings must be finite numbers >= 0")]
    EmbeddingWeight,
}

impl FeatureParams {
    /// Checks the parameters once, before fitting.
    pub fn check(&self) -> Result<(), FeatureError> {
        if self.char_min_n > 0 && !(self.char_min_n <= self.char_max_n && self.char_max_n <= 8) {
            return Err(FeatureError::CharRange);
        }
        if self.char_max_buckets > usize::from(u16::MAX) {
            return Err(FeatureError::TooManyBuckets);
        }
        let weights = [self.weight_embeddings, self.weight_theme_embeddings];
        if !weights.iter().all(|w| w.is_finite() && *w >= 0.0) {
            return Err(FeatureError::EmbeddingWeight);
        }
        Ok(())
    }

    /// True when some dense block needs the word-embedding table.
    pub fn uses_embeddings(&self) -> bool {
        self.weight_embeddings > 0.0 || self.weight_theme_embeddings > 0.0
    }
}

/// A comment after tokenizing: normalised words (for n-grams and rules) and terms
/// (stop words out, stemmed) for the word block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    /// Lower-case words, stop words included.
    pub words: Vec<Word>,
    /// Stemmed content terms.
    pub terms: Vec<Word>,
}

/// Tokenizes texts in parallel, in order: words for n-grams and rules, terms for the
/// word block (each distinct word stemmed once per batch).
pub fn tokenize(analyzer: &Analyzer, texts: &[&str]) -> Vec<Tokens> {
    analyzer
        .words_and_terms_batch(texts)
        .into_iter()
        .map(|(words, terms)| Tokens { words, terms })
        .collect()
}

/// The survey context of a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context<'a> {
    /// The question asked.
    pub question_type: QuestionType,
    /// FFT rating 1..=5.
    pub rating: Option<u8>,
    /// Service type.
    pub site: Option<&'a str>,
}

/// The learned feature columns.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FeatureSpace {
    params: FeatureParams,
    words: Vocabulary,
    char_buckets: Vec<u32>,
    char_idf: Vec<f32>,
    sites: Vec<String>,
    #[serde(skip)]
    char_index: BucketIndex,
    /// The word block's columns of terms and bigrams, by term ids.
    #[serde(skip)]
    word_columns: TermColumns,
    /// Tells the per-thread word memo which space it serves (new at each indexing).
    #[serde(skip)]
    id: u64,
    /// The word vectors of the dense block (saved beside the space as `embeddings.bin`).
    #[serde(skip)]
    embeddings: Option<Arc<EmbeddingTable>>,
}

/// Buffers one thread reuses from row to row, so building a row allocates nothing.
#[derive(Debug, Default)]
struct RowScratch {
    counts: ColumnCounts,
    /// Per word, its [`WordFacts`] and, in one run, its character n-gram columns then
    /// the keywords it starts (positions in the rules, when rules are found here).
    words: WordMemo<WordFacts, u16>,
    /// The keywords the comment's words start, each with the word's position.
    keyword_starts: Vec<(u32, u16)>,
    row: Vec<(u32, f32)>,
    /// The table rows of the comment's words, in order.
    table_rows: Vec<u32>,
    /// The word-column ids of the comment's words, in order.
    word_ids: Vec<u32>,
    /// The character n-gram columns of the comment's words, in order.
    char_columns: Vec<u16>,
    dense: Vec<f32>,
}

/// The word memo's header for a word the embedding table does not have.
const NO_TABLE_ROW: u32 = u32::MAX;

/// What the word memo keeps per word besides its run of items.
#[derive(Debug, Clone, Copy)]
struct WordFacts {
    /// Its row in the embedding table ([`NO_TABLE_ROW`] if none).
    table_row: u32,
    /// Its id in the word columns ([`TermColumns::id_of`], for phrases).
    word_id: u32,
    /// Labels of the one-word keywords it matches (when rules are found here).
    singles: LabelSet,
    /// How many of the run's items, at its end, are keywords it starts.
    starts: u16,
}

/// The keyword-rule hits a row is built with: given by the caller, or found from the
/// comment's words while the row is built (each word's rule facts then come from the
/// same memo look-up as its n-gram columns).
#[derive(Debug, Clone, Copy)]
enum RuleHits<'r> {
    Given(LabelSet),
    Find(&'r KeywordRules),
}

/// The dense block of one comment, kept out of its sparse row for scoring: column
/// `first + d` has the value `unit[d] × scale`, exactly as [`FeatureSpace::row`] writes it.
#[derive(Debug, Clone, Copy)]
pub struct DenseBlock<'a> {
    /// Column of `unit[0]`.
    pub first: u32,
    /// The unit-length mean of the comment's word vectors.
    pub unit: &'a [f32],
    /// The block's weight (`weight_embeddings`).
    pub scale: f32,
}

thread_local! {
    static SCRATCH: RefCell<RowScratch> = RefCell::new(RowScratch::default());
}

/// Index of a question type in [`QuestionType::ALL`].
fn question_index(question_type: QuestionType) -> u32 {
    QuestionType::ALL
        .iter()
        .position(|&q| q == question_type)
        .unwrap_or(2) as u32
}

/// The vocabulary strings of consecutive pairs (`"wait time"`, `"on time"`).
fn bigrams(words: &[Word]) -> impl Iterator<Item = String> + '_ {
    words.windows(2).map(|w| format!("{} {}", w[0], w[1]))
}

/// Smoothed IDF as the vectorize stage computes it.
fn idf(n_docs: usize, df: u32) -> f32 {
    (((1 + n_docs) as f64 / (1 + df) as f64).ln() + 1.0) as f32
}

impl FeatureSpace {
    /// Learns the vocabularies from training comments; `embeddings` is the table of the
    /// dense block, required when `params.weight_embeddings > 0` (and otherwise unused).
    pub fn fit(
        params: &FeatureParams,
        tokens: &[Tokens],
        sites: &[Option<&str>],
        embeddings: Option<Arc<EmbeddingTable>>,
    ) -> Result<FeatureSpace, FeatureError> {
        params.check()?;
        let embeddings = match (params.uses_embeddings(), embeddings) {
            (false, _) => None,
            (true, None) => return Err(FeatureError::NoEmbeddingTable),
            (true, table) => table,
        };
        let docs: Vec<Vec<String>> = tokens
            .par_iter()
            .map(|t| {
                let mut terms: Vec<String> = t.terms.iter().map(Word::to_string).collect();
                if params.word_bigrams {
                    terms.extend(bigrams(&t.terms));
                }
                if params.phrases {
                    terms.extend(bigrams(&t.words));
                }
                terms
            })
            .collect();
        let words = VocabularyBuilder {
            min_df: params.word_min_df,
            max_df_ratio: 0.5,
            max_terms: Some(params.word_max_terms),
        }
        .fit(&docs)?;

        let (char_buckets, char_idf) = if params.char_min_n > 0 {
            let mut df = vec![0u32; BUCKETS as usize];
            let per_doc: Vec<Vec<u32>> = tokens
                .par_iter()
                .map(|t| {
                    let mut b = Vec::new();
                    for_each_bucket(&t.words, params.char_min_n, params.char_max_n, |x| {
                        b.push(x)
                    });
                    b.sort_unstable();
                    b.dedup();
                    b
                })
                .collect();
            for doc in &per_doc {
                for &b in doc {
                    df[b as usize] += 1;
                }
            }
            let max_df = (tokens.len() / 2).max(1) as u32;
            let mut kept: Vec<(u32, u32)> = df
                .iter()
                .enumerate()
                .filter(|&(_, &d)| d >= params.char_min_df && d <= max_df)
                .map(|(b, &d)| (b as u32, d))
                .collect();
            kept.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            kept.truncate(params.char_max_buckets);
            kept.sort_unstable();
            let idfs = kept.iter().map(|&(_, d)| idf(tokens.len(), d)).collect();
            (kept.into_iter().map(|(b, _)| b).collect(), idfs)
        } else {
            (Vec::new(), Vec::new())
        };

        let mut site_names: Vec<String> = sites.iter().flatten().map(|s| s.to_string()).collect();
        site_names.sort_unstable();
        site_names.dedup();
        let mut space = FeatureSpace {
            params: params.clone(),
            words,
            char_buckets,
            char_idf,
            sites: site_names,
            char_index: BucketIndex::default(),
            word_columns: TermColumns::default(),
            id: 0,
            embeddings,
        };
        space.index_buckets();
        Ok(space)
    }

    /// Rebuilds the lookup indexes (buckets and terms → columns) after fitting or
    /// deserialising.
    pub fn index_buckets(&mut self) {
        self.words = self.words.clone().reindexed();
        self.word_columns = TermColumns::new(&self.words);
        self.char_index = BucketIndex::new(&self.char_buckets);
        self.id = new_owner_id();
    }

    /// Checks that the tables read from a model folder fit each other: one IDF per word
    /// term and per character bucket, no more buckets than a column index can hold,
    /// no buckets without character n-grams, and only finite IDF values. A space
    /// that fails would index past a table while scoring.
    pub fn check_sizes(&self) -> Result<(), String> {
        let (terms, term_idf) = (self.words.len(), self.words.idf().len());
        if terms != term_idf {
            return Err(format!("{terms} word terms but {term_idf} IDF values"));
        }
        let (buckets, bucket_idf) = (self.char_buckets.len(), self.char_idf.len());
        if buckets != bucket_idf {
            return Err(format!(
                "{buckets} character buckets but {bucket_idf} char_idf values"
            ));
        }
        if buckets > usize::from(u16::MAX) {
            return Err(format!("{buckets} character buckets, at most {}", u16::MAX));
        }
        if self.params.char_min_n == 0 && buckets > 0 {
            return Err("character buckets without character n-gram sizes".into());
        }
        let idf = self.words.idf().iter().chain(&self.char_idf);
        if idf.into_iter().any(|x| !x.is_finite()) {
            return Err("an IDF value is not a finite number".into());
        }
        Ok(())
    }

    /// The parameters the space was fitted with.
    pub fn params(&self) -> &FeatureParams {
        &self.params
    }

    /// The table of the dense block, if the space has one.
    pub fn embeddings(&self) -> Option<&Arc<EmbeddingTable>> {
        self.embeddings.as_ref()
    }

    /// Attaches the table of the dense block after deserialising (the space is saved
    /// without it); an error says why the table does not fit the saved parameters.
    pub fn set_embeddings(&mut self, table: Option<Arc<EmbeddingTable>>) -> Result<(), String> {
        match (self.params.uses_embeddings(), table) {
            (false, None) => Ok(()),
            (false, Some(_)) => Err("an embedding table, but the features use none".into()),
            (true, None) => Err("the features use an embedding table, but there is none".into()),
            (true, Some(table)) => {
                self.embeddings = Some(table);
                // The word memo holds table rows: a new table needs a fresh memo.
                self.id = new_owner_id();
                Ok(())
            }
        }
    }

    /// Width of the (sentiment's) dense block: the table's dimensions, once per question
    /// type if the block is split by question.
    fn n_dense(&self) -> usize {
        let slots = if self.params.embeddings_by_question {
            3
        } else {
            1
        };
        match &self.embeddings {
            Some(t) if self.params.weight_embeddings > 0.0 => slots * t.dims(),
            _ => 0,
        }
    }

    /// Width of the themes' dense block: the table's dimensions, or 0 without one.
    fn n_theme_dense(&self) -> usize {
        match &self.embeddings {
            Some(t) if self.params.weight_theme_embeddings > 0.0 => t.dims(),
            _ => 0,
        }
    }

    /// Number of word-term columns.
    pub fn n_word_terms(&self) -> usize {
        self.words.len()
    }

    /// Number of character n-gram columns.
    pub fn n_char_buckets(&self) -> usize {
        self.char_buckets.len()
    }

    fn chars_offset(&self) -> u32 {
        self.words.len() as u32
    }

    fn rules_offset(&self) -> u32 {
        self.chars_offset() + self.char_buckets.len() as u32
    }

    /// First column of the context block (question type, service type, rating).
    pub fn context_offset(&self) -> u32 {
        self.rules_offset() + N_LABELS as u32
    }

    /// Total number of columns.
    pub fn n_features(&self) -> usize {
        self.dense_offset() as usize + self.n_dense()
    }

    /// First column of the dense block, after the question type × word block.
    fn dense_offset(&self) -> u32 {
        let crossed = if self.params.question_cross {
            3 * self.words.len()
        } else {
            0
        };
        self.cross_offset() + crossed as u32
    }

    /// Columns the theme models use: all but the question type × word block, which
    /// measured better for sentiment only.
    pub fn n_theme_features(&self) -> usize {
        self.cross_offset() as usize
    }

    /// The theme models' part of a row (a prefix, since columns ascend).
    pub fn theme_part<'r>(&self, row: &'r [(u32, f32)]) -> &'r [(u32, f32)] {
        let end = self.cross_offset();
        &row[..row.partition_point(|&(c, _)| c < end)]
    }

    /// A row without its dense block (a prefix, since columns ascend): what the theme
    /// and "no label fits" heads see.
    pub fn without_dense<'r>(&self, row: &'r [(u32, f32)]) -> &'r [(u32, f32)] {
        let end = self.dense_offset();
        &row[..row.partition_point(|&(c, _)| c < end)]
    }

    /// First column of the themes' dense block, after the context block: question type
    /// (3) + sites + rating (5) + rating × question type (15).
    pub fn theme_dense_offset(&self) -> u32 {
        self.context_offset() + 3 + self.sites.len() as u32 + 5 + 15
    }

    /// The columns of the themes' dense block (empty when there is none).
    pub fn theme_dense_columns(&self) -> std::ops::Range<usize> {
        let start = self.theme_dense_offset() as usize;
        start..start + self.n_theme_dense()
    }

    /// First column of the question type × word block, after the themes' dense block.
    fn cross_offset(&self) -> u32 {
        self.theme_dense_offset() + self.n_theme_dense() as u32
    }

    /// The sparse row of one comment, columns ascending.
    pub fn row(&self, tokens: &Tokens, rule_hits: LabelSet, context: Context) -> Vec<(u32, f32)> {
        self.with_row(tokens, rule_hits, context, <[(u32, f32)]>::to_vec)
    }

    /// Calls `f` with the sparse row of one comment (as [`FeatureSpace::row`]), built in
    /// this thread's reused buffers instead of fresh allocations.
    pub fn with_row<R>(
        &self,
        tokens: &Tokens,
        rule_hits: LabelSet,
        context: Context,
        f: impl FnOnce(&[(u32, f32)]) -> R,
    ) -> R {
        with_thread_scratch(&SCRATCH, |scratch| {
            self.fill_row(tokens, RuleHits::Given(rule_hits), context, scratch, true);
            f(&scratch.row)
        })
    }

    /// Calls `f` with the sparse row of one comment without its dense block, and the
    /// dense block apart (if the comment has one), so scoring can take the block's 128
    /// columns as one slice rather than as 128 entries of the row. The columns and
    /// values are those of [`FeatureSpace::with_row`], bit for bit.
    pub fn with_row_and_dense<R>(
        &self,
        tokens: &Tokens,
        rule_hits: LabelSet,
        context: Context,
        f: impl FnOnce(&[(u32, f32)], Option<DenseBlock>) -> R,
    ) -> R {
        with_thread_scratch(&SCRATCH, |scratch| {
            let (first, _) =
                self.fill_row(tokens, RuleHits::Given(rule_hits), context, scratch, false);
            let dense = first.map(|first| DenseBlock {
                first,
                unit: &scratch.dense,
                scale: self.params.weight_embeddings,
            });
            f(&scratch.row, dense)
        })
    }

    /// [`FeatureSpace::with_row`] (`dense_apart` false) or
    /// [`FeatureSpace::with_row_and_dense`] (true, the dense block then apart) of a
    /// comment whose rule hits are `rules.matches(&tokens.words)`, found while the row
    /// is built; `f` is given them too. The same row and hits, bit for bit, with one
    /// memo look-up per word instead of two.
    pub fn with_row_finding_rules<R>(
        &self,
        tokens: &Tokens,
        rules: &KeywordRules,
        context: Context,
        dense_apart: bool,
        f: impl FnOnce(&[(u32, f32)], Option<DenseBlock>, LabelSet) -> R,
    ) -> R {
        with_thread_scratch(&SCRATCH, |scratch| {
            let (first, hits) = self.fill_row(
                tokens,
                RuleHits::Find(rules),
                context,
                scratch,
                !dense_apart,
            );
            let dense = first.filter(|_| dense_apart).map(|first| DenseBlock {
                first,
                unit: &scratch.dense,
                scale: self.params.weight_embeddings,
            });
            f(&scratch.row, dense, hits)
        })
    }

    /// First column of the dense block when it is kept apart from the row (see
    /// [`FeatureSpace::with_row_and_dense`]); `None` without a table.
    pub fn dense_start(&self) -> Option<usize> {
        (self.n_dense() > 0).then(|| self.dense_offset() as usize)
    }

    /// Builds the row of one comment in `scratch.row` (cleared first), using the other
    /// scratch buffers and the word memo; the dense block goes into `scratch.dense` and,
    /// if `dense_in_row`, into the row too. Returns the dense block's first column when
    /// the comment has one, and the rule hits (given, or found from the words).
    fn fill_row(
        &self,
        tokens: &Tokens,
        rules: RuleHits,
        context: Context,
        scratch: &mut RowScratch,
        dense_in_row: bool,
    ) -> (Option<u32>, LabelSet) {
        let RowScratch {
            counts,
            words: memo,
            keyword_starts,
            row: out,
            table_rows,
            word_ids,
            char_columns,
            dense,
        } = scratch;
        out.clear();
        table_rows.clear();
        let table = self.embeddings.as_deref();
        let p = &self.params;
        let chars = !self.char_index.is_empty();
        // Rules are found in the word loop below only where it runs and keyword
        // positions fit the memo's items.
        let (mut rule_hits, find) = match rules {
            RuleHits::Given(hits) => (hits, None),
            RuleHits::Find(rules) if chars && rules.n_keywords() <= usize::from(u16::MAX) => {
                (LabelSet::EMPTY, Some(rules))
            }
            RuleHits::Find(rules) => (rules.matches(&tokens.words), None),
        };
        counts.ensure(self.words.len().max(self.char_buckets.len()));
        self.word_columns
            .for_each_column(&tokens.terms, p.word_bigrams, |id| counts.add(id));
        if chars {
            // One memo look-up per word gives all it adds to the row: its id for the
            // phrase pairs, its character n-gram columns (counted once the word block
            // is drained), its table row and (when finding rules) its rule facts.
            word_ids.clear();
            char_columns.clear();
            keyword_starts.clear();
            let index = &self.char_index;
            memo.use_for_pair(self.id, find.map_or(0, KeywordRules::owner_id));
            let mut starts = Vec::new();
            for (at, word) in tokens.words.iter().enumerate() {
                let (facts, items) = memo.get(word, |found| {
                    for_each_bucket(&[word], p.char_min_n, p.char_max_n, |b| {
                        if let Some(col) = index.column(b) {
                            found.push(col);
                        }
                    });
                    let singles = find.map_or(LabelSet::EMPTY, |rules| {
                        starts.clear();
                        let singles = rules.first_word_hits(word, &mut starts);
                        // At most `u16::MAX` keywords (checked above).
                        found.extend(starts.iter().map(|&i| i as u16));
                        singles
                    });
                    WordFacts {
                        table_row: table.and_then(|t| t.row_of(word)).unwrap_or(NO_TABLE_ROW),
                        word_id: self.word_columns.id_of(word),
                        singles,
                        starts: starts.len() as u16,
                    }
                });
                if facts.table_row != NO_TABLE_ROW {
                    table_rows.push(facts.table_row);
                }
                word_ids.push(facts.word_id);
                let (columns, started) = items.split_at(items.len() - usize::from(facts.starts));
                char_columns.extend_from_slice(columns);
                rule_hits.0 |= facts.singles.0;
                keyword_starts.extend(started.iter().map(|&i| (at as u32, i)));
            }
            if let Some(rules) = find {
                for &(at, i) in keyword_starts.iter() {
                    if let Some(label) =
                        rules.label_if_rest_follows(u32::from(i), &tokens.words, at as usize)
                    {
                        rule_hits.insert(label);
                    }
                }
            }
            if p.phrases {
                self.word_columns
                    .for_each_pair_column_of_ids(word_ids, |id| counts.add(id));
            }
        } else if p.phrases {
            self.word_columns
                .for_each_pair_column(&tokens.words, |id| counts.add(id));
        }
        counts.drain_tfidf(self.words.idf(), p.weight_words, 0, out);
        let word_block_end = out.len();

        if chars {
            counts.ensure(self.char_buckets.len());
            for &col in char_columns.iter() {
                counts.add(u32::from(col));
            }
            counts.drain_tfidf(&self.char_idf, p.weight_chars, self.chars_offset(), out);
        } else if let Some(t) = table {
            table_rows.extend(tokens.words.iter().filter_map(|w| t.row_of(w)));
        }

        if p.rules {
            let base = self.rules_offset();
            out.extend(rule_hits.iter().map(|l| (base + l as u32, p.weight_rules)));
        }

        if p.context {
            let base = self.context_offset();
            let qt = question_index(context.question_type);
            out.push((base + qt, p.weight_context));
            let sites_base = base + 3;
            if let Some(i) = context
                .site
                .and_then(|s| self.sites.binary_search_by(|x| x.as_str().cmp(s)).ok())
            {
                out.push((sites_base + i as u32, p.weight_context));
            }
            if let Some(r) = context.rating.filter(|r| (1..=5).contains(r)) {
                let rating_base = sites_base + self.sites.len() as u32;
                out.push((rating_base + u32::from(r - 1), p.weight_context));
                out.push((
                    rating_base + 5 + qt * 5 + u32::from(r - 1),
                    p.weight_context,
                ));
            }
        }
        let found = table.is_some_and(|table| {
            dense.resize(table.dims(), 0.0);
            table.mean_unit_of_rows(table_rows, dense) > 0
        });
        if found && self.n_theme_dense() > 0 {
            let base = self.theme_dense_offset();
            out.extend(
                dense
                    .iter()
                    .enumerate()
                    .map(|(d, &x)| (base + d as u32, x * p.weight_theme_embeddings)),
            );
        }
        if p.question_cross {
            let base = self.cross_offset()
                + question_index(context.question_type) * self.words.len() as u32;
            let start = out.len();
            out.extend_from_within(..word_block_end);
            out[start..].iter_mut().for_each(|(c, _)| *c += base);
        }
        if !found || self.n_dense() == 0 {
            return (None, rule_hits);
        }
        let dims = dense.len();
        let slot = if p.embeddings_by_question {
            question_index(context.question_type)
        } else {
            0
        };
        let base = self.dense_offset() + slot * dims as u32;
        if dense_in_row {
            out.extend(
                dense
                    .iter()
                    .enumerate()
                    .map(|(d, &x)| (base + d as u32, x * p.weight_embeddings)),
            );
        }
        (Some(base), rule_hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Tokens {
        let words: Vec<Word> = text.split_whitespace().map(Word::from).collect();
        Tokens {
            terms: words.clone(),
            words,
        }
    }

    fn context() -> Context<'static> {
        Context {
            question_type: QuestionType::CouldImprove,
            rating: Some(2),
            site: Some("PTS"),
        }
    }

    fn space() -> FeatureSpace {
        let docs = [
            tokens("long wait"),
            tokens("long wait again"),
            tokens("rude staff"),
            tokens("rude driver"),
        ];
        let params = FeatureParams {
            word_min_df: 2,
            char_min_df: 2,
            ..FeatureParams::default()
        };
        FeatureSpace::fit(
            &params,
            &docs,
            &[Some("PTS"), None, Some("111"), Some("PTS")],
            None,
        )
        .unwrap()
    }

    #[test]
    fn rows_are_sorted_and_blocks_normalised() {
        let s = space();
        assert_eq!(
            s.n_word_terms(),
            4,
            "long, wait, rude and the bigram 'long wait'"
        );
        let row = s.row(&tokens("long wait"), LabelSet::single(3), context());
        assert!(
            row.windows(2).all(|w| w[0].0 < w[1].0),
            "columns ascending and distinct"
        );
        assert!(row.iter().all(|&(c, _)| (c as usize) < s.n_features()));
        let words: f32 = row
            .iter()
            .filter(|(c, _)| (*c as usize) < s.n_word_terms())
            .map(|(_, w)| w * w)
            .sum();
        assert!(
            (words - 1.0).abs() < 1e-5,
            "word block has unit norm: {words}"
        );
        // one rule, question type, site, rating, rating × question type
        let themes = s.theme_part(&row);
        let tail = themes
            .iter()
            .filter(|(c, _)| *c >= s.rules_offset())
            .count();
        assert_eq!(tail, 5);
    }

    #[test]
    fn question_cross_repeats_the_word_block_per_question_type() {
        let s = space();
        let row = s.row(&tokens("long wait"), LabelSet::EMPTY, context());
        let words: Vec<(u32, f32)> = row
            .iter()
            .copied()
            .filter(|&(c, _)| (c as usize) < s.n_word_terms())
            .collect();
        let crossed = &row[s.theme_part(&row).len()..];
        assert_eq!(crossed.len(), words.len(), "{row:?}");
        let base = s.n_theme_features() as u32
            + question_index(QuestionType::CouldImprove) * s.n_word_terms() as u32;
        for (&(c, v), &(wc, wv)) in crossed.iter().zip(&words) {
            assert_eq!((c, v), (base + wc, wv));
        }
        let other = s.row(
            &tokens("long wait"),
            LabelSet::EMPTY,
            Context {
                question_type: QuestionType::WhatGood,
                ..context()
            },
        );
        assert_ne!(&other[s.theme_part(&other).len()..], crossed);
        assert_eq!(s.theme_part(&other).len(), s.theme_part(&row).len());
    }

    #[test]
    fn unknown_words_and_sites_add_nothing() {
        let s = space();
        let row = s.row(
            &tokens("zzzz"),
            LabelSet::EMPTY,
            Context {
                question_type: QuestionType::Nonspecific,
                rating: None,
                site: Some("Elsewhere"),
            },
        );
        assert_eq!(row.len(), 1, "only the question type column: {row:?}");
    }

    #[test]
    fn phrases_keep_the_stop_words_that_terms_drop() {
        // "on" is a stop word: the terms of "on time" are just "time".
        let on_time = |extra: &str| Tokens {
            words: format!("on time {extra}")
                .split_whitespace()
                .map(Word::from)
                .collect(),
            terms: format!("time {extra}")
                .split_whitespace()
                .map(Word::from)
                .collect(),
        };
        // Frequent terms are dropped (df over half the comments), hence the fillers.
        let docs = [
            on_time("again"),
            on_time("today"),
            tokens("long wait"),
            tokens("long wait"),
            tokens("rude staff"),
        ];
        let fit = |phrases: bool| {
            let params = FeatureParams {
                word_min_df: 2,
                char_min_n: 0,
                phrases,
                ..FeatureParams::default()
            };
            FeatureSpace::fit(&params, &docs, &[None; 5], None).unwrap()
        };
        let with = fit(true);
        let without = fit(false);
        assert!(with.words.id("on time").is_some());
        assert!(without.words.id("on time").is_none());
        assert_eq!(with.n_word_terms(), without.n_word_terms() + 1);
        let row = with.row(&on_time(""), LabelSet::EMPTY, context());
        let phrase = with.words.id("on time").unwrap();
        assert!(row.iter().any(|&(c, v)| c == phrase && v > 0.0));
    }

    fn table() -> Arc<EmbeddingTable> {
        let bytes = crate::classify::embeddings::table_bytes(
            &["long", "rude", "wait"],
            2,
            &[1.0, 0.0, 0.0, 1.0, 1.0, 0.0],
        );
        Arc::new(EmbeddingTable::from_bytes(bytes, std::path::Path::new("t.bin")).unwrap())
    }

    /// A space with a dense block fitted on two comments with [`table`], after checking
    /// that fitting it without a table is refused.
    fn fitted_with_table(weights: FeatureParams) -> FeatureSpace {
        let docs = [tokens("long wait"), tokens("rude staff")];
        let params = FeatureParams {
            word_min_df: 1,
            char_min_n: 0,
            ..weights
        };
        assert_eq!(
            FeatureSpace::fit(&params, &docs, &[None; 2], None).unwrap_err(),
            FeatureError::NoEmbeddingTable
        );
        FeatureSpace::fit(&params, &docs, &[None; 2], Some(table())).unwrap()
    }

    #[test]
    fn dense_block_is_the_scaled_unit_mean_in_the_question_types_slot() {
        let s = fitted_with_table(FeatureParams {
            weight_embeddings: 2.0,
            ..FeatureParams::default()
        });
        let dense_start = s.dense_offset();
        assert_eq!(s.n_features(), dense_start as usize + 3 * 2);
        let row = s.row(&tokens("long rude unknown"), LabelSet::EMPTY, context());
        let dense: Vec<(u32, f32)> = row
            .iter()
            .copied()
            .filter(|&(c, _)| c >= dense_start)
            .collect();
        let slot = dense_start + question_index(QuestionType::CouldImprove) * 2;
        let v = 2.0 / 2f32.sqrt();
        assert_eq!(dense.len(), 2, "{dense:?}");
        for (&(c, x), want) in dense.iter().zip([(slot, v), (slot + 1, v)]) {
            assert_eq!(c, want.0);
            assert!((x - want.1).abs() < 0.02, "{dense:?}");
        }
        assert!(
            s.theme_part(&row).iter().all(|&(c, _)| c < dense_start),
            "themes do not see the dense block"
        );
        let (sparse, apart) = s.with_row_and_dense(
            &tokens("long rude unknown"),
            LabelSet::EMPTY,
            context(),
            |row, dense| {
                let d = dense.expect("known words, so a dense block");
                let block: Vec<(u32, f32)> = (d.unit.iter().enumerate())
                    .map(|(i, &x)| (d.first + i as u32, x * d.scale))
                    .collect();
                (row.to_vec(), block)
            },
        );
        assert_eq!(
            [sparse, apart].concat(),
            row,
            "the same entries, bit for bit"
        );
        let none = s.row(&tokens("staff"), LabelSet::EMPTY, context());
        assert!(
            none.iter().all(|&(c, _)| c < dense_start),
            "no known word, no dense block"
        );
    }

    #[test]
    fn themes_dense_block_is_the_scaled_unit_mean_in_the_theme_part() {
        let s = fitted_with_table(FeatureParams {
            weight_theme_embeddings: 0.5,
            ..FeatureParams::default()
        });
        let columns = s.theme_dense_columns();
        assert_eq!(columns.len(), 2, "one slot of the table's width");
        assert_eq!(
            columns.end,
            s.n_theme_features(),
            "the theme part's last block"
        );
        assert_eq!(s.dense_start(), None, "no sentiment block at weight 0");
        let row = s.row(&tokens("long rude unknown"), LabelSet::EMPTY, context());
        let block: Vec<(u32, f32)> = (s.theme_part(&row).iter().copied())
            .filter(|&(c, _)| columns.contains(&(c as usize)))
            .collect();
        let v = 0.5 / 2f32.sqrt();
        assert_eq!(block.len(), 2, "{row:?}");
        for (&(c, x), want) in block.iter().zip(columns.clone()) {
            assert_eq!(c as usize, want);
            assert!((x - v).abs() < 0.01, "{block:?}");
        }
        let unknown = s.row(&tokens("staff"), LabelSet::EMPTY, context());
        assert!(
            (unknown.iter()).all(|&(c, _)| !columns.contains(&(c as usize))),
            "no known word, no block"
        );
        let docs = [tokens("long wait"), tokens("rude staff")];
        let none = FeatureSpace::fit(
            &FeatureParams {
                weight_theme_embeddings: 0.0,
                ..s.params().clone()
            },
            &docs,
            &[None; 2],
            None,
        )
        .unwrap();
        assert!(none.theme_dense_columns().is_empty());
        assert_eq!(none.n_theme_features() + 2, s.n_theme_features());
    }

    #[test]
    fn a_saved_space_needs_exactly_the_table_its_parameters_ask_for() {
        let docs = [tokens("long wait"), tokens("rude staff")];
        let with = FeatureParams {
            char_min_n: 0,
            weight_embeddings: 1.0,
            ..FeatureParams::default()
        };
        let s = FeatureSpace::fit(&with, &docs, &[None; 2], Some(table())).unwrap();
        let mut back: FeatureSpace =
            serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        back.index_buckets();
        assert!(back.set_embeddings(None).is_err());
        back.set_embeddings(Some(table())).unwrap();
        let t = tokens("long wait");
        assert_eq!(
            s.row(&t, LabelSet::EMPTY, context()),
            back.row(&t, LabelSet::EMPTY, context())
        );
        let mut plain = space();
        assert!(plain.set_embeddings(Some(table())).is_err());
        assert!(plain.set_embeddings(None).is_ok());
    }

    #[test]
    fn rules_found_while_building_give_the_rows_and_hits_of_matching_first() {
        let rules = KeywordRules::from_toml(
            r#"
            [[rule]]
            label = "Timeliness of care"
            keywords = ["wait*", "on time"]
            [[rule]]
            label = "Parking"
            keywords = ["car park", "rude driver"]
            "#,
        )
        .unwrap();
        let with_table = FeatureSpace::fit(
            &FeatureParams {
                word_min_df: 1,
                char_min_df: 1,
                weight_embeddings: 2.0,
                ..FeatureParams::default()
            },
            &[tokens("long wait"), tokens("rude staff")],
            &[None; 2],
            Some(table()),
        )
        .unwrap();
        assert!(with_table.dense_start().is_some());
        for s in [space(), with_table] {
            assert!(!s.char_index.is_empty(), "the memo path is the one tested");
            for text in [
                "long wait",
                "rude driver on time",
                "car",
                "car park rude",
                "",
            ] {
                let t = tokens(text);
                let hits = rules.matches(&t.words);
                for apart in [false, true] {
                    let (row, dense, found) = s.with_row_finding_rules(
                        &t,
                        &rules,
                        context(),
                        apart,
                        |row, dense, found| {
                            (
                                row.to_vec(),
                                dense.map(|d| (d.first, d.unit.to_vec())),
                                found,
                            )
                        },
                    );
                    assert_eq!(found, hits, "{text:?}");
                    let (want, want_dense) = if apart {
                        s.with_row_and_dense(&t, hits, context(), |row, dense| {
                            (row.to_vec(), dense.map(|d| (d.first, d.unit.to_vec())))
                        })
                    } else {
                        (s.row(&t, hits, context()), None)
                    };
                    assert_eq!(row, want, "{text:?}, apart: {apart}");
                    assert_eq!(dense, want_dense, "{text:?}, apart: {apart}");
                }
            }
            let t = tokens("wait");
            assert_ne!(
                rules.matches(&t.words),
                LabelSet::EMPTY,
                "a test that can fail"
            );
        }
    }

    #[test]
    fn bad_parameters_are_rejected() {
        let bad = FeatureParams {
            char_min_n: 4,
            char_max_n: 2,
            ..FeatureParams::default()
        };
        assert_eq!(bad.check(), Err(FeatureError::CharRange));
    }

    #[test]
    fn serde_round_trip_gives_same_rows() {
        let s = space();
        let json = serde_json::to_string(&s).unwrap();
        let mut back: FeatureSpace = serde_json::from_str(&json).unwrap();
        back.index_buckets();
        let t = tokens("long wait rude");
        assert_eq!(
            s.row(&t, LabelSet::EMPTY, context()),
            back.row(&t, LabelSet::EMPTY, context())
        );
    }
}
