//! Stage 5: vocabulary and TF-IDF rows in a sparse CSR matrix, built in parallel.
