//! The Conflicts window: what a merge could not settle, each conflict with both sides side by side
//! in words (dates explained, quotes with their words, places by name and where they lie), and
//! *Take ours*, *Take theirs* or *Edit* (ours kept, the object's form opened).

use super::object_words::{object_name, position, side_words};
use super::state::{Command, FormCommand, TeamCommand, TourCommand};
use crate::i18n::{tr, tr_with};
use crate::load::raw::RawConflict;
use crate::model::Story;
use crate::versions::objects::Section;
use crate::versions::resolve::Side;
use egui::RichText;

pub fn conflicts_ui(ctx: &egui::Context, story: &Story, commands: &mut Vec<Command>) {
    let mut open = true;
    let title = tr_with(
        "conflicts-title",
        &[("count", story.conflicts.len().into())],
    );
    egui::Window::new(title)
        .id(egui::Id::unique("conflicts"))
        .open(&mut open)
        .default_width(620.0)
        .max_height((ctx.content_rect().height() - 90.0).max(200.0))
        .anchor(egui::Align2::CENTER_TOP, [0.0, 60.0])
        .show(ctx, |ui| {
            if story.conflicts.is_empty() {
                ui.label(tr("conflicts-none-left"));
                return;
            }
            ui.label(RichText::new(tr("conflicts-hint")).weak());
            egui::ScrollArea::vertical().show(ui, |ui| {
                for conflict in &story.conflicts {
                    ui.separator();
                    conflict_ui(ui, story, conflict, commands);
                }
            });
        });
    if !open {
        commands.push(Command::Team(TeamCommand::ShowConflicts(false)));
    }
}

fn conflict_ui(
    ui: &mut egui::Ui,
    story: &Story,
    conflict: &RawConflict,
    commands: &mut Vec<Command>,
) {
    let section = Section::of_kind(&conflict.kind);
    let object = object_name(story, section, &conflict.object);
    let field = conflict
        .field
        .clone()
        .unwrap_or_else(|| tr("conflicts-whole-object"));
    ui.label(RichText::new(format!("{object} — {field}")).strong());
    ui.columns(2, |columns| {
        for (column, (heading, value)) in columns.iter_mut().zip([
            (tr("conflicts-ours"), &conflict.ours),
            (tr("conflicts-theirs"), &conflict.theirs),
        ]) {
            column.label(RichText::new(heading).weak());
            let said = side_words(story, section, conflict.field.as_deref(), value);
            column.add(egui::Label::new(said).wrap());
        }
    });
    if !conflict.base.is_null() {
        let base = side_words(story, section, conflict.field.as_deref(), &conflict.base);
        ui.label(RichText::new(tr_with("conflicts-base", &[("value", base.into())])).weak());
    }
    ui.horizontal(|ui| {
        let settle = |take| {
            Command::Team(TeamCommand::SettleConflict {
                id: conflict.id.clone(),
                take,
            })
        };
        if ui.button(tr("conflicts-take-ours")).clicked() {
            commands.push(settle(Side::Ours));
        }
        if ui.button(tr("conflicts-take-theirs")).clicked() {
            commands.push(settle(Side::Theirs));
        }
        let form = section.and_then(|s| form_of(story, s, &conflict.object));
        let edit = super::style::hinted_button(ui, form.is_some(), "conflicts-edit");
        if let (true, Some(form)) = (edit.clicked(), form) {
            commands.push(settle(Side::Ours));
            commands.push(form);
        }
    });
}

/// The command that opens the object's form, when it has one.
fn form_of(story: &Story, section: Section, id: &str) -> Option<Command> {
    let at = position(story, section, id)?;
    Some(match section {
        Section::Events => Command::Form(FormCommand::Event(Some(at))),
        Section::Places => Command::Form(FormCommand::Place(at)),
        Section::Claims => Command::Form(FormCommand::Claim(Some(at))),
        Section::Sources => Command::Form(FormCommand::Source(at)),
        Section::Steps => Command::Tour(TourCommand::Edit(at)),
        _ => return None,
    })
}
