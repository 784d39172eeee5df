//! Windows over the app: every problem of a file that did not open, a notice, and About.

use super::state::Command;
use crate::i18n::{tr, tr_with};
use egui::RichText;

/// How wide a form is, whatever it holds: its text wraps, so typing never moves its buttons.
const FORM_WIDTH: f32 = 560.0;

/// A form's window: centred near the top, of one width (what it holds wraps inside it) and never
/// taller than the app's window (its content scrolls inside), so its buttons stay in reach and in
/// place whatever it holds. `id` keeps it the same window when its title changes ("New event",
/// "Back an event").
pub fn form_window<'a>(id: &str, title: &'a str, ctx: &egui::Context) -> egui::Window<'a> {
    let room = ctx.content_rect().height() - 90.0;
    let width = FORM_WIDTH.min(ctx.content_rect().width() - 24.0).max(240.0);
    egui::Window::new(title)
        .id(egui::Id::unique(("form", id)))
        .collapsible(false)
        .resizable([false, true])
        .default_width(width)
        .min_width(width)
        .max_width(width)
        .max_height(room.max(200.0))
        .anchor(egui::Align2::CENTER_TOP, [0.0, 60.0])
}

/// Shows a form's window (`form_window`) with `body`, which is given `close` for its own buttons;
/// closing the window asks for it too.
pub fn show_form(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    close: Command,
    commands: &mut Vec<Command>,
    body: impl FnOnce(&mut egui::Ui, &Command, &mut Vec<Command>),
) {
    let mut open = true;
    form_window(id, title, ctx)
        .open(&mut open)
        .show(ctx, |ui| body(ui, &close, commands));
    if !open {
        commands.push(close);
    }
}

/// A line of a form that wraps at the form's edge (a date's explanation, an error), wherever it
/// stands, even in a grid's cell or a row.
pub fn wrapped(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    ui.add(egui::Label::new(text).wrap())
}

/// How tall a form's scrolling part may be, leaving room for its title and buttons.
fn form_scroll_height(ctx: &egui::Context) -> f32 {
    (ctx.content_rect().height() - 200.0).max(120.0)
}

/// A form's fields, which scroll when they are taller than the window allows, so the error and
/// buttons drawn after them stay in sight.
pub fn form_fields(ui: &mut egui::Ui, add_fields: impl FnOnce(&mut egui::Ui)) {
    let height = form_scroll_height(ui.ctx());
    egui::ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, add_fields);
}

/// What a form says went wrong, if anything, wrapped within the form.
pub fn form_error(ui: &mut egui::Ui, error: &Option<String>) {
    if let Some(error) = error {
        let color = ui.visuals().error_fg_color;
        wrapped(ui, RichText::new(error).color(color));
    }
}

/// A form that shows what went wrong with its last request.
pub trait Form {
    fn error(&mut self) -> &mut Option<String>;
}

/// A form whose field `error` holds what went wrong with its last request.
macro_rules! form_with_error {
    ($form:ty) => {
        impl super::dialogs::Form for $form {
            fn error(&mut self) -> &mut Option<String> {
                &mut self.error
            }
        }
    };
}
pub(crate) use form_with_error;

/// A form's button: pressed, `make` gives the command to carry out (an edit, a file action), which
/// is pushed with `close`; or it gives what is wrong, which the form shows, staying open.
pub fn form_button<F: Form>(
    ui: &mut egui::Ui,
    label: impl Into<egui::WidgetText>,
    form: &mut F,
    make: impl FnOnce(&F) -> Result<Command, String>,
    close: Option<Command>,
    commands: &mut Vec<Command>,
) {
    if ui.button(label).clicked() {
        match make(form) {
            Ok(command) => {
                commands.push(command);
                commands.extend(close);
            }
            Err(problem) => *form.error() = Some(problem),
        }
    }
}

/// What a form's button makes when pressed: the command, or what is wrong.
pub type Make<'a, F> = Box<dyn FnOnce(&F) -> Result<Command, String> + 'a>;

