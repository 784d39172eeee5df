//! Removing a quote, said before it is done: the events and steps it backs, or why it cannot go
//! (a claim or a reported figure rests on it).

use super::state::{Command, FormCommand};
use crate::document::Document;
use crate::edit::amend;
use crate::i18n::{tr, tr_with};
use egui::RichText;

pub fn quote_removal_ui(
    ctx: &egui::Context,
    doc: &Document,
    quote: usize,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let close = Command::Form(FormCommand::CloseRemoveQuote);
    if story.quotes.get(quote).is_none() {
        commands.push(close);
        return;
    }
    let title = crate::i18n::tr("quote-removal-title");
    super::form::show_window(
        ctx,
        "remove-quote",
        &title,
        close,
        commands,
        |ui, close, commands| {
            ui.label(
                RichText::new(crate::query::quote_words(story, quote))
                    .italics()
                    .background_color(super::style::QUOTE_BACKGROUND)
                    .color(super::style::INK),
            );
            ui.label(RichText::new(tr("quote-removal-text-stays")).weak());
            match amend::quote_removal(story, quote) {
                Ok(effects) => {
                    ui.label(tr("quote-removal-effects"));
                    for effect in effects {
                        ui.label(format!("• {effect}"));
                    }
                    ui.horizontal(|ui| {
                        if ui
                            .button(RichText::new(tr("quote-removal-remove")).strong())
                            .clicked()
                        {
                            if let Ok(edit) = amend::remove_quote(story, quote) {
                                commands.push(Command::Edit(Box::new(edit)));
                            }
                            commands.push(close.clone());
                        }
                        if ui.button(tr("form-cancel")).clicked() {
                            commands.push(close.clone());
                        }
                    });
                }
                Err(why) => {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        tr_with("quote-removal-cannot", &[("why", why.to_string().into())]),
                    );
                    if ui.button(tr("form-close")).clicked() {
                        commands.push(close.clone());
                    }
                }
            }
        },
    );
}
