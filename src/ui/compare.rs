//! Sources compared: each fact the sources report differently, every source of the story side by
//! side (or stacked when columns would be too narrow to read), "not reported" where one is silent.

use super::check::check_ui;
use super::history::history_button;
use super::quote::quote_ui;
use super::state::{Command, FormCommand};
use crate::checks::Checkable;
use crate::i18n::tr;
use crate::model::{Claim, Story};
use crate::versions::objects::Section;
use egui::RichText;

/// Narrower than this, a column of quotes is hard to read: the statements are stacked instead.
pub const MIN_COLUMN_WIDTH: f32 = 190.0;

pub fn compare_ui(
    ui: &mut egui::Ui,
    story: &Story,
    focused: Option<usize>,
    checker: &str,
    commands: &mut Vec<Command>,
) {
    if super::style::hinted_button(ui, story.sources.len() >= 2, "compare-new")
        .on_disabled_hover_text(tr("compare-new-disabled"))
        .clicked()
    {
        commands.push(Command::Form(FormCommand::Claim(None)));
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            if story.claims.is_empty() {
                ui.label(tr("compare-none"));
            }
            let sources = story.sources.len().max(1);
            let side_by_side = ui.available_width() / sources as f32 >= MIN_COLUMN_WIDTH;
            for (c, claim) in story.claims.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    let heading = ui.heading(&claim.topic);
                    if focused == Some(c) {
                        heading.scroll_to_me(Some(egui::Align::TOP));
                    }
                    if ui
                        .small_button(tr("compare-edit"))
                        .on_hover_text(tr("compare-edit-hint"))
                        .clicked()
                    {
                        commands.push(Command::Form(FormCommand::Claim(Some(c))));
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    check_ui(ui, story, Checkable::Claim(c), checker, commands);
                    history_button(ui, Section::Claims, &claim.id, commands);
                });
                if side_by_side {
                    ui.columns(sources, |columns| {
                        for (source, column) in columns.iter_mut().enumerate() {
                            // Ragged right: justified text would space letters apart.
                            column.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                                statement_ui(ui, story, claim, source, commands)
                            });
                        }
                    });
                } else {
                    for source in 0..story.sources.len() {
                        statement_ui(ui, story, claim, source, commands);
                        ui.add_space(4.0);
                    }
                }
                ui.separator();
            }
        });
}

/// What one source says of the claim, with its words, or that it does not report it.
fn statement_ui(
    ui: &mut egui::Ui,
    story: &Story,
    claim: &Claim,
    source: usize,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new(story.sources[source].credit()).strong());
    let statements = claim.statements.iter().filter(|s| s.source == source);
    let mut reported = false;
    for statement in statements {
        reported = true;
        ui.label(&statement.value);
        for &q in &statement.quotes {
            quote_ui(ui, story, q, commands);
        }
    }
    if !reported {
        ui.label(RichText::new(tr("compare-not-reported")).weak().italics());
    }
}
