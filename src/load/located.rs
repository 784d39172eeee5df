//! Problems at byte offsets of a GeoJSON text read over `RawValue`s: where a raw value sits in the
//! whole text, and a serde error inside one said at its place, in GeoJSON's words.

use serde_json::value::RawValue;

/// A problem at a byte offset of the text.
pub(super) type Located = (usize, String);

/// Byte offset of a raw value inside the text it was borrowed from.
pub(super) fn offset_of(text: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// A serde error inside `raw` as a problem at its place in the whole text, in GeoJSON's words.
pub(super) fn json_problem(text: &str, raw: &RawValue, error: &serde_json::Error) -> Located {
    let inner = raw.get();
    let line_start = memchr::memchr_iter(b'\n', inner.as_bytes())
        .nth(error.line().saturating_sub(2))
        .map_or(0, |i| i + 1);
    let line_start = if error.line() <= 1 { 0 } else { line_start };
    let column = inner
        .get(line_start..)
        .and_then(|line| line.char_indices().nth(error.column().saturating_sub(1)))
        .map_or(0, |(i, _)| i);
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    (
        offset_of(text, raw) + line_start + column,
        speak_geojson(message),
    )
}

/// serde's names for JSON shapes, as a GeoJSON reader would say them.
fn speak_geojson(message: &str) -> String {
    [
        ("f64", "a number"),
        ("a sequence", "an array"),
        ("a map", "an object"),
        ("struct ", ""),
        ("usize", "a whole number"),
    ]
    .iter()
    .fold(message.to_owned(), |m, (from, to)| m.replace(from, to))
}
