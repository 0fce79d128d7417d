//! Two pieces of work at once, on this thread and a second one, for the
//! parts of loading a long document that split in two (reading, scanning,
//! classifying, building Markdown). A second thread is a help, never a
//! need: when none can be started, or it fails, the caller is told and
//! does that part itself.

/// Run `later` on a second thread while `earlier` runs on this one. `None`
/// for `later` when no thread could be started for it or it panicked.
pub fn both<A, B>(earlier: impl FnOnce() -> A, later: impl FnOnce() -> B + Send) -> (A, Option<B>)
where
    B: Send,
{
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new().spawn_scoped(scope, later);
        let first = earlier();
        let second = handle.ok().and_then(|handle| handle.join().ok());
        (first, second)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_results_come_back_and_a_panic_is_none() {
        let (a, b) = super::both(|| 1 + 1, || "two");
        assert_eq!((a, b), (2, Some("two")));
        let (a, b): (i32, Option<i32>) = super::both(|| 3, || panic!("a failing half"));
        assert_eq!((a, b), (3, None));
    }
}
