//! Opening a large story off the UI thread: the window keeps drawing, shows how long it has been
//! loading, and Cancel returns to the open story at once and stops the loading thread at its next
//! step, so it lets go of what it read. The same thread prepares what the first Find and the first
//! edit would otherwise build on the UI thread (0.9 s and 0.2 s at ACLED's size).

use super::state::Command;
use crate::document::Document;
use crate::i18n::{tr, tr_with};
use crate::load::{Cancel, LoadErrors};
use crate::search;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Instant;

/// A story being opened in the background.
pub struct Opening {
    pub path: PathBuf,
    started: Instant,
    result: Receiver<Result<Opened, LoadErrors>>,
    cancel: Cancel,
}

/// A story opened, with Find's index of it when it was built beside it.
pub struct Opened {
    pub doc: Document,
    /// The index and the document version it was built from.
    pub find_index: Option<(u64, search::Index)>,
}

impl Opened {
    /// Opened on the UI thread: Find builds its index when first asked.
    pub fn alone(doc: Document) -> Self {
        Opened {
            doc,
            find_index: None,
        }
    }

    /// Opened on a thread of its own, which builds what the editor would build on the first
    /// question, there rather than on the UI thread.
    fn prepared(doc: Document) -> Self {
        let story = doc.story();
        story.prepare_lookups();
        let find_index = Some((doc.version(), search::Index::new(story)));
        Opened { doc, find_index }
    }
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
            let opened = Document::open_cancellable(&reading, &asked).map(Opened::prepared);
            let _ = send.send(opened);
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
    pub fn poll(&self) -> Option<Result<Opened, LoadErrors>> {
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
