//! How story.json is laid out: indented throughout while a story is small (easy to read), and past
//! [`RECORDS_PER_LINE_FROM`] records indented to the level of its lists with one record per line,
//! which keeps a diff to one line per changed record and an ACLED-sized story a third the size
//! (1.3 million events: 210 MB instead of 470, under the loader's bound on a file).

use serde::Serialize;
use serde_json::ser::Formatter;
use std::io::Write;

/// Stories with at least this many events and quotes are written one record per line.
pub const RECORDS_PER_LINE_FROM: usize = 50_000;

/// A story's story.json, laid out by its size.
pub fn story_json(story: &crate::load::raw::RawStory) -> Vec<u8> {
    let records = story.events.len() + story.quotes.len();
    to_vec(story, records >= RECORDS_PER_LINE_FROM).unwrap_or_default()
}

/// `value` as JSON, records one per line when `records_per_line`, else indented throughout.
pub fn to_vec<T: Serialize>(value: &T, records_per_line: bool) -> serde_json::Result<Vec<u8>> {
    if !records_per_line {
        return serde_json::to_vec_pretty(value);
    }
    let mut out = Vec::new();
    let formatter = RecordPerLine {
        depth: 0,
        has_value: false,
    };
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut out, formatter,
    ))?;
    Ok(out)
}

/// Indents the top object and its lists as serde_json's pretty printer does; anything deeper (a
/// record) is written compact on its line.
struct RecordPerLine {
    depth: usize,
    has_value: bool,
}

/// The top object is depth 1, its lists depth 2: their members go on lines of their own.
const INDENTED_DEPTH: usize = 2;

impl RecordPerLine {
    fn indented(&self) -> bool {
        self.depth <= INDENTED_DEPTH
    }

    fn newline<W: ?Sized + Write>(&self, writer: &mut W) -> std::io::Result<()> {
        writer.write_all(b"\n")?;
        for _ in 0..self.depth {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }

    fn begin<W: ?Sized + Write>(&mut self, writer: &mut W, open: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(open)
    }

    fn end<W: ?Sized + Write>(&mut self, writer: &mut W, close: &[u8]) -> std::io::Result<()> {
        let indented = self.indented();
        self.depth -= 1;
        if indented && self.has_value {
            self.newline(writer)?;
        }
        writer.write_all(close)
    }

    fn member<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        if self.indented() {
            self.newline(writer)?;
        }
        Ok(())
    }
}

impl Formatter for RecordPerLine {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.begin(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.end(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.member(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.begin(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.end(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.member(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        writer.write_all(if self.indented() { b": " } else { b":" })
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::to_vec;
    use serde_json::json;

    #[test]
    fn records_go_one_per_line_under_an_indented_top() {
        let story = json!({
            "title": "T",
            "events": [{"id": "e1", "places": ["a", "b"], "date": {"x": 1}}, {"id": "e2", "places": []}],
            "claims": [],
            "tags": {"k": [1, 2]}
        });
        let text = String::from_utf8(to_vec(&story, true).unwrap()).unwrap();
        assert_eq!(
            text,
            "{\n  \"title\": \"T\",\n  \"events\": [\n    {\"id\":\"e1\",\"places\":[\"a\",\"b\"],\"date\":{\"x\":1}},\n    {\"id\":\"e2\",\"places\":[]}\n  ],\n  \"claims\": [],\n  \"tags\": {\n    \"k\": [1,2]\n  }\n}"
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, story);
        // Small stories keep serde_json's indentation throughout.
        assert_eq!(
            to_vec(&story, false).unwrap(),
            serde_json::to_vec_pretty(&story).unwrap()
        );
    }
}
