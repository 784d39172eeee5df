//! The forms that start a story and add its sources: File → New story (a title and a folder) and
//! File → Add source (pasted text or a .txt/.md/.html file, with what is known of it). Adding a
//! source is an edit like any other: it can be undone, and is written when the story is saved.

use super::file_dialog::{self, Chosen};
use super::form::{Action, FormWindow, form_basics, keyed_field, keyed_row};
use super::source_form::{draft_rows, source_field};
use super::state::{Command, FileAction, FormCommand, Scene};
use crate::document::Document;
use crate::edit::amend::SourceDraft;
use crate::edit::make;
use crate::i18n::tr;
use crate::load;
use crate::provenance::add::{self, SourceInput, SourceMeta};
use std::path::PathBuf;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewStoryForm {
    pub title: String,
    pub folder: String,
    pub error: Option<String>,
}

impl FormWindow for NewStoryForm {
    form_basics!("new-story", Command::Form(FormCommand::CloseStoryForms));
    // The app closes it once the story is made (it may fail to write the folder).
    const SAVE_CLOSES: bool = false;

    fn title(&self) -> String {
        tr("story-form-new-title")
    }

    fn fields(&mut self, ui: &mut egui::Ui, _: &Scene, _: &mut Vec<Command>) {
        ui.label(tr("story-form-folder-explained"));
        egui::Grid::new("new-story").num_columns(2).show(ui, |ui| {
            keyed_row(
                ui,
                &tr("form-title"),
                &mut self.title,
                "story-form-title",
                (260.0, 1),
            );
            ui.label(tr("story-form-folder"));
            ui.horizontal(|ui| {
                keyed_field(ui, &mut self.folder, "story-form-folder", (260.0, 1));
                choose_button(ui, &mut self.folder, &mut self.error, || {
                    rfd::FileDialog::new().pick_folder()
                });
            });
            ui.end_row();
        });
    }

    fn save<'a>(&self, _: &Scene<'a>) -> Action<'a, Self> {
        let create = |f: &NewStoryForm| {
            let folder = check_new_story(f)?;
            let title = f.title.trim().to_owned();
            Ok(Command::File(FileAction::NewStory { title, folder }))
        };
        (tr("story-form-create"), Box::new(create))
    }
}

/// "Choose…": a file dialog whose choice fills `field`; where the system has none, the form says
/// to type the path.
fn choose_button(
    ui: &mut egui::Ui,
    field: &mut String,
    error: &mut Option<String>,
    pick: impl FnOnce() -> Option<PathBuf>,
) {
    if ui.button(tr("form-choose")).clicked() {
        match file_dialog::choose(pick) {
            Chosen::Path(path) => *field = path.display().to_string(),
            Chosen::Cancelled => {}
            Chosen::Unavailable => *error = Some(file_dialog::type_it()),
        }
    }
}

/// The folder for a new story: given, and not holding a story already.
fn check_new_story(form: &NewStoryForm) -> Result<PathBuf, String> {
    if form.title.trim().is_empty() {
        return Err(tr("story-form-needs-title"));
    }
    let folder = PathBuf::from(form.folder.trim());
    if form.folder.trim().is_empty() {
        return Err(tr("story-form-needs-folder"));
    }
    if folder.join(load::STORY_FILE).exists() {
        return Err(format!(
            "{} already holds a story: open it instead, or choose another folder",
            folder.display()
        ));
    }
    Ok(folder)
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddSourceForm {
    /// Pasted text; used when no file is given.
    pub text: String,
    /// A .txt, .md or .html file, or a web archive, to read instead.
    pub file: String,
    /// The page to take from a web archive that holds several (its URL).
    pub page: String,
    /// How the source is named and dated, as the source form edits it later.
    pub draft: SourceDraft,
    pub error: Option<String>,
}

impl FormWindow for AddSourceForm {
    form_basics!("add-source", Command::Form(FormCommand::CloseStoryForms));

    fn title(&self) -> String {
        tr("source-form-add-title")
    }

    fn fields(&mut self, ui: &mut egui::Ui, _: &Scene, _: &mut Vec<Command>) {
        ui.label(tr("source-form-kept"));
        egui::Grid::new("add-source")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                ui.label(tr("form-text"));
                // A pasted article scrolls in its own box, so the fields under it stay close.
                egui::ScrollArea::vertical()
                    .id_salt("pasted-text")
                    .max_height(180.0)
                    .show(ui, |ui| {
                        keyed_field(ui, &mut self.text, "source-form-text", (380.0, 6));
                    });
                ui.end_row();
                ui.label(tr("source-form-or-file"));
                ui.horizontal(|ui| {
                    keyed_field(ui, &mut self.file, "source-form-file", (290.0, 1));
                    choose_button(ui, &mut self.file, &mut self.error, || {
                        rfd::FileDialog::new()
                            .add_filter(tr("source-form-file-kinds"), SOURCE_FILE_KINDS)
                            .pick_file()
                    });
                });
                ui.end_row();
                draft_rows(ui, &mut self.draft, true);
                let page = "archived-page";
                source_field(ui, page, &mut self.page, page);
                ui.end_row();
            });
    }

    fn save<'a>(&self, scene: &Scene<'a>) -> Action<'a, Self> {
        let doc = scene.doc;
        let add =
            move |f: &AddSourceForm| source_edit(doc, f).map(|edit| Command::Edit(Box::new(edit)));
        (tr("source-form-add"), Box::new(add))
    }
}

/// The files a source can be made from, as the file dialog offers them.
const SOURCE_FILE_KINDS: &[&str] = &[
    "txt", "md", "html", "htm", "pdf", "wacz", "warc", "gz", "jpg", "jpeg", "png", "webp",
];

fn source_edit(doc: &Document, form: &AddSourceForm) -> Result<crate::edit::Edit, String> {
    let given = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let (input, name) = match given(&form.file) {
        Some(file) => {
            let bytes = load::read_bounded_bytes(std::path::Path::new(&file))
                .map_err(|p| format!("{file}: {p}"))?;
            let input =
                match SourceInput::from_file(&file, bytes).map_err(|p| format!("{file}: {p}"))? {
                    SourceInput::Archive { name, bytes, .. } => SourceInput::Archive {
                        name,
                        bytes,
                        page: given(&form.page),
                    },
                    other => other,
                };
            (input, file)
        }
        None => (
            SourceInput::Text {
                text: form.text.clone(),
                extension: "txt".to_owned(),
            },
            tr("source-form-pasted"),
        ),
    };
    let draft = &form.draft;
    let meta = SourceMeta {
        title: given(&draft.title),
        publisher: given(&draft.publisher),
        published: draft.published.trim().to_owned(),
        label: given(&draft.label),
        url: given(&draft.url),
        language: given(&draft.language),
        revises: None,
    };
    let source = add::new_source(doc.story(), input, meta, &name).map_err(|e| e.to_string())?;
    make::add_source(doc.story(), source).map_err(|e| e.to_string())
}
