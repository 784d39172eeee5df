//! One quote as every panel shows it: the verbatim words, then who said it where and when; a click
//! opens the article at that passage.

use super::state::Command;
use crate::i18n::{tr, tr_with};
use crate::model::{QuoteFate, Story};
use egui::RichText;

pub fn quote_ui(ui: &mut egui::Ui, story: &Story, quote: usize, commands: &mut Vec<Command>) {
    if story.quotes.get(quote).is_none() {
        return;
    }
    egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(8, 4))
        .stroke(egui::Stroke::new(
            1.0,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        ))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // A region of a picture is shown as itself, its caption under it.
            if let Some(region) = story.quotes[quote].region {
                super::picture::crop_ui(
                    ui,
                    &story.sources[story.quotes[quote].source],
                    region,
                    160.0,
                );
            }
            let words = ui
                .add(
                    egui::Label::new(
                        RichText::new(crate::query::quote_words(story, quote)).italics(),
                    )
                    .sense(egui::Sense::click()),
                )
                .on_hover_text(tr("quote-open-hint"));
            if words.clicked() {
                commands.push(Command::OpenQuote(quote));
            }
            if let Some((later, fate)) = later_fate(story, quote) {
                ui.horizontal_wrapped(|ui| {
                    let what = match fate {
                        QuoteFate::Orphaned => "quote-not-found-later",
                        _ => "quote-reworded-later",
                    };
                    let later_label = story.sources[later].label.clone();
                    ui.label(
                        RichText::new(tr_with(what, &[("source", later_label.into())]))
                            .color(super::style::CURRENT)
                            .small(),
                    );
                    if ui.small_button(tr("quote-read-it")).clicked() {
                        commands.push(Command::OpenSource(later));
                    }
                });
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!("— {}", crate::query::quote_credit(story, quote)))
                        .weak()
                        .small(),
                );
                if ui.small_button(tr("quote-read-in-source")).clicked() {
                    commands.push(Command::OpenQuote(quote));
                }
            });
        });
}

/// The later version of the quote's source in which it was reworded or lost, if any.
fn later_fate(story: &Story, quote: usize) -> Option<(usize, &QuoteFate)> {
    story.revisions.iter().find_map(|revision| {
        revision
            .quotes
            .iter()
            .find(|(q, fate)| {
                *q == quote && matches!(fate, QuoteFate::Changed { .. } | QuoteFate::Orphaned)
            })
            .map(|(_, fate)| (revision.later, fate))
    })
}
