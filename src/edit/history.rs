//! Undo and redo: the edits made, in order, and those undone since; and whether the story differs
//! from what was last saved.

use super::Edit;

#[derive(Debug, Default)]
pub struct History {
    done: Vec<Edit>,
    undone: Vec<Edit>,
    /// How many edits were done when the story was last saved (or opened); none once that state
    /// can no longer be reached by undo or redo.
    saved_at: Option<usize>,
}

impl History {
    pub fn new() -> Self {
        History {
            saved_at: Some(0),
            ..History::default()
        }
    }

    /// The history of a story that has never been saved.
    pub fn unsaved() -> Self {
        History::default()
    }

    /// Records an edit just applied; what was undone can no longer be redone.
    pub fn push(&mut self, edit: Edit) {
        if self.saved_at.is_some_and(|at| at > self.done.len()) {
            self.saved_at = None;
        }
        self.undone.clear();
        self.done.push(edit);
    }

    /// The edit to apply to undo the last one (its inverse), moved to the redo list.
    pub fn undo(&mut self) -> Option<Edit> {
        let edit = self.done.pop()?;
        let inverse = edit.inverse();
        self.undone.push(edit);
        Some(inverse)
    }

    /// The edit to apply to redo the last one undone.
    pub fn redo(&mut self) -> Option<Edit> {
        let edit = self.undone.pop()?;
        self.done.push(edit.clone());
        Some(edit)
    }

    /// Puts back an undo or redo whose edit could not be applied.
    pub fn revert_undo(&mut self) {
        if let Some(edit) = self.undone.pop() {
            self.done.push(edit);
        }
    }

    pub fn revert_redo(&mut self) {
        if let Some(edit) = self.done.pop() {
            self.undone.push(edit);
        }
    }

    pub fn next_undo(&self) -> Option<&Edit> {
        self.done.last()
    }

    pub fn next_redo(&self) -> Option<&Edit> {
        self.undone.last()
    }

    pub fn mark_saved(&mut self) {
        self.saved_at = Some(self.done.len());
    }

    pub fn is_dirty(&self) -> bool {
        self.saved_at != Some(self.done.len())
    }
}
