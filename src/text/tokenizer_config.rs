//! The normaliser and pre-tokeniser, configured through the `tokenizers` crate.
//!
//! The configuration is saved as `tokenizer.json` in every model folder, so other tools
//! (Python `tokenizers`, Hugging Face pipelines) can load exactly the same normalisation
//! and word splitting: NFKD, strip accents, lower-case; split on `\w+|[^\w\s]+`.

use tokenizers::models::wordlevel::WordLevel;
use tokenizers::normalizers::{Lowercase, Sequence, StripAccents, NFKD};
use tokenizers::pre_tokenizers::whitespace::Whitespace;
use tokenizers::{
    NormalizedString, Normalizer, OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer,
    Tokenizer,
};

/// Failure to read a `tokenizer.json`.
#[derive(Debug, thiserror::Error)]
#[error("tokenizer configuration is not valid: {0}")]
pub struct TokenizerConfigError(String);

/// The normaliser + pre-tokeniser pair, held in a `tokenizers::Tokenizer`.
#[derive(Clone)]
pub struct TokenizerConfig {
    tokenizer: Tokenizer,
}

impl std::fmt::Debug for TokenizerConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenizerConfig")
    }
}

impl Default for TokenizerConfig {
    fn default() -> Self {
        Self::english()
    }
}

impl TokenizerConfig {
    /// The project's standard configuration: NFKD, strip accents, lower-case, `\w+` words.
    pub fn english() -> Self {
        let mut tokenizer = Tokenizer::new(WordLevel::default());
        tokenizer.with_normalizer(Some(Sequence::new(vec![
            NFKD.into(),
            StripAccents.into(),
            Lowercase.into(),
        ])));
        tokenizer.with_pre_tokenizer(Some(Whitespace {}));
        TokenizerConfig { tokenizer }
    }

    /// Reads a configuration saved by [`TokenizerConfig::to_json`].
    pub fn from_json(json: &str) -> Result<Self, TokenizerConfigError> {
        let tokenizer: Tokenizer = json
            .parse()
            .map_err(|e: tokenizers::Error| TokenizerConfigError(e.to_string()))?;
        Ok(TokenizerConfig { tokenizer })
    }

    /// The configuration as `tokenizer.json` text (pretty-printed, stable).
    pub fn to_json(&self) -> String {
        self.tokenizer
            .to_string(true)
            .expect("a tokenizer built from known parts always serialises")
    }

    /// Normalises and splits `text`, calling `emit` with each piece in order.
    ///
    /// This is the general (any-script) path; see `words` for the ASCII fast path that
    /// gives the same pieces for ASCII text with the standard configuration.
    pub fn for_each_piece(&self, text: &str, mut emit: impl FnMut(&str)) {
        let mut pretok = PreTokenizedString::from(text);
        if let Some(normalizer) = self.tokenizer.get_normalizer() {
            // Normalisers from this crate's own configuration cannot fail on valid UTF-8.
            let _ = pretok.normalize(|s: &mut NormalizedString| normalizer.normalize(s));
        }
        if let Some(pre) = self.tokenizer.get_pre_tokenizer() {
            let _ = pre.pre_tokenize(&mut pretok);
        }
        for (piece, _, _) in pretok.get_splits(OffsetReferential::Original, OffsetType::None) {
            emit(piece);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(config: &TokenizerConfig, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        config.for_each_piece(text, |p| out.push(p.to_string()));
        out
    }

    #[test]
    fn normalises_accents_case_and_splits_punctuation() {
        let config = TokenizerConfig::english();
        assert_eq!(
            pieces(&config, "Café WAS great!"),
            vec!["cafe", "was", "great", "!"]
        );
    }

    #[test]
    fn json_round_trip_keeps_behaviour() {
        let config = TokenizerConfig::english();
        let json = config.to_json();
        assert!(json.contains("StripAccents"));
        let again = TokenizerConfig::from_json(&json).unwrap();
        assert_eq!(pieces(&again, "Naïve QUESTION"), vec!["naive", "question"]);
    }

    #[test]
    fn bad_json_is_an_error_not_a_panic() {
        assert!(TokenizerConfig::from_json("{ not json").is_err());
    }
}
