//! Stage 7: write tagged CSV / JSON Lines, summary, clusters and manifest, atomically.
