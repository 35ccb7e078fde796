//! A learned, contextual person-name tagger: an averaged perceptron over hashed token
//! features (`features`) with Viterbi decoding of O / B / I tags (`viterbi`).
//!
//! It runs beside the rules of [`super`]: their findings are features, and the two are
//! joined (a name either finds is redacted). Only candidate tokens (`candidates`) are
//! scored, and scratch buffers are reused per thread, so the hot path allocates nothing
//! per token. The weights are trained by `feedback-themes train-pii` ([`train`]) and the
//! shipped ones (`models/pii/tagger.bin`) are compiled into the binary.

pub(crate) mod candidates;
pub(crate) mod features;
pub mod model_file;
pub(crate) mod perceptron;
pub mod train;
mod unlisted_bias;
pub(crate) mod viterbi;

use std::cell::RefCell;

use super::lexicon::WordFacts;
use super::tokens::{Shape, Token};
use features::{for_each_feature, Sentence};
use viterbi::{TAGS, TRANSITION_ROWS};

pub use model_file::TaggerFileError;

/// The shipped weights, trained by `train-pii` (see `models/pii/manifest.json`).
const SHIPPED: &[u8] = include_bytes!("../../../../models/pii/tagger.bin");

/// Trained tagger weights.
#[derive(Debug, Clone)]
pub struct PersonTagger {
    weights: Vec<f32>,
    transitions: [[f32; TAGS]; TRANSITION_ROWS],
    /// How much more a candidate's name tags score than the weights say. A leaked name
    /// is far worse than a redacted word, so the balance is tipped towards names; the
    /// value is chosen at training time on the tuning families (never the held-out ones)
    /// and stored in the weight file.
    name_bias: f32,
}

/// Per-thread buffers of one tagging call.
#[derive(Default)]
struct Scratch {
    buckets: Vec<u32>,
    emissions: Vec<Option<[f32; TAGS]>>,
    tags: Vec<u8>,
    back: Vec<[u8; TAGS]>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl PersonTagger {
    /// The tagger shipped with this build.
    pub fn shipped() -> Result<Self, TaggerFileError> {
        Self::from_bytes(SHIPPED)
    }

    /// Reads a weight file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, TaggerFileError> {
        let (weights, bias) = model_file::decode(bytes)?;
        Ok(Self::from_weights(weights).with_name_bias(bias))
    }

    /// The weight file's bytes for these weights.
    pub fn to_bytes(&self) -> Vec<u8> {
        model_file::encode(&self.weights, self.name_bias)
    }

    pub(crate) fn from_weights(weights: Vec<f32>) -> Self {
        let transitions = perceptron::transitions(&weights);
        PersonTagger {
            weights,
            transitions,
            name_bias: 0.0,
        }
    }

    /// The name bias these weights were shipped with (see [`PersonTagger::with_name_bias`]).
    pub fn name_bias(&self) -> f32 {
        self.name_bias
    }

    /// The same weights with another name bias.
    pub fn with_name_bias(mut self, bias: f32) -> Self {
        self.name_bias = bias;
        self
    }

    /// The names in one comment, as inclusive token ranges.
    pub(crate) fn tag(&self, sentence: &Sentence<'_, '_>) -> Vec<(usize, usize)> {
        self.tag_with_bias(sentence, self.name_bias)
    }

