//! Stage 4: turn redacted text into terms (normalise, pre-tokenise, stop words, stems).
