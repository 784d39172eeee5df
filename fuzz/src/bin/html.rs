//! HTML text extraction on any page.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(html) = std::str::from_utf8(data) {
            let _ = chronomap::provenance::extract::main_text(html);
        }
    });
}
