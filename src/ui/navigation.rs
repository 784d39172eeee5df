//! Where the reader looks, moved by the commands that only move it: the cursor and the filtered
//! stepping (through `Playback`), a date typed, an event, a claim, a quote, a source or a passage
//! Find found brought forward, a tab or a list shown. Handled by the view they change; the app
//! shell is left what touches other state (the map brought to a place, Find's focus, files).

use crate::date;
use crate::document::Document;
use crate::playback::PlaybackCommand;
use crate::ui::state::{Command, Tab, View};

impl View {
    /// Applies `command` when it only moves the view; otherwise gives it back.
    pub fn navigate(&mut self, command: Command, doc: &Document) -> Option<Command> {
        let story = doc.story();
        match command {
            Command::Playback(command) => {
                let kept = self
                    .filter
                    .is_active()
                    .then_some(self.kept_events.as_slice());
                self.playback.apply_among(command, story, doc.axis(), kept);
            }
            Command::GoToDate(text) => match date::resolve(&text) {
                Ok(span) => {
                    let day = f64::from(span.earliest);
                    self.playback
                        .apply(PlaybackCommand::SetCursor(day), story, doc.axis());
                    self.date_error = None;
                }
                Err(error) => self.date_error = Some(error.to_string()),
            },
            Command::SelectEvent(event) => {
                if let Some(e) = story.events.get(event) {
                    let day = f64::from(e.date.earliest);
                    self.playback
                        .apply(PlaybackCommand::SetCursor(day), story, doc.axis());
                    self.selected_event = Some(event);
                    self.tab = Tab::AtCursor;
                }
            }
            Command::ShowFoundText { source, bytes } => {
                if story
                    .sources
                    .get(source)
                    .is_some_and(|s| s.text.get(bytes.clone()).is_some())
                {
                    self.reader_source = source;
                    self.focused_quote = None;
                    self.found_text = Some(bytes);
                    self.scroll_to_quote = true;
                    self.tab = Tab::Reader;
                }
            }
            Command::ShowClaim(claim) => {
                if claim < story.claims.len() {
                    self.focused_claim = Some(claim);
                    self.tab = Tab::Compare;
                }
            }
            Command::OpenQuote(quote) => {
                if let Some(q) = story.quotes.get(quote) {
                    self.found_text = None;
                    self.reader_source = q.source;
                    self.focused_quote = Some(quote);
                    self.scroll_to_quote = true;
                    self.tab = Tab::Reader;
                }
            }
            Command::OpenSource(source) => {
                if source < story.sources.len() {
                    self.reader_source = source;
                    self.focused_quote = None;
                    self.found_text = None;
                    self.tab = Tab::Reader;
                }
            }
            Command::ShowTab(tab) => self.tab = tab,
            Command::ShowList(list) => self.list = list,
            other => return Some(other),
        }
        None
    }
}
