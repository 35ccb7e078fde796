//! [`with_thread_scratch`]: borrow this thread's reusable buffers, or fresh ones when
//! they are already in use (a call made from inside another on the same thread).

use std::cell::RefCell;
use std::thread::LocalKey;

/// Calls `f` with this thread's value of `key`, or with a fresh default value when that
/// one is already borrowed further up the stack, so reuse never panics or deadlocks.
pub fn with_thread_scratch<T: Default + 'static, R>(
    key: &'static LocalKey<RefCell<T>>,
    f: impl FnOnce(&mut T) -> R,
) -> R {
    key.with(|cell| match cell.try_borrow_mut() {
        Ok(mut reused) => f(&mut reused),
        Err(_) => f(&mut T::default()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static COUNTER: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
    }

    #[test]
    fn reuses_the_thread_value_and_nests_with_a_fresh_one() {
        with_thread_scratch(&COUNTER, |v| v.push(1));
        let (outer, inner) = with_thread_scratch(&COUNTER, |v| {
            v.push(2);
            let inner = with_thread_scratch(&COUNTER, |fresh| fresh.len());
            (v.clone(), inner)
        });
        assert_eq!(
            outer,
            vec![1, 2],
            "the thread's value is kept between calls"
        );
        assert_eq!(inner, 0, "a nested call gets a fresh value");
    }
}
