//! [`Assignment`]: each comment's cluster id, in 4 bytes a comment.

/// Slot of a comment that is not clustered.
const NOT_CLUSTERED: u32 = u32::MAX;

/// Each comment's cluster id (`None` when it was not clustered), kept as a slot per
/// comment in a table of the run's cluster ids: 4 bytes a comment where an
/// `Option<u32>` takes 8, and a run has millions of comments but a few dozen clusters.
/// Any `u32` can be an id (ids carried over from a previous run are not limited).
#[derive(Debug, Clone, Default)]
pub struct Assignment {
    /// Per comment: its index in `ids`, or [`NOT_CLUSTERED`].
    slots: Vec<u32>,
    /// The cluster ids, by slot.
    ids: Vec<u32>,
}

impl Assignment {
    /// `n` comments, none clustered yet, to be put in the clusters `ids` (by slot).
    pub fn new(n: usize, ids: Vec<u32>) -> Self {
        assert!(
            ids.len() < NOT_CLUSTERED as usize,
            "fewer clusters than slots"
        );
        Assignment {
            slots: vec![NOT_CLUSTERED; n],
            ids,
        }
    }

    /// Puts comment `i` in the cluster of slot `slot` (`None`: in no cluster).
    pub fn set(&mut self, i: usize, slot: Option<usize>) {
        self.slots[i] = match slot {
            Some(s) => {
                assert!(s < self.ids.len(), "slot {s} has a cluster id");
                s as u32
            }
            None => NOT_CLUSTERED,
        };
    }

    /// Comment `i`'s cluster id, `None` when it was not clustered.
    pub fn get(&self, i: usize) -> Option<u32> {
        let slot = self.slots[i];
        (slot != NOT_CLUSTERED).then(|| self.ids[slot as usize])
    }

    /// Comments assigned (clustered or not).
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// True when there are no comments.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}

/// Equal when every comment has the same cluster id (whatever the slots).
impl PartialEq for Assignment {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && (0..self.len()).all(|i| self.get(i) == other.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_back_per_comment_any_id_allowed() {
        let mut a = Assignment::new(4, vec![7, 0, u32::MAX]);
        a.set(0, Some(2));
        a.set(1, Some(0));
        a.set(3, Some(1));
        a.set(1, None);
        let got: Vec<_> = (0..4).map(|i| a.get(i)).collect();
        assert_eq!(got, [Some(u32::MAX), None, None, Some(0)]);
        assert_eq!(a.len(), 4);
        let mut b = Assignment::new(4, vec![u32::MAX, 0]);
        b.set(0, Some(0));
        b.set(3, Some(1));
        assert_eq!(a, b, "same ids, other slots");
        b.set(2, Some(1));
        assert_ne!(a, b);
        assert!(Assignment::default().is_empty());
    }
}
