//! Where a quote leads: what it backs, names and shows differently (said on hover), and the event
//! or place a click on it opens — the same for a highlighted passage and a picture's region.

use super::state::Command;
use crate::document::Document;
use crate::i18n::tr_with;

/// What a quote backs, names and shows differently, as its highlight's hover says it.
pub fn quote_hover_ui(ui: &mut egui::Ui, doc: &Document, quote: usize) {
    let story = doc.story();
    for &e in doc.story_index().events_citing(quote) {
        ui.label(tr_with(
            "reader-hover-event",
            &[("title", story.events[e].title.clone().into())],
        ));
    }
    for &p in &story.quotes[quote].mentions {
        ui.label(tr_with(
            "reader-hover-names",
            &[("name", story.places[p].name.clone().into())],
        ));
    }
    for &c in doc.story_index().claims_citing(quote) {
        ui.label(tr_with(
            "differ-link",
            &[("topic", story.claims[c].topic.clone().into())],
        ));
    }
}

/// A click on a quote leads to the first event it backs, else the first place it names.
pub fn follow_quote(doc: &Document, quote: usize, commands: &mut Vec<Command>) {
    let events = doc.story_index().events_citing(quote);
    match (events.first(), doc.story().quotes[quote].mentions.first()) {
        (Some(&e), _) => commands.push(Command::SelectEvent(e)),
        (None, Some(&p)) => commands.push(Command::SelectPlace(Some(p))),
        (None, None) => {}
    }
}
