//! Opening a large story off the UI thread: the window keeps drawing, shows how long it has been
//! loading, and Cancel returns to the open story at once and stops the loading thread at its next
//! step, so it lets go of what it read.

use super::state::Command;
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::load::{Cancel, LoadErrors};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Instant;

/// A story being opened in the background.
pub struct Opening {
    pub path: PathBuf,
    started: Instant,
    result: Receiver<Result<Document, LoadErrors>>,
    cancel: Cancel,
}

impl Opening {
    pub fn start(path: PathBuf) -> Self {
        let (send, result) = std::sync::mpsc::channel();
        let reading = path.clone();
        let cancel = Cancel::default();
        let asked = cancel.clone();
        // What the loader says (notices, problems) is said in the window's language.
        let language = crate::i18n::language();
        std::thread::spawn(move || {
            crate::i18n::set_language(language);
            // The receiver may be gone (cancelled): the result is then dropped.
            let _ = send.send(Document::open_cancellable(&reading, &asked));
        });
        Opening {
            path,
            started: Instant::now(),
            result,
            cancel,
        }
    }

    /// Stops the loading thread at its next step (it is not waited for).
    pub fn cancel(self) {
        self.cancel.cancel();
    }

    /// The result, once the loading thread has one.
    pub fn poll(&self) -> Option<Result<Document, LoadErrors>> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(LoadErrors::one(
                self.path.display().to_string(),
                None,
                crate::load::Problem::Unreadable(crate::i18n::tr("opening-thread-stopped")),
            ))),
        }
    }
}

pub fn opening_ui(ctx: &egui::Context, opening: &Opening, commands: &mut Vec<Command>) {
    egui::Window::new(crate::i18n::tr("opening-title"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 90.0])
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr_with(
                    "opening-progress",
                    &[
                        ("path", opening.path.display().to_string().into()),
                        (
                            "seconds",
                            format!("{:.0}", opening.started.elapsed().as_secs_f32()).into(),
                        ),
                    ],
                ));
            });
            ui.label(tr("opening-keeps-open"));
            if ui.button(tr("form-cancel")).clicked() {
                commands.push(Command::CancelOpening);
            }
        });
}