/// A form's foot: what went wrong with its last request, then its main action (`save`: its label
/// and what it makes), a second one when the form edits something that can go (`remove`), and
/// Cancel; an action that succeeds, and Cancel, close the form with `close`.
pub fn form_footer<F: Form>(
    ui: &mut egui::Ui,
    form: &mut F,
    save: (String, Make<'_, F>),
    remove: Option<(String, Make<'_, F>)>,
    close: Command,
    commands: &mut Vec<Command>,
) {
    form_error(ui, form.error());
    ui.horizontal(|ui| {
        let (label, make) = save;
        let label = RichText::new(label).strong();
        form_button(ui, label, form, make, Some(close.clone()), commands);
        if let Some((label, make)) = remove {
            form_button(ui, label, form, make, Some(close.clone()), commands);
        }
        if ui.button(tr("form-cancel")).clicked() {
            commands.push(close);
        }
    });
}

/// An edit as the command that applies it, for `form_button`.
pub fn apply<E: ToString>(edit: Result<crate::edit::Edit, E>) -> Result<Command, String> {
    edit.map(|edit| Command::Edit(Box::new(edit)))
        .map_err(|e| e.to_string())
}

/// Problems of a file that could not be opened, imported or written.
pub struct Problems {
    pub title: String,
    pub lines: Vec<String>,
}

pub fn problems_ui(ctx: &egui::Context, problems: &Problems, commands: &mut Vec<Command>) {
    egui::Window::new(tr("dialog-problems"))
        .collapsible(false)
        .resizable(true)
        .default_width(640.0)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 90.0])
        .show(ctx, |ui| {
            ui.label(RichText::new(&problems.title).strong());
            ui.label(tr("dialog-problems-still-open"));
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for line in &problems.lines {
                        ui.label(RichText::new(line).monospace());
                    }
                });
            if ui.button(tr("dialog-close")).clicked() {
                commands.push(Command::CloseMessages);
            }
        });
}

/// What was done, or what the app did that the files do not say (ids made for places).
pub fn notice_ui(ctx: &egui::Context, notice: &str, commands: &mut Vec<Command>) {
    egui::Window::new(tr("dialog-note"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 90.0])
        .show(ctx, |ui| {
            // A notice can list many things an import did: it scrolls, the OK stays in sight.
            egui::ScrollArea::vertical()
                .max_height(form_scroll_height(ui.ctx()))
                .show(ui, |ui| ui.label(notice));
            if ui.button(tr("dialog-ok")).clicked() {
                commands.push(Command::CloseMessages);
            }
        });
}

/// Asked before unsaved changes would be lost (another story opened, the window closed).
pub fn unsaved_ui(ctx: &egui::Context, title: &str, commands: &mut Vec<Command>) {
    use super::state::UnsavedChoice;
    egui::Window::new(tr("dialog-unsaved"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(tr_with(
                "dialog-unsaved-text",
                &[("title", title.to_owned().into())],
            ));
            ui.horizontal(|ui| {
                for (label, choice) in [
                    ("dialog-save", UnsavedChoice::Save),
                    ("dialog-discard", UnsavedChoice::Discard),
                    ("dialog-cancel", UnsavedChoice::Cancel),
                ] {
                    if ui.button(tr(label)).clicked() {
                        commands.push(Command::Unsaved(choice));
                    }
                }
            });
        });
}

/// Offered when a story opens with edits journaled but never saved (the app was killed or crashed).
pub fn recovery_ui(ctx: &egui::Context, edits: usize, commands: &mut Vec<Command>) {
    egui::Window::new(tr("dialog-recovery"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(tr_with("dialog-recovery-text", &[("edits", edits.into())]));
            ui.label(tr("dialog-recovery-how"));
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr("dialog-restore")).strong())
                    .clicked()
                {
                    commands.push(Command::Recover(true));
                }
                if ui.button(tr("dialog-give-up")).clicked() {
                    commands.push(Command::Recover(false));
                }
            });
        });
}

pub fn about_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    egui::Window::new(tr("menu-about"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(tr("about-what"));
            ui.label(tr("about-base-map"));
            ui.label(format!(
                "Gazetteer: {} ({}: {} towns).",
                crate::gazetteer::CREDIT,
                crate::gazetteer::HOLDS,
                crate::numbers::group_thousands(crate::gazetteer::len() as f64)
            ));
            ui.label(tr("about-street-maps"));
            ui.label(tr("about-calendars"));
            ui.label(tr("about-font"));
            ui.label(tr_with(
                "about-version",
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ));
            if ui.button(tr("dialog-close")).clicked() {
                commands.push(Command::ShowAbout(false));
            }
        });
}
