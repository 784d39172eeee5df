//! Input that is not a panel's: keys that work anywhere, files dropped on the window, and the
//! clock that moves the cursor while playing.

use super::ChronomapApp;
use crate::formats::Format;
use crate::playback::PlaybackCommand;
use crate::ui::reader;
use crate::ui::state::{Command, FileAction, TourCommand};
use std::path::PathBuf;

impl ChronomapApp {
    /// Keys work anywhere except while typing in a text field (the reader's text, which cannot
    /// be typed in, lets undo and redo through).
    pub(super) fn keyboard_commands(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        use egui::{Key, Modifiers};
        let pressed = |modifiers, key| ctx.input_mut(|i| i.consume_key(modifiers, key));
        if pressed(Modifiers::COMMAND, Key::F) {
            commands.push(Command::StartFind);
        }
        if pressed(Modifiers::COMMAND, Key::S) {
            commands.push(Command::File(FileAction::Save));
        }
        if pressed(Modifiers::COMMAND | Modifiers::SHIFT, Key::Q) {
            commands.push(Command::QuoteIntoClaim);
        }
        if pressed(Modifiers::COMMAND, Key::Q) {
            commands.push(Command::QuoteSelection);
        }
        // Escape closes the dialog on top, even from one of its fields (which it also leaves).
        if self.dialog_open() && pressed(Modifiers::NONE, Key::Escape) {
            commands.push(Command::CloseTopDialog);
        }
        let typing = ctx.egui_wants_keyboard_input()
            && ctx.memory(|m| m.focused()) != Some(reader::text_id(self.view.reader_source));
        if typing {
            return;
        }
        if pressed(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
            || pressed(Modifiers::COMMAND, Key::Y)
        {
            commands.push(Command::Redo);
        }
        if pressed(Modifiers::COMMAND, Key::Z) {
            commands.push(Command::Undo);
        }
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        ctx.input(|i| {
            for (key, command) in [
                (egui::Key::ArrowRight, PlaybackCommand::NextEvent),
                (egui::Key::ArrowLeft, PlaybackCommand::PreviousEvent),
                (egui::Key::Space, PlaybackCommand::TogglePlay),
            ] {
                if i.key_pressed(key) {
                    commands.push(Command::Playback(command));
                }
            }
            for (key, command) in [
                (egui::Key::PageDown, TourCommand::Next),
                (egui::Key::PageUp, TourCommand::Previous),
            ] {
                if i.key_pressed(key) {
                    commands.push(Command::Tour(command));
                }
            }
        });
    }

    pub(super) fn advance_playback(&mut self, ctx: &egui::Context) {
        if self.view.playback.playing() {
            let elapsed_secs = f64::from(ctx.input(|i| i.stable_dt)).min(0.1);
            self.view.playback.advance(elapsed_secs, self.doc.axis());
            ctx.request_repaint();
        }
    }

    /// Files dropped on the window: a story folder or story.json opens, other files import.
    pub(super) fn dropped_files(ctx: &egui::Context, commands: &mut Vec<Command>) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        for path in dropped {
            let action = match Format::of_dropped(&path) {
                Some(format) if path.is_file() => FileAction::Import(format, path),
                _ => FileAction::Open(path),
            };
            commands.push(Command::File(action));
        }
    }
}
