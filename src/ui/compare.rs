//! Sources compared: each fact the articles report differently, side by side with their quotes.

use super::quote::quote_ui;
use super::state::Command;
use crate::model::Story;
use egui::RichText;

pub fn compare_ui(ui: &mut egui::Ui, story: &Story, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            if story.claims.is_empty() {
                ui.label("The story records no facts that its sources report differently.");
            }
            for claim in &story.claims {
                ui.heading(&claim.topic);
                let columns = claim.statements.len().max(1);
                ui.columns(columns, |columns| {
                    for (column, statement) in columns.iter_mut().zip(&claim.statements) {
                        let source = &story.sources[statement.source];
                        column.label(RichText::new(&source.label).strong());
                        column.label(&statement.value);
                        for &q in &statement.quotes {
                            quote_ui(column, story, q, commands);
                        }
                    }
                });
                ui.separator();
            }
        });
}
