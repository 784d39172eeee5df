//! The source reader: an article's full text with every anchored quote highlighted; a highlight
//! leads to the event it backs or the place it names.

use super::state::{Command, View};
use super::style;
use crate::document::Document;
use egui::{RichText, Sense};

pub fn reader_ui(ui: &mut egui::Ui, doc: &Document, view: &View, commands: &mut Vec<Command>) {
    let story = doc.story();
    let Some(source) = story.sources.get(view.reader_source) else {
        ui.label("This story has no sources.");
        return;
    };
    ui.horizontal_wrapped(|ui| {
        for (s, other) in story.sources.iter().enumerate() {
            if ui
                .selectable_label(s == view.reader_source, &other.label)
                .clicked()
            {
                commands.push(Command::OpenSource(s));
            }
        }
    });
    ui.label(RichText::new(&source.title).strong().size(15.0));
    ui.label(format!(
        "{} · published {} · language {}",
        source.publisher.as_deref().unwrap_or("publisher not named"),
        source.published.edtf,
        source.language
    ));
    // A link opens only when clicked, and only for http(s); any other address is shown as text.
    match (source.web_link(), &source.url) {
        (Some(link), _) => {
            ui.hyperlink_to("Open the original page", link)
                .on_hover_text(link);
        }
        (None, Some(other)) => {
            ui.label(
                RichText::new(format!("Address (not opened: not http or https): {other}"))
                    .weak()
                    .small(),
            );
        }
        (None, None) => {}
    }
    if !source.notes.is_empty() {
        ui.label(RichText::new(&source.notes).weak().small());
    }
    super::evidence::evidence_ui(ui, doc, view.reader_source, commands);
    ui.label(RichText::new("Highlighted: passages that back an event (yellow) or name a place (blue). Click one to go to it.").weak().small());
    ui.separator();

    let quotes = doc.story_index().quotes_in_source(view.reader_source);
    egui::ScrollArea::vertical()
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            let text = source.text.as_str();
            let mut offset = 0;
            for paragraph in text.split('\n') {
                let range = offset..offset + paragraph.len();
                offset = range.end + 1;
                if paragraph.trim().is_empty() {
                    ui.add_space(6.0);
                    continue;
                }
                ui.horizontal_wrapped(|ui| {
                    ui.spacing_mut().item_spacing.x = 0.0;
                    let mut at = range.start;
                    // Adjacent highlights alternate in shade, so each quote's bounds show.
                    let mut shade = false;
                    // Quotes in text order, and the passage Find found, where it does not overlap one.
                    let found = view.found_text.clone().map(|bytes| (bytes, None));
                    let marks = quotes
                        .iter()
                        .map(|&q| (story.quotes[q].bytes.clone(), Some(q)))
                        .chain(found);
                    let mut marks: Vec<_> = marks
                        .filter(|(bytes, _)| bytes.start < range.end && bytes.end > range.start)
                        .collect();
                    marks.sort_by_key(|(bytes, _)| bytes.start);
                    for (bytes, quote) in marks {
                        let start = bytes.start.max(range.start);
                        let end = bytes.end.min(range.end);
                        if start >= end || start < at {
                            continue;
                        }
                        if at < start {
                            ui.label(&text[at..start]);
                            shade = false;
                        } else if at > range.start {
                            shade = !shade;
                        }
                        let words = &text[start..end];
                        match quote {
                            Some(q) => highlight_ui(ui, doc, view, q, words, shade, commands),
                            None => found_ui(ui, view, words),
                        }
                        at = end;
                    }
                    if at < range.end {
                        ui.label(&text[at..range.end]);
                    }
                });
            }
        });
}

fn highlight_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    view: &View,
    quote: usize,
    words: &str,
    shade: bool,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let events = doc.story_index().events_citing(quote);
    let claims = doc.story_index().claims_citing(quote);
    let mentions = &story.quotes[quote].mentions;
    let focused = view.focused_quote == Some(quote);
    let background = if focused {
        style::FOCUSED_QUOTE_BACKGROUND
    } else if events.is_empty() {
        style::MENTION_BACKGROUND
    } else {
        style::QUOTE_BACKGROUND
    };
    let background = if shade {
        background.gamma_multiply(0.75)
    } else {
        background
    };
    let response = ui
        .add(
            egui::Label::new(
                RichText::new(words)
                    .background_color(background)
                    .color(style::INK),
            )
            .sense(Sense::click()),
        )
        .on_hover_ui(|ui| {
            for &e in events {
                ui.label(format!("Event: {}", story.events[e].title));
            }
            for &p in mentions {
                ui.label(format!("Names: {}", story.places[p].name));
            }
            for &c in claims {
                ui.label(format!("Sources differ: {}", story.claims[c].topic));
            }
        });
    if focused && view.scroll_to_quote {
        response.scroll_to_me(Some(egui::Align::Center));
    }
    if response.clicked() {
        match (events.first(), mentions.first()) {
            (Some(&e), _) => commands.push(Command::SelectEvent(e)),
            (None, Some(&p)) => commands.push(Command::SelectPlace(Some(p))),
            (None, None) => {}
        }
    }
}

/// The passage Find found: marked like a focused quote, and scrolled to once.
fn found_ui(ui: &mut egui::Ui, view: &View, words: &str) {
    let response = ui.label(
        RichText::new(words)
            .background_color(style::FOCUSED_QUOTE_BACKGROUND)
            .color(style::INK),
    );
    if view.scroll_to_quote {
        response.scroll_to_me(Some(egui::Align::Center));
    }
}
