//! Saving and loading a model folder (`models/<name>/`) with its manifest.
