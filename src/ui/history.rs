//! Who changed an object and when: the commits of the story's repository that changed it, each
//! with its author, date, message and changed fields — read off the UI thread (git is run once per
//! revision), asked for from the object's card.

use super::object_words::object_name;
use super::review::changes_ui;
use super::state::{Command, TeamCommand};
use crate::i18n::{tr, tr_with};
use crate::model::Story;
use crate::versions::diff::Change;
use crate::versions::git::Commit;
use crate::versions::objects::Section;
use egui::RichText;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

type Found = Result<Vec<(Commit, Vec<Change>)>, String>;

/// An object's history, being read or read.
pub struct History {
    pub section: Section,
    pub id: String,
    reading: Option<Receiver<Found>>,
    found: Option<Found>,
}

impl History {
    /// Starts reading the history of `id` in the repository holding `folder`.
    pub fn start(folder: PathBuf, section: Section, id: String) -> Self {
        let (send, reading) = std::sync::mpsc::channel();
        let object = id.clone();
        let language = crate::i18n::language();
        std::thread::spawn(move || {
            crate::i18n::set_language(language);
            let found = crate::versions::review::history(&folder, Some(&object));
            // The window may be closed by now: the result is then dropped.
            let _ = send.send(found.map_err(|e| e.to_string()));
        });
        History {
            section,
            id,
            reading: Some(reading),
            found: None,
        }
    }

    /// Takes the result once the reading thread has one; whether it is still reading.
    pub fn poll(&mut self) -> bool {
        if let Some(reading) = &self.reading {
            match reading.try_recv() {
                Ok(found) => self.found = Some(found),
                Err(TryRecvError::Empty) => return true,
                Err(TryRecvError::Disconnected) => {
                    self.found = Some(Err(tr("history-thread-stopped")));
                }
            }
            self.reading = None;
        }
        false
    }
}

/// The button on a card that shows who changed the object.
pub fn history_button(ui: &mut egui::Ui, section: Section, id: &str, commands: &mut Vec<Command>) {
    if ui
        .small_button(tr("history-button"))
        .on_hover_text(tr("history-button-hint"))
        .clicked()
    {
        commands.push(Command::Team(TeamCommand::ShowHistory(Some((
            section,
            id.to_owned(),
        )))));
    }
}

pub fn history_ui(
    ctx: &egui::Context,
    story: &Story,
    history: &mut History,
    commands: &mut Vec<Command>,
) {
    if history.poll() {
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }
    let mut open = true;
    let name = object_name(story, Some(history.section), &history.id);
    egui::Window::new(tr_with("history-title", &[("object", name.into())]))
        .id(egui::Id::unique("history"))
        .open(&mut open)
        .default_width(520.0)
        .max_height((ctx.content_rect().height() - 90.0).max(200.0))
        .default_pos([260.0, 90.0])
        .show(ctx, |ui| match &history.found {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr("history-reading"));
                });
            }
            Some(Err(error)) => {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            Some(Ok(commits)) if commits.is_empty() => {
                ui.label(tr("history-none"));
            }
            Some(Ok(commits)) => {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for (commit, changes) in commits {
                        let day = commit.date.get(..10).unwrap_or(&commit.date);
                        let short = commit.commit.get(..10).unwrap_or(&commit.commit);
                        let heading = format!("{day} · {} — {}", commit.author, commit.message);
                        ui.label(RichText::new(heading).strong())
                            .on_hover_text(short);
                        changes_ui(ui, story, changes, commands);
                        ui.separator();
                    }
                });
            }
        });
    if !open {
        commands.push(Command::Team(TeamCommand::ShowHistory(None)));
    }
}