    /// The spans of [`PersonTagger::tag`] with another name bias: a second reading that
    /// should rest on the context the weights learned, not on the bias towards names.
    pub(crate) fn tag_with_bias(
        &self,
        sentence: &Sentence<'_, '_>,
        name_bias: f32,
    ) -> Vec<(usize, usize)> {
        let any = (0..sentence.tokens.len()).any(|i| {
            candidates::is_candidate(&sentence.tokens[i], &sentence.facts[i], sentence.caseless)
        });
        if !any {
            return Vec::new();
        }
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => self.tag_with(sentence, name_bias, &mut scratch),
            Err(_) => self.tag_with(sentence, name_bias, &mut Scratch::default()),
        })
    }

    fn tag_with(
        &self,
        sentence: &Sentence<'_, '_>,
        name_bias: f32,
        scratch: &mut Scratch,
    ) -> Vec<(usize, usize)> {
        let Scratch {
            buckets,
            emissions,
            tags,
            back,
        } = scratch;
        emissions.clear();
        for i in 0..sentence.tokens.len() {
            if candidates::is_candidate(&sentence.tokens[i], &sentence.facts[i], sentence.caseless)
            {
                buckets.clear();
                for_each_feature(sentence, i, |b| buckets.push(b));
                let mut scores = perceptron::emission(&self.weights, buckets);
                if gets_name_bias(&sentence.tokens[i], &sentence.facts[i]) {
                    let extra = unlisted_bias::unlisted_caseless_bias(
                        &sentence.tokens[i],
                        &sentence.facts[i],
                        sentence.caseless,
                    );
                    scores[viterbi::B as usize] += name_bias + extra;
                    scores[viterbi::I as usize] += name_bias + extra;
                }
                emissions.push(Some(scores));
            } else {
                emissions.push(None);
            }
        }
        viterbi::decode(emissions, &self.transitions, tags, back);
        viterbi::spans(tags)
    }
}

/// Whether a candidate gets the name bias: every one except an everyday English word
/// opening a sentence ("Dusty shelves…", "Sunny day…"), where the capital says nothing
/// and the bias would make a name of nearly every such word. There the weights alone
/// decide (they were trained on real sentences cut to open with such words,
/// `pii_corpus::word_uses`), as do the rules, which still find "Grace" after a cue.
fn gets_name_bias(token: &Token<'_>, facts: &WordFacts) -> bool {
    !(token.sentence_start && token.shape == Shape::Capitalised && facts.english)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_load() {
        let tagger = PersonTagger::shipped().expect("shipped tagger decodes");
        assert!(
            tagger.weights.iter().any(|&w| w != 0.0),
            "shipped tagger is trained"
        );
    }

    fn bias_of(text: &str, word: &str) -> bool {
        let lexicon = super::super::lexicon::NameLexicon::new();
        let tokens = super::super::tokens::tokenize(text);
        let token = tokens
            .iter()
            .find(|t| t.text == word)
            .expect("word in text");
        gets_name_bias(token, &lexicon.facts(token.lower.as_str()))
    }

    #[test]
    fn an_everyday_word_opening_a_sentence_gets_no_name_bias() {
        assert!(!bias_of("Dusty shelves everywhere.", "Dusty"));
        assert!(!bias_of("It was fine. Sunny day too.", "Sunny"));
    }

    #[test]
    fn names_and_words_inside_a_sentence_keep_the_name_bias() {
        // Not an English word: a name however it opens the sentence.
        assert!(bias_of("Zanele made the stay bearable.", "Zanele"));
        // An English word inside the sentence, or in a comment without capitals.
        assert!(bias_of("It was Grace who helped.", "Grace"));
        assert!(bias_of("grace was lovely", "grace"));
    }

    #[test]
    fn the_shipped_tagger_leaves_an_everyday_opener_and_finds_a_name() {
        let tagger = PersonTagger::shipped().expect("shipped tagger decodes");
        let redactor = crate::redact::Redactor::with_person_tagger(Some(tagger));
        assert!(redactor
            .find("Dusty shelves and bins in the toilets.")
            .is_empty());
        assert!(!redactor.find("Thanks to Zanele on the ward.").is_empty());
    }

    /// The manifest's provenance must describe the compiled-in file: its sha256 and the
    /// name bias stored in it (a re-chosen bias rewrites both).
    #[test]
    fn the_manifest_describes_the_shipped_file() {
        let manifest: serde_json::Value =
            serde_json::from_str(include_str!("../../../../models/pii/manifest.json"))
                .expect("manifest is JSON");
        assert_eq!(
            manifest["tagger_sha256"].as_str(),
            Some(crate::ingest::hashing_reader::sha256_hex(SHIPPED).as_str())
        );
        assert_eq!(
            manifest["tagger_bytes"].as_u64(),
            Some(SHIPPED.len() as u64)
        );
        let tagger = PersonTagger::shipped().expect("shipped tagger decodes");
        assert_eq!(
            manifest["name_bias"].as_f64(),
            Some(f64::from(tagger.name_bias()))
        );
    }
}
