//! Each cluster's most representative comments: the rows nearest its centroid, one
//! per distinct text (so a comment written thousands of times shows once).

use super::ClusterInput;

/// Comments shown per cluster.
pub const EXAMPLES: usize = 3;

/// For each of the `k` fitted clusters, up to [`EXAMPLES`] rows (indexes into the run)
/// nearest its centroid, nearest first, ties by row order, no two with the same text.
/// `placed` gives every clustered row in row order as (run row, its cluster, its
/// similarity to that cluster's centroid).
pub fn nearest(
    input: &ClusterInput,
    placed: impl IntoIterator<Item = (usize, Option<usize>, f32)>,
    k: usize,
) -> Vec<Vec<usize>> {
    let mut best: Vec<Vec<(f32, usize)>> = vec![Vec::new(); k];
    for (row, a, sim) in placed {
        let Some(c) = a else { continue };
        let list = &mut best[c];
        let text = input.text_of[row];
        match list.iter().position(|&(_, i)| input.text_of[i] == text) {
            Some(p) if list[p].0 >= sim => continue,
            Some(p) => {
                list.remove(p);
            }
            None => {}
        }
        let at = list.partition_point(|&(s, _)| s >= sim);
        if at < EXAMPLES {
            list.insert(at, (sim, row));
            list.truncate(EXAMPLES);
        }
    }
    best.into_iter()
        .map(|list| list.into_iter().map(|(_, i)| i).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster::test_run::TestRun;

    #[test]
    fn nearest_distinct_texts_first() {
        let mut run = TestRun::new(&["a b", "c d", "e f", "g h", "i j"]);
        // Rows 0 and 3 hold the same text.
        run.text_of = vec![0, 1, 2, 0, 4];
        let similarity = [0.9, 0.5, 0.7, 0.95, 0.7];
        let placed = similarity
            .iter()
            .enumerate()
            .map(|(row, &s)| (row, Some(0), s));
        let out = nearest(&run.input(), placed, 1);
        assert_eq!(out, vec![vec![3, 2, 4]]);
    }
}
