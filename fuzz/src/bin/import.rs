//! An importer on any file, merged into the shipped story; which one is `FUZZ_FORMAT` (csv,
//! geojson or timelinejs), so the three share one instrumented binary.
fn main() {
    let format = std::env::var("FUZZ_FORMAT").ok();
    let (Some(story), Some(format)) = (
        chronomap_fuzz::shipped(),
        format
            .as_deref()
            .and_then(chronomap::formats::Format::from_cli_name),
    ) else {
        eprintln!("set FUZZ_FORMAT to csv, geojson or timelinejs");
        std::process::exit(2);
    };
    afl::fuzz!(|data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data) {
            let _ = chronomap::formats::import(&story, format, text, "fuzz", None);
        }
    });
}
