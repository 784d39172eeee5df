//! A PDF document on any bytes: its text page by page, with the bounds every input keeps (nesting,
//! pages, inflated streams checked before extraction; a failing extractor refused, not a crash).
fn main() {
    afl::fuzz!(|data: &[u8]| {
        let _ = chronomap::provenance::pdf::text(data);
    });
}
