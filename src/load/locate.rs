//! Finds line and column for problems found after parsing, when serde's own positions are gone: the
//! record is found by its `"id": "…"` pair in the file's text. Every lookup is cheap after one pass
//! over the file (an index of record ids, line starts and character counts), so a file with tens of
//! thousands of problems is located in linear time, minified or not.

use super::anchor::CharPositions;
use std::cell::OnceCell;
use std::collections::HashMap;

pub struct TextIndex<'a> {
    text: Text<'a>,
    /// Built on the first problem that needs them: a story that loads never pays for them.
    line_starts: OnceCell<Vec<usize>>,
    chars: OnceCell<CharPositions>,
    /// Every `"id": "…"` value in the file, with the offsets of its opening quote, in file order.
    ids: OnceCell<HashMap<String, Vec<usize>>>,
}

/// The file's text: kept by the caller, or read again from the story's files on the first problem
/// (a story.json of hundreds of megabytes is not held through the whole load for problems it
/// mostly does not have).
enum Text<'a> {
    Kept(&'a str),
    ReadAgain {
        files: &'a super::StoryFiles,
        file: &'a str,
        text: OnceCell<String>,
    },
}

impl<'a> TextIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        Self::of(Text::Kept(text))
    }

    /// An index of `file` that reads it again only when a problem is to be located (if the file
    /// changed meanwhile, or cannot be read, positions fall back to its start).
    pub fn read_again(files: &'a super::StoryFiles, file: &'a str) -> Self {
        Self::of(Text::ReadAgain {
            files,
            file,
            text: OnceCell::new(),
        })
    }

    fn of(text: Text<'a>) -> Self {
        TextIndex {
            text,
            line_starts: OnceCell::new(),
            chars: OnceCell::new(),
            ids: OnceCell::new(),
        }
    }

    fn text(&self) -> &str {
        match &self.text {
            Text::Kept(text) => text,
            Text::ReadAgain { files, file, text } => {
                text.get_or_init(|| files.read_text(file).unwrap_or_default())
            }
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let line_starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text().as_bytes()).map(|i| i + 1))
                .collect()
        });
        let chars = self.chars.get_or_init(|| CharPositions::new(self.text()));
        let offset = offset.min(self.text().len());
        let line = line_starts.partition_point(|&start| start <= offset).max(1);
        let start = line_starts[line - 1];
        let column = match self.text().is_char_boundary(offset) {
            true => chars.of(self.text(), offset) - chars.of(self.text(), start) + 1,
            false => 1,
        };
        (line, column)
    }

    fn ids(&self) -> &HashMap<String, Vec<usize>> {
        self.ids.get_or_init(|| {
            let mut ids: HashMap<String, Vec<usize>> = HashMap::new();
            let bytes = self.text().as_bytes();
            for key in memchr::memmem::find_iter(bytes, b"\"id\"") {
                let rest = &self.text()[key + 4..];
                let after_colon = rest.trim_start().strip_prefix(':').map(str::trim_start);
                let Some(value) = after_colon.filter(|v| v.starts_with('"')) else {
                    continue;
                };
                let at = self.text().len() - value.len();
                let mut strings = serde_json::Deserializer::from_str(value).into_iter::<String>();
                if let Some(Ok(id)) = strings.next() {
                    ids.entry(id).or_default().push(at);
                }
            }
            ids
        })
    }

    /// Offset of the first JSON string equal to `value` at or after `from` (a reference inside a record).
    pub fn find_string(&self, from: usize, value: &str) -> Option<usize> {
        let needle = serde_json::to_string(value).ok()?;
        let rest = self.text().get(from..)?;
        memchr::memmem::find(rest.as_bytes(), needle.as_bytes()).map(|found| from + found)
    }

    /// Where the first JSON string equal to `value` is.
    pub fn string(&self, value: &str) -> Option<(usize, usize)> {
        self.find_string(0, value).map(|at| self.line_column(at))
    }

    /// Where the `nth` (from 0) record with this id is: a duplicate is pointed at where it repeats.
    pub fn nth_record(&self, id: &str, nth: usize) -> Option<(usize, usize)> {
        let at = *self.ids().get(id)?.get(nth)?;
        Some(self.line_column(at))
    }

    /// Where a record with this id is, and optionally a string inside it: the best place to point at.
    pub fn record(&self, id: &str, inner: Option<&str>) -> Option<(usize, usize)> {
        self.record_from(0, id, inner)
    }

    /// Like [`Self::record`], for the first record with this id at or after `from` (a record of a
    /// list that may share its id with a record of another list, found after that list's key).
    pub fn record_from(
        &self,
        from: usize,
        id: &str,
        inner: Option<&str>,
    ) -> Option<(usize, usize)> {
        let offsets = self.ids().get(id)?;
        let record = offsets[offsets
            .partition_point(|&at| at < from)
            .min(offsets.len() - 1)];
        let at = inner
            .and_then(|value| self.find_string(record + 1, value))
            .unwrap_or(record);
        Some(self.line_column(at))
    }

    /// Offset of the object key `key` (`"key":`), the first one in the file.
    pub fn key(&self, key: &str) -> Option<usize> {
        let needle = serde_json::to_string(key).ok()?;
        memchr::memmem::find_iter(self.text().as_bytes(), needle.as_bytes()).find(|&at| {
            self.text()[at + needle.len()..]
                .trim_start()
                .starts_with(':')
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_records_and_references_by_line_and_column() {
        let text = "{\n  \"events\": [\n    {\"id\": \"a\", \"places\": [\"x\"]},\n    {\"id\":\"b\", \"places\": [\"a\"]}\n  ]\n}";
        let index = TextIndex::new(text);
        assert_eq!(index.record("a", None), Some((3, 12)));
        assert_eq!(index.record("b", Some("a")), Some((4, 27)));
        assert_eq!(index.record("missing", None), None);
        assert_eq!(index.nth_record("a", 0), Some((3, 12)));
        assert_eq!(index.nth_record("a", 1), None);
        assert_eq!(index.line_column(0), (1, 1));
    }

    #[test]
    fn a_record_of_a_later_list_is_found_after_its_key() {
        let text =
            "{\"events\": [{\"id\": \"a\"}],\n\"steps\": [{\"id\": \"a\", \"quotes\": [\"q\"]}]}";
        let index = TextIndex::new(text);
        let steps = index.key("steps").unwrap();
        assert_eq!(index.record("a", None), Some((1, 20)));
        assert_eq!(index.record_from(steps, "a", None), Some((2, 18)));
        assert_eq!(index.record_from(steps, "a", Some("q")), Some((2, 34)));
        assert_eq!(index.key("missing"), None);
    }
}
