//! A form's window and its parts: every form of the editor is a `FormWindow` (its title, fields
//! and actions), drawn by one `show`, so each lays out, scrolls, names its fields and closes alike.

use super::state::{Command, Scene};
use crate::edit::{Edit, EditError};
use crate::i18n::tr;
use crate::model::Story;
use egui::RichText;

/// How wide a form is, whatever it holds: its text wraps, so typing never moves its buttons.
const FORM_WIDTH: f32 = 560.0;

/// What a form's button makes when pressed: the command, or what is wrong.
pub type Make<'a, F> = Box<dyn FnOnce(&F) -> Result<Command, String> + 'a>;

/// A form's button: its label and what it makes.
pub type Action<'a, F> = (String, Make<'a, F>);

/// A button that removes an object: its message, the object, and the edit that removes it.
pub type Removal = (
    &'static str,
    usize,
    fn(&Story, usize) -> Result<Edit, EditError>,
);

/// A form of the editor, drawn by `show`.
pub trait FormWindow: Sized {
    /// Keeps it the same window when its title changes ("New event", "Back an event").
    const ID: &'static str;
    /// The command that closes it.
    const CLOSE: Command;
    /// Whether its main action, once it succeeds, closes the form; a form whose action the app
    /// may still refuse (a new story's folder) is closed by the app instead, so nothing typed is
    /// lost.
    const SAVE_CLOSES: bool = true;
    /// What went wrong with its last request.
    fn error(&mut self) -> &mut Option<String>;
    fn title(&self) -> String;
    /// Its fields, above its actions; they scroll when taller than the window allows.
    fn fields(&mut self, ui: &mut egui::Ui, scene: &Scene, commands: &mut Vec<Command>);
    /// Its main action.
    fn save<'a>(&self, scene: &Scene<'a>) -> Action<'a, Self>;
    /// For a form that edits something that can go: its button's message, the object, and the
    /// edit that removes it.
    fn removal(&self) -> Option<Removal> {
        None
    }
}

/// A form's window id, the command that closes it, and its field `error`, as `FormWindow` has
/// them.
macro_rules! form_basics {
    ($id:literal, $close:expr) => {
        const ID: &'static str = $id;
        const CLOSE: $crate::ui::state::Command = $close;

        fn error(&mut self) -> &mut Option<String> {
            &mut self.error
        }
    };
}
pub(crate) use form_basics;

/// The title of a form that makes something new or changes it (`editing`): the message
/// `FORM-new-title` or `FORM-edit-title`.
pub fn new_or_edit_title(editing: Option<usize>, form: &str) -> String {
    let which = if editing.is_some() { "edit" } else { "new" };
    tr(&format!("{form}-{which}-title"))
}

/// The main action of such a form: the message `FORM-add` or `FORM-save`.
pub fn add_or_save(editing: Option<usize>, form: &str) -> String {
    let which = if editing.is_some() { "save" } else { "add" };
    tr(&format!("{form}-{which}"))
}

/// Draws `form` when it is open.
pub fn show_open<F: FormWindow>(
    ctx: &egui::Context,
    form: &mut Option<F>,
    scene: &Scene,
    commands: &mut Vec<Command>,
) {
    if let Some(form) = form {
        show(ctx, form, scene, commands);
    }
}

/// Draws a form: its fields, what went wrong with its last request, its actions and Cancel.
pub fn show<F: FormWindow>(
    ctx: &egui::Context,
    form: &mut F,
    scene: &Scene,
    commands: &mut Vec<Command>,
) {
    let title = form.title();
    show_window(
        ctx,
        F::ID,
        &title,
        F::CLOSE,
        commands,
        |ui, close, commands| {
            form_fields(ui, |ui| form.fields(ui, scene, commands));
            let save = form.save(scene);
            let story = scene.doc.story();
            let remove = form.removal().map(|(label, object, edit)| {
                let make: Make<'_, F> = Box::new(move |_| apply(edit(story, object)));
                (tr(label), make)
            });
            form_error(ui, form.error());
            ui.horizontal(|ui| {
                let (label, make) = save;
                let label = RichText::new(label).strong();
                let closes = F::SAVE_CLOSES.then(|| close.clone());
                form_button(ui, label, form, make, closes, commands);
                if let Some((label, make)) = remove {
                    form_button(ui, label, form, make, Some(close.clone()), commands);
                }
                if ui.button(tr("form-cancel")).clicked() {
                    commands.push(close.clone());
                }
            });
        },
    );
}

