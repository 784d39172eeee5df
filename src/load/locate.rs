//! Finds line and column for problems found after parsing, when serde's own positions are gone: the
//! record is found by its `"id": "…"` pair in the file's text.

pub struct TextIndex<'a> {
    text: &'a str,
    /// Built on the first problem that needs a line number: a story that loads never pays for it.
    line_starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> TextIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        TextIndex {
            text,
            line_starts: std::cell::OnceCell::new(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let line_starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let line = line_starts.partition_point(|&start| start <= offset).max(1);
        let start = line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// Offset of the value in the first `"key": value` pair at or after `from` whose value is `value`.
    pub fn find_pair(&self, from: usize, key: &str, value: &str) -> Option<usize> {
        let needle = serde_json::to_string(value).ok()?;
        let key = serde_json::to_string(key).ok()?;
        let mut search = from;
        while let Some(found) = self.text.get(search..)?.find(&needle) {
            let at = search + found;
            let before = self.text[..at].trim_end();
            if let Some(before) = before.strip_suffix(':')
                && before.trim_end().ends_with(&key)
            {
                return Some(at);
            }
            search = at + needle.len();
        }
        None
    }

    /// Offset of the first JSON string equal to `value` at or after `from` (a reference inside a record).
    pub fn find_string(&self, from: usize, value: &str) -> Option<usize> {
        let needle = serde_json::to_string(value).ok()?;
        self.text
            .get(from..)?
            .find(&needle)
            .map(|found| from + found)
    }

    /// Where the `nth` (from 0) record with this id is: a duplicate is pointed at where it repeats.
    pub fn nth_record(&self, id: &str, nth: usize) -> Option<(usize, usize)> {
        let mut at = self.find_pair(0, "id", id)?;
        for _ in 0..nth {
            at = self.find_pair(at + 1, "id", id)?;
        }
        Some(self.line_column(at))
    }

    /// Where a record with this id is, and optionally a string inside it: the best place to point at.
    pub fn record(&self, id: &str, inner: Option<&str>) -> Option<(usize, usize)> {
        let record = self.find_pair(0, "id", id)?;
        let at = inner
            .and_then(|value| self.find_string(record + 1, value))
            .unwrap_or(record);
        Some(self.line_column(at))
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
}
