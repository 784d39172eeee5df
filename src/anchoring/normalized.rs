//! A source seen through Unicode NFC with CRLF line ends read as LF, so a quote typed in NFD (or
//! copied with LF line ends) still anchors in a text stored in NFC (or with CRLF, as Git for Windows
//! checks it out): canonically equivalent text is the same words (Unicode C6). The source itself is
//! never changed: positions found in the view are mapped back to its own bytes.

use unicode_normalization::UnicodeNormalization;

/// The normalised text and where its bytes come from in the original.
pub struct Normalized {
    pub text: String,
    /// Pieces that changed: (start in the view, length in the view, start in the original, length
    /// in the original), in order. Bytes between pieces map one to one.
    changed: Vec<(usize, usize, usize, usize)>,
}

/// `text` in NFC, with "\r\n" as "\n".
pub fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n").nfc().collect()
}

impl Normalized {
    /// Normalises piece by piece between whitespace, which no canonical composition crosses, so
    /// every changed piece maps back to its own bytes.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut changed = Vec::new();
        let mut piece_start = 0;
        let bytes = original.as_bytes();
        let mut at = 0;
        while at <= original.len() {
            let boundary = at == original.len() || bytes[at].is_ascii_whitespace();
            if boundary {
                let piece = &original[piece_start..at];
                if piece.is_ascii() {
                    text.push_str(piece);
                } else {
                    let start = text.len();
                    text.extend(piece.nfc());
                    if &text[start..] != piece {
                        changed.push((start, text.len() - start, piece_start, piece.len()));
                    }
                }
                if at == original.len() {
                    break;
                }
                // A CR before LF is dropped from the view; other whitespace is kept as it is.
                if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    changed.push((text.len(), 0, at, 1));
                } else {
                    text.push(char::from(bytes[at]));
                }
                piece_start = at + 1;
            }
            at += 1;
        }
        Normalized { text, changed }
    }

    /// Whether the view is the original text byte for byte (it was NFC, with LF line ends).
    pub fn is_original(&self) -> bool {
        self.changed.is_empty()
    }

    /// The original byte offset of a view offset; one inside a changed piece goes to the piece's
    /// start (`at_end` false) or end (`at_end` true), so a range never cuts a character.
    pub fn original(&self, view: usize, at_end: bool) -> usize {
        // An end belongs to what comes before it, a start to what comes after.
        let index = self
            .changed
            .partition_point(|&(start, ..)| start < view || (!at_end && start == view));
        let Some(&(start, len, original_start, original_len)) =
            index.checked_sub(1).and_then(|i| self.changed.get(i))
        else {
            return view;
        };
        if view < start + len || (view == start + len && len == 0 && !at_end) {
            return if at_end && view > start {
                original_start + original_len
            } else {
                original_start
            };
        }
        view - (start + len) + (original_start + original_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_nfd_map_back_to_the_original_bytes() {
        // "é" stored decomposed (e + U+0301) and lines ending in CRLF.
        let original = "Le convoi est arrive\u{301}.\r\nIl est reparti.\r\n";
        let view = Normalized::new(original);
        assert_eq!(view.text, "Le convoi est arrivé.\nIl est reparti.\n");
        let at = view.text.find("Il est").unwrap();
        let back = view.original(at, false);
        assert_eq!(&original[back..back + 6], "Il est");
        let word = view.text.find("arrivé.").unwrap();
        let (from, to) = (
            view.original(word, false),
            view.original(word + "arrivé.".len(), true),
        );
        assert_eq!(&original[from..to], "arrive\u{301}.");
    }

    #[test]
    fn ascii_text_is_its_own_view() {
        let view = Normalized::new("plain text\nhere");
        assert_eq!(view.text, "plain text\nhere");
        assert_eq!(view.original(6, false), 6);
    }
}