/// A form's window (`form_window`) with `body`, which is given `close` for its own buttons;
/// closing the window asks for it too.
pub fn show_window(
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

/// A form's window: centred near the top, of one width (what it holds wraps inside it) and never
/// taller than the app's window (its content scrolls inside), so its buttons stay in reach and in
/// place whatever it holds.
fn form_window<'a>(id: &str, title: &'a str, ctx: &egui::Context) -> egui::Window<'a> {
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

/// How tall a form's scrolling part may be, leaving room for its title and buttons.
pub fn form_scroll_height(ctx: &egui::Context) -> f32 {
    (ctx.content_rect().height() - 200.0).max(120.0)
}

/// A form's fields, which scroll when they are taller than the window allows, so the error and
/// buttons drawn after them stay in sight.
fn form_fields(ui: &mut egui::Ui, add_fields: impl FnOnce(&mut egui::Ui)) {
    let height = form_scroll_height(ui.ctx());
    egui::ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, add_fields);
}

/// What a form says went wrong, if anything, wrapped within the form.
fn form_error(ui: &mut egui::Ui, error: &Option<String>) {
    if let Some(error) = error {
        let color = ui.visuals().error_fg_color;
        wrapped(ui, RichText::new(error).color(color));
    }
}

/// A form's button: pressed, `make` gives the command to carry out (an edit, a file action), which
/// is pushed with `close`; or it gives what is wrong, which the form shows, staying open.
fn form_button<F: FormWindow>(
    ui: &mut egui::Ui,
    label: impl Into<egui::WidgetText>,
    form: &mut F,
    make: Make<'_, F>,
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

/// An edit as the command that applies it, for a form's action.
pub fn apply<E: ToString>(edit: Result<Edit, E>) -> Result<Command, String> {
    edit.map(|edit| Command::Edit(Box::new(edit)))
        .map_err(|e| e.to_string())
}

/// A line of a form that wraps at the form's edge (a date's explanation, an error), wherever it
/// stands, even in a grid's cell or a row.
pub fn wrapped(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    ui.add(egui::Label::new(text).wrap())
}

/// A field as a screen reader and the UI tests find it: by `name`.
pub fn named(field: egui::Response, name: &str) -> egui::Response {
    field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, name));
    field
}

/// A text field `width` wide, named `name` and showing `hint` while empty; more than one of `rows`
/// makes it a multiline one.
pub fn text_field(
    ui: &mut egui::Ui,
    value: &mut String,
    hint: &str,
    name: &str,
    (width, rows): (f32, usize),
) -> egui::Response {
    let edit = match rows {
        0 | 1 => egui::TextEdit::singleline(value),
        rows => egui::TextEdit::multiline(value).desired_rows(rows),
    };
    named(ui.add(edit.hint_text(hint).desired_width(width)), name)
}

/// `text_field` whose hint and name are the messages `KEY-hint` and `KEY-name`.
pub fn keyed_field(
    ui: &mut egui::Ui,
    value: &mut String,
    key: &str,
    size: (f32, usize),
) -> egui::Response {
    let (hint, name) = (tr(&format!("{key}-hint")), tr(&format!("{key}-name")));
    text_field(ui, value, &hint, &name, size)
}

/// A row of a form's grid: `label`, then `keyed_field`.
pub fn keyed_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    key: &str,
    size: (f32, usize),
) {
    ui.label(label);
    keyed_field(ui, value, key, size);
    ui.end_row();
}

/// A checkbox saying whether `item` is in `list`; ticking adds it, unticking takes it away.
pub fn ticked_in(
    ui: &mut egui::Ui,
    list: &mut Vec<usize>,
    item: usize,
    label: impl Into<egui::WidgetText>,
) {
    let mut on = list.contains(&item);
    if ui.checkbox(&mut on, label).changed() {
        if on {
            list.push(item);
        } else {
            list.retain(|&x| x != item);
        }
    }
}
