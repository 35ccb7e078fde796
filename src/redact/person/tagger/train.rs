//! Training the tagger: a structured averaged perceptron over annotated comments.
//!
//! Each comment is prepared once (tokens, lexicon facts, the rules' findings, every
//! candidate token's features); then each epoch visits the comments in a seeded order,
//! decodes them with the current weights and, where the tags differ from the gold ones,
//! moves weight from the predicted to the gold tags. The averaged weights are returned.
//! Same comments, options and seed give the same weights, byte for byte.

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

use super::super::PersonRecognizer;
use super::candidates::is_candidate;
use super::features::{for_each_marked_feature, LEXICON_MARK};
use super::perceptron::{transition_index, transitions, AveragedPerceptron};
use super::viterbi::{decode, B, I, O, TAGS};
use super::PersonTagger;

/// One annotated comment: its text and the byte ranges of the people's names in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedComment {
    /// The comment.
    pub text: String,
    /// Byte ranges (end exclusive) of each name, titles left outside.
    pub names: Vec<(usize, usize)>,
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed of the order in which comments are visited.
    pub seed: u64,
    /// Share of token visits in which the token's lexicon features all sit out (0 for
    /// none): see `dropped` in this module.
    pub lexicon_dropout: f64,
}

/// What training saw, for the manifest.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct TrainStats {
    /// Comments trained on.
    pub comments: usize,
    /// Tokens in them.
    pub tokens: usize,
    /// Tokens inside a name.
    pub name_tokens: usize,
    /// Name tokens the tagger never scores (not candidates): a ceiling on what it can learn.
    pub name_tokens_not_candidates: usize,
    /// Comments whose tags were wrong, per epoch.
    pub mistakes_per_epoch: Vec<usize>,
}

/// One comment ready for training.
struct Example {
    /// Features of every candidate token, one after the other.
    buckets: Vec<u32>,
    /// Per token: the range of its features in `buckets`, or `None` if no candidate.
    ranges: Vec<Option<(u32, u32)>>,
    gold: Vec<u8>,
}

