//! The loader on any story: it loads or lists located problems, and never panics or hangs.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        let files = chronomap_fuzz::story_files(data);
        if let Ok(story) = chronomap::load::load(&files) {
            // What the window builds from a loaded story must not panic either.
            let _ = chronomap::document::Document::new(story, files);
        }
    });
}
