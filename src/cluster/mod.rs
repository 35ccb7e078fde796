//! Stage 6: spherical k-means on TF-IDF rows, with top-term descriptions and stable ids.