/// Gold tags of `comment`'s tokens.
fn gold_tags(tokens: &[super::super::tokens::Token<'_>], names: &[(usize, usize)]) -> Vec<u8> {
    let mut tags = vec![O; tokens.len()];
    for &(start, end) in names {
        let mut first = true;
        for (i, token) in tokens.iter().enumerate() {
            if token.start < end && token.end > start {
                tags[i] = if first { B } else { I };
                first = false;
            }
        }
    }
    tags
}

fn prepare(rules: &PersonRecognizer, comment: &NamedComment, stats: &mut TrainStats) -> Example {
    let prepared = rules.prepare(&comment.text);
    let sentence = prepared.sentence();
    let mut gold = gold_tags(&prepared.tokens, &comment.names);
    let mut buckets = Vec::new();
    let mut ranges = Vec::with_capacity(prepared.tokens.len());
    for (i, (token, facts)) in prepared.tokens.iter().zip(&prepared.facts).enumerate() {
        let candidate = is_candidate(token, facts, prepared.caseless);
        if gold[i] != O {
            stats.name_tokens += 1;
            if !candidate {
                stats.name_tokens_not_candidates += 1;
                gold[i] = O;
            }
        }
        if candidate {
            let start = buckets.len() as u32;
            for_each_marked_feature(&sentence, i, |b| buckets.push(b));
            ranges.push(Some((start, buckets.len() as u32)));
        } else {
            ranges.push(None);
        }
    }
    // A name whose first word was dropped now opens with I: make it B.
    for i in 0..gold.len() {
        if gold[i] == I && (i == 0 || gold[i - 1] == O) {
            gold[i] = B;
        }
    }
    stats.tokens += prepared.tokens.len();
    Example {
        buckets,
        ranges,
        gold,
    }
}

/// Whether feature `bucket` sits out this visit of a comment (about one in five, chosen
/// by a hash of the bucket, the epoch and the comment). Features that go missing now and
/// then keep the tagger from leaning on any one of them, such as the words of a template
/// next to a name, and make it learn the general ones too. A token's lexicon features
/// ([`LEXICON_MARK`]) also sit out all together for a share of the visits
/// ([`TrainOptions::lexicon_dropout`], chosen by a hash of the token's place, the epoch
/// and the comment): a name of a source no list covers has only its spelling and its
/// context, and the tagger must learn to find names by those too.
fn dropped(bucket: u32, salt: u64, token: usize, lexicon_dropout: f64) -> bool {
    if bucket & LEXICON_MARK != 0 && lexicon_dropout > 0.0 {
        let roll = (salt ^ (token as u64).wrapping_mul(0xff51_afd7_ed55_8ccd))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            >> 11;
        if (roll as f64) < lexicon_dropout * (1u64 << 53) as f64 {
            return true;
        }
    }
    ((u64::from(bucket & !LEXICON_MARK) ^ salt).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 60) < 3
}

/// Trains a tagger on `comments`.
pub fn train(comments: &[NamedComment], options: TrainOptions) -> (PersonTagger, TrainStats) {
    let rules = PersonRecognizer::with_tagger(None);
    let prepared: Vec<(Example, TrainStats)> = comments
        .par_iter()
        .map(|c| {
            let mut stats = TrainStats::default();
            let example = prepare(&rules, c, &mut stats);
            (example, stats)
        })
        .collect();
    let mut stats = TrainStats {
        comments: comments.len(),
        ..TrainStats::default()
    };
    let mut examples = Vec::with_capacity(prepared.len());
    for (example, s) in prepared {
        stats.tokens += s.tokens;
        stats.name_tokens += s.name_tokens;
        stats.name_tokens_not_candidates += s.name_tokens_not_candidates;
        examples.push(example);
    }
    let mut model = AveragedPerceptron::new();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    let (mut emissions, mut tags, mut back) = (Vec::new(), Vec::new(), Vec::new());
    for epoch in 0..options.epochs {
        order.shuffle(&mut rng);
        let mut mistakes = 0;
        for &k in &order {
            let example = &examples[k];
            model.tick();
            let salt = ((epoch as u64) << 40) ^ ((k as u64) << 8);
            emissions.clear();
            let drop = options.lexicon_dropout;
            for (i, range) in example.ranges.iter().enumerate() {
                emissions.push(range.map(|(a, b)| {
                    let kept = example.buckets[a as usize..b as usize]
                        .iter()
                        .filter(|&&bucket| !dropped(bucket, salt, i, drop));
                    let mut out = [0.0f32; TAGS];
                    for &bucket in kept {
                        let row = (bucket & !LEXICON_MARK) as usize * TAGS;
                        for (tag, slot) in out.iter_mut().enumerate() {
                            *slot += model.weights[row + tag];
                        }
                    }
                    out
                }));
            }
            let table = transitions(&model.weights);
            decode(&emissions, &table, &mut tags, &mut back);
            if tags == example.gold {
                continue;
            }
            mistakes += 1;
            let mut prev_gold = TAGS;
            let mut prev_pred = TAGS;
            for (i, range) in example.ranges.iter().enumerate() {
                let (gold, pred) = (example.gold[i] as usize, tags[i] as usize);
                if gold != pred {
                    if let Some((a, b)) = range {
                        let kept = example.buckets[*a as usize..*b as usize]
                            .iter()
                            .filter(|&&bucket| !dropped(bucket, salt, i, drop));
                        for &bucket in kept {
                            let row = (bucket & !LEXICON_MARK) as usize * TAGS;
                            model.update(row + gold, 1.0);
                            model.update(row + pred, -1.0);
                        }
                    }
                }
                if (prev_gold, gold) != (prev_pred, pred) {
                    model.update(transition_index(prev_gold, gold), 1.0);
                    model.update(transition_index(prev_pred, pred), -1.0);
                }
                prev_gold = gold;
                prev_pred = pred;
            }
        }
        stats.mistakes_per_epoch.push(mistakes);
    }
    (PersonTagger::from_weights(model.averaged()), stats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tagger::features::Sentence;

    fn named(text: &str, names: &[&str]) -> NamedComment {
        let spans = names
            .iter()
            .map(|n| {
                let start = text.find(n).expect("name in text");
                (start, start + n.len())
            })
            .collect();
        NamedComment {
            text: text.to_string(),
            names: spans,
        }
    }

    fn tiny_corpus() -> Vec<NamedComment> {
        let mut out = Vec::new();
        let names = ["Zanele", "Quorin", "Belisa", "Tamsk", "Oyelaran", "Virk"];
        let words = ["Parking", "Breakfast", "Everything", "Nothing", "Overall"];
        for (k, name) in names.iter().enumerate() {
            out.push(named(&format!("{name} made the stay bearable."), &[name]));
            out.push(named(&format!("Thanks to {name} for the care."), &[name]));
            let word = words[k % words.len()];
            out.push(named(&format!("{word} made the stay bearable."), &[]));
            out.push(named(&format!("{word} was fine, thanks."), &[]));
        }
        out
    }

    fn tag(tagger: &PersonTagger, text: &str) -> Vec<String> {
        let rules = PersonRecognizer::with_tagger(None);
        let prepared = rules.prepare(text);
        let sentence: Sentence<'_, '_> = prepared.sentence();
        tagger
            .tag(&sentence)
            .into_iter()
            .map(|(a, b)| text[prepared.tokens[a].start..prepared.tokens[b].end].to_string())
            .collect()
    }

    #[test]
    fn learns_unseen_names_from_context_and_is_deterministic() {
        let corpus = tiny_corpus();
        let options = TrainOptions {
            epochs: 5,
            seed: 7,
            lexicon_dropout: 0.0,
        };
        let (tagger, stats) = train(&corpus, options);
        assert_eq!(stats.comments, corpus.len());
        assert!(stats.name_tokens >= 12);
        // A name never seen in training, in a trained position.
        assert_eq!(
            tag(&tagger, "Wirimu made the stay bearable."),
            vec!["Wirimu"]
        );
        assert!(tag(&tagger, "Nothing made the stay bearable.").is_empty());
        let (again, _) = train(&corpus, options);
        assert_eq!(tagger.to_bytes(), again.to_bytes());
    }

    #[test]
    fn lexicon_dropout_drops_only_marked_features_and_a_token_all_at_once() {
        let (plain, marked) = (12_345u32, 12_345u32 | LEXICON_MARK);
        let other = 777u32 | LEXICON_MARK;
        for salt in 0..200u64 {
            // No lexicon dropout: a marked feature sits out exactly when its plain self does.
            assert_eq!(dropped(plain, salt, 3, 0.0), dropped(marked, salt, 3, 0.0));
            // Full dropout: every marked feature sits out, plain ones as before.
            assert!(dropped(marked, salt, 3, 1.0));
            assert_eq!(dropped(plain, salt, 3, 1.0), dropped(plain, salt, 3, 0.0));
        }
        // A share: about that share of visits, and both of a token's lexicon features
        // sit out together.
        let visits = 4_000u64;
        let mut gone = 0;
        for salt in 0..visits {
            let salt = salt << 8;
            let a = dropped(marked, salt, 5, 0.3) && !dropped(plain, salt, 5, 0.0);
            if a {
                gone += 1;
                assert!(dropped(other, salt, 5, 0.3));
            }
        }
        let share = f64::from(gone) / visits as f64;
        assert!((0.2..0.35).contains(&share), "{share}");
    }

    #[test]
    fn gold_tags_follow_byte_spans() {
        let rules = PersonRecognizer::with_tagger(None);
        let text = "Dr Ann Lee and Bo came";
        let prepared = rules.prepare(text);
        let tags = gold_tags(&prepared.tokens, &[(3, 10), (15, 17)]);
        assert_eq!(tags, vec![O, B, I, O, B, O]);
    }
}
