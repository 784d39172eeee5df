//! One quote as every panel shows it: the verbatim words, then who said it where and when; a click
//! opens the article at that passage.

use super::state::Command;
use crate::model::Story;
use egui::RichText;

pub fn quote_ui(ui: &mut egui::Ui, story: &Story, quote: usize, commands: &mut Vec<Command>) {
    let Some(q) = story.quotes.get(quote) else {
        return;
    };
    let source = &story.sources[q.source];
    egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(8, 4))
        .stroke(egui::Stroke::new(
            1.0,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        ))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let words = ui
                .add(
                    egui::Label::new(RichText::new(format!("« {} »", q.exact)).italics())
                        .sense(egui::Sense::click()),
                )
                .on_hover_text("Open the article at this passage");
            if words.clicked() {
                commands.push(Command::OpenQuote(quote));
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("— {}", source.label)).weak().small());
                if ui.small_button("Read in source").clicked() {
                    commands.push(Command::OpenQuote(quote));
                }
            });
        });
}
