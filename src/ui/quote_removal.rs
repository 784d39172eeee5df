//! Removing a quote, said before it is done: the events and steps it backs, or why it cannot go
//! (a claim or a reported figure rests on it).

use super::state::{Command, FormCommand};
use crate::document::Document;
use crate::edit::{amend, make};
use egui::RichText;

pub fn quote_removal_ui(
    ctx: &egui::Context,
    doc: &Document,
    quote: usize,
    commands: &mut Vec<Command>,
) {
    let story = doc.story();
    let Some(q) = story.quotes.get(quote) else {
        commands.push(Command::Form(FormCommand::CloseRemoveQuote));
        return;
    };
    let close = Command::Form(FormCommand::CloseRemoveQuote);
    let mut open = true;
    super::dialogs::form_window("remove-quote", "Remove a quote", ctx)
        .open(&mut open)
        .show(ctx, |ui| {
            let language = story
                .sources
                .get(q.source)
                .map_or("", |s| s.language.as_str());
            ui.label(
                RichText::new(crate::quotation::quoted(language, &q.exact))
                    .italics()
                    .background_color(super::style::QUOTE_BACKGROUND)
                    .color(super::style::INK),
            );
            ui.label(
                RichText::new("The source's text stays as it is: only this quote goes.").weak(),
            );
            match amend::quote_removal(story, quote) {
                Ok(effects) => {
                    ui.label("Removing it:");
                    for effect in effects {
                        ui.label(format!("• {effect}"));
                    }
                    ui.horizontal(|ui| {
                        if ui
                            .button(RichText::new("Remove the quote").strong())
                            .clicked()
                        {
                            if let Ok(edit) = make::remove_quote(story, quote) {
                                commands.push(Command::Edit(Box::new(edit)));
                            }
                            commands.push(close.clone());
                        }
                        if ui.button("Cancel").clicked() {
                            commands.push(close.clone());
                        }
                    });
                }
                Err(why) => {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        format!("This quote cannot be removed: {why}."),
                    );
                    if ui.button("Close").clicked() {
                        commands.push(close.clone());
                    }
                }
            }
        });
    if !open {
        commands.push(close);
    }
}
