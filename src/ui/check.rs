//! An event's or a claim's check on its card: who checked it and when, or that it changed since,
//! and the button an editor marks it checked with (asking for a name once, when none is known).

use super::state::{Command, TeamCommand};
use super::style;
use crate::checks::{self, CheckState, Checkable};
use crate::i18n::{tr, tr_with};
use crate::load::raw::Check;
use crate::model::Story;
use egui::RichText;

pub fn check_ui(
    ui: &mut egui::Ui,
    story: &Story,
    what: Checkable,
    checker: &str,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let (words, button) = match checks::state(story, what) {
            CheckState::Unchecked => (RichText::new(tr("check-none")).weak(), Some("check-mark")),
            CheckState::Holds(check) => {
                let words = said("check-holds", check);
                (RichText::new(words).color(style::CHECK_HOLDS), None)
            }
            CheckState::Changed(check) => (
                RichText::new(said("check-changed", check))
                    .color(style::CHECK_CHANGED)
                    .strong(),
                Some("check-again"),
            ),
        };
        ui.label(words);
        let Some(button) = button else {
            return;
        };
        // Without a known name, one is asked here, kept in egui's memory until the check is made.
        let name_id = ui.scope_id().with(("checker", format!("{what:?}")));
        let mut name: String = ui.data(|d| d.get_temp(name_id)).unwrap_or_default();
        if checker.is_empty() {
            ui.add(
                egui::TextEdit::singleline(&mut name)
                    .hint_text(tr("check-your-name"))
                    .desired_width(110.0),
            );
            ui.data_mut(|d| d.insert_temp(name_id, name.clone()));
        }
        let by = if checker.is_empty() {
            name.trim()
        } else {
            checker
        };
        let clicked = ui
            .add_enabled(!by.is_empty(), egui::Button::new(tr(button)).small())
            .on_hover_text(tr_with("check-mark-hint", &[("by", by.to_owned().into())]))
            .on_disabled_hover_text(tr("check-your-name-first"))
            .clicked();
        if clicked {
            commands.push(Command::Team(TeamCommand::MarkChecked {
                what,
                by: by.to_owned(),
            }));
        }
    });
}

/// "Checked by NAME on DAY", with its note; or "Changed since checked…".
fn said(id: &str, check: &Check) -> String {
    let day = checks::day(check).map_or_else(|| check.at.clone(), crate::date::long_date);
    let words = tr_with(id, &[("by", check.by.clone().into()), ("day", day.into())]);
    if check.note.is_empty() {
        words
    } else {
        format!("{words} — {}", check.note)
    }
}
