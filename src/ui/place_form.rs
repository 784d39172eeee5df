//! The place form: a place just drawn on the map (or found in the gazetteer), or changes to one.

use super::event_form::named;
use super::state::Command;
use crate::document::Document;
use crate::edit::{Edit, EditError, make};
use crate::model::PlaceKind;
use egui::RichText;

#[derive(Debug, Clone, PartialEq)]
pub struct PlaceForm {
    /// The place being changed; none for a new one.
    pub editing: Option<usize>,
    pub draft: make::PlaceDraft,
    /// Aliases as typed, separated by commas.
    pub aliases: String,
    pub error: Option<String>,
}

const KINDS: [PlaceKind; 7] = [
    PlaceKind::City,
    PlaceKind::Site,
    PlaceKind::District,
    PlaceKind::Region,
    PlaceKind::Corridor,
    PlaceKind::Deployment,
    PlaceKind::Country,
];

impl PlaceForm {
    /// A new place with this shape: a drawn point is a city or a site, a line a corridor, an
    /// area a region, all approximate until said otherwise.
    pub fn new_place(geometry: geo::Geometry<f64>) -> Self {
        let kind = match geometry {
            geo::Geometry::Point(_) => PlaceKind::City,
            geo::Geometry::LineString(_) | geo::Geometry::MultiLineString(_) => PlaceKind::Corridor,
            _ => PlaceKind::Region,
        };
        PlaceForm {
            editing: None,
            draft: make::PlaceDraft {
                name: String::new(),
                aliases: Vec::new(),
                kind,
                approximate: true,
                notes: String::new(),
                geometry,
            },
            aliases: String::new(),
            error: None,
        }
    }

    pub fn editing(doc: &Document, place: usize) -> Option<Self> {
        let record = doc.story().places.get(place)?;
        Some(PlaceForm {
            editing: Some(place),
            aliases: record.aliases.join(", "),
            draft: make::PlaceDraft::of(record),
            error: None,
        })
    }

    fn edit(&self, doc: &Document) -> Result<Edit, EditError> {
        let mut draft = self.draft.clone();
        draft.aliases = self.aliases.split(',').map(str::to_owned).collect();
        match self.editing {
            Some(place) => make::change_place(doc.story(), place, &draft),
            None => make::add_place(doc.story(), &draft),
        }
    }
}

pub fn place_form_ui(
    ctx: &egui::Context,
    doc: &Document,
    form: &mut PlaceForm,
    commands: &mut Vec<Command>,
) {
    let title = if form.editing.is_some() {
        "Edit place"
    } else {
        "New place"
    };
    let mut open = true;
    egui::Window::new(title)
        .open(&mut open)
        .collapsible(false)
        .default_width(380.0)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 60.0])
        .show(ctx, |ui| {
            let shape = match &form.draft.geometry {
                geo::Geometry::Point(p) => format!("a point at {:.4}° N, {:.4}° E", p.y(), p.x()),
                geo::Geometry::LineString(l) => format!("a line of {} points", l.0.len()),
                geo::Geometry::Polygon(p) => {
                    format!(
                        "an area of {} vertices",
                        p.exterior().0.len().saturating_sub(1)
                    )
                }
                _ => "a shape from the story".to_owned(),
            };
            ui.label(RichText::new(format!("Shape: {shape}")).weak());
            egui::Grid::new("place-fields")
                .num_columns(2)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    ui.label("Name");
                    named(ui.text_edit_singleline(&mut form.draft.name), "Place name");
                    ui.end_row();
                    ui.label("Aliases");
                    named(
                        ui.add(
                            egui::TextEdit::singleline(&mut form.aliases)
                                .hint_text("other names, spellings, separated by commas"),
                        ),
                        "Place aliases",
                    );
                    ui.end_row();
                    ui.label("Kind");
                    let kind = egui::ComboBox::from_id_salt("place-kind")
                        .selected_text(form.draft.kind.label())
                        .show_ui(ui, |ui| {
                            for kind in KINDS {
                                ui.selectable_value(&mut form.draft.kind, kind, kind.label());
                            }
                        });
                    kind.response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Place kind")
                    });
                    ui.end_row();
                    ui.label("");
                    ui.checkbox(&mut form.draft.approximate, "Schematic shape (approximate)");
                    ui.end_row();
                    ui.label("Notes");
                    named(
                        ui.add(
                            egui::TextEdit::multiline(&mut form.draft.notes)
                                .desired_rows(2)
                                .hint_text("where the shape comes from"),
                        ),
                        "Place notes",
                    );
                    ui.end_row();
                });
            if let Some(error) = &form.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            ui.horizontal(|ui| {
                let action = if form.editing.is_some() {
                    "Save place"
                } else {
                    "Add place"
                };
                if ui.button(RichText::new(action).strong()).clicked() {
                    match form.edit(doc) {
                        Ok(edit) => {
                            commands.push(Command::Edit(Box::new(edit)));
                            commands.push(Command::ClosePlaceForm);
                        }
                        Err(error) => form.error = Some(error.to_string()),
                    }
                }
                if let Some(place) = form.editing
                    && ui.button("Delete place").clicked()
                {
                    match make::remove_place(doc.story(), place) {
                        Ok(edit) => {
                            commands.push(Command::Edit(Box::new(edit)));
                            commands.push(Command::ClosePlaceForm);
                        }
                        Err(error) => form.error = Some(error.to_string()),
                    }
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::ClosePlaceForm);
                }
            });
        });
    if !open {
        commands.push(Command::ClosePlaceForm);
    }
}
