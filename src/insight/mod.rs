//! Questions asked of the hub: breakdowns of themes by site, period and group, with
//! small-number suppression, and alerts on what is rising.
