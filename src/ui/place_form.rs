//! The place form: a place just drawn on the map (or found in the gazetteer), or changes to one.

use super::form::{
    Action, FormWindow, Removal, add_or_save, apply, form_basics, keyed_row, new_or_edit_title,
    text_field,
};
use super::state::{Command, FormCommand, Scene};
use crate::document::Document;
use crate::edit::{Edit, EditError, make};
use crate::gazetteer;
use crate::i18n::{tr, tr_with};
use crate::model::PlaceKind;
use egui::RichText;

#[derive(Debug, Clone, PartialEq)]
pub struct PlaceForm {
    /// The place being changed; none for a new one.
    pub editing: Option<usize>,
    pub draft: make::PlaceDraft,
    /// Aliases as typed, separated by commas.
    pub aliases: String,
    /// Whether the shape is known yet (a place looked up by name has none until a town is picked).
    pub positioned: bool,
    /// What is typed in the gazetteer search.
    pub lookup: String,
    /// The story's places and the centre of what the map showed (longitudes and latitudes) when
    /// the form opened: the gazetteer ranks towns near them first.
    pub near: Vec<(f64, f64)>,
    /// Whether the search takes the keyboard on the next frame: the form opened to find a town.
    pub focus_lookup: bool,
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
            positioned: true,
            lookup: String::new(),
            focus_lookup: false,
            near: Vec::new(),
            error: None,
        }
    }

    /// A new place where a picture's metadata say it was taken: a site, marked as the file's claim.
    pub fn from_picture(doc: &Document, source: usize) -> Option<Self> {
        let source = doc.story().sources.get(source)?;
        let [lon, lat] = source.picture()?.says.position?;
        let mut form = PlaceForm::new_place(geo::Geometry::Point(geo::Point::new(lon, lat)));
        form.draft.kind = PlaceKind::Site;
        form.draft.name = source.title.clone();
        form.draft.notes = tr_with(
            "place-form-from-picture",
            &[("source", source.label.clone().into())],
        );
        Some(form)
    }

    /// A new place to be found by name in the gazetteer, towns near `near` first.
    pub fn from_gazetteer(near: Vec<(f64, f64)>) -> Self {
        PlaceForm {
            positioned: false,
            near,
            focus_lookup: true,
            ..PlaceForm::new_place(geo::Geometry::Point(geo::point!(x: 0.0, y: 0.0)))
        }
    }

    /// Takes a town's name, other names and position from the gazetteer.
    fn pick(&mut self, city: &gazetteer::City) {
        self.draft.name = city.name.to_owned();
        self.aliases = city.aliases().collect::<Vec<_>>().join(", ");
        self.draft.kind = PlaceKind::City;
        self.draft.approximate = false;
        self.draft.geometry = geo::Geometry::Point(geo::point!(x: city.lon, y: city.lat));
        self.draft.notes = tr_with(
            "place-form-position-from",
            &[
                ("gazetteer", gazetteer::CREDIT.into()),
                ("id", city.geonameid.to_string().into()),
            ],
        );
        self.positioned = true;
        self.error = None;
    }

    pub fn editing(doc: &Document, place: usize) -> Option<Self> {
        let record = doc.story().places.get(place)?;
        Some(PlaceForm {
            editing: Some(place),
            aliases: record.aliases.join(", "),
            draft: make::PlaceDraft::of(record),
            ..PlaceForm::new_place(record.geometry.clone())
        })
    }

    fn edit(&self, doc: &Document) -> Result<Edit, EditError> {
        if !self.positioned {
            return Err(EditError::Refused(tr("place-form-pick-or-draw")));
        }
        let mut draft = self.draft.clone();
        draft.aliases = self.aliases.split(',').map(str::to_owned).collect();
        match self.editing {
            Some(place) => make::change_place(doc.story(), place, &draft),
            None => make::add_place(doc.story(), &draft),
        }
    }
}

impl FormWindow for PlaceForm {
    form_basics!("place", Command::Form(FormCommand::ClosePlace));

    fn title(&self) -> String {
        new_or_edit_title(self.editing, "place-form")
    }

    fn fields(&mut self, ui: &mut egui::Ui, scene: &Scene, _: &mut Vec<Command>) {
        if self.editing.is_none() {
            lookup_ui(ui, self, &lookup_hint(scene.doc.story()));
        }
        ui.label(
            RichText::new(tr_with(
                "place-form-shape",
                &[("shape", self.shape().into())],
            ))
            .weak(),
        );
        egui::Grid::new("place-fields")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| self.rows(ui));
    }

    fn save<'a>(&self, scene: &Scene<'a>) -> Action<'a, Self> {
        let action = add_or_save(self.editing, "place-form");
        let doc = scene.doc;
        (action, Box::new(move |f: &PlaceForm| apply(f.edit(doc))))
    }

    fn removal(&self) -> Option<Removal> {
        Some(("place-form-delete", self.editing?, make::remove_place))
    }
}

impl PlaceForm {
    /// The shape the place has, in words.
    fn shape(&self) -> String {
        match &self.draft.geometry {
            _ if !self.positioned => tr("place-form-none-yet"),
            geo::Geometry::Point(p) => tr_with(
                "place-form-point",
                &[
                    ("latitude", format!("{:.4}", p.y()).into()),
                    ("longitude", format!("{:.4}", p.x()).into()),
                ],
            ),
            geo::Geometry::LineString(l) => {
                tr_with("place-form-line", &[("count", l.0.len().into())])
            }
            geo::Geometry::Polygon(p) => tr_with(
                "place-form-area",
                &[("count", p.exterior().0.len().saturating_sub(1).into())],
            ),
            _ => tr("place-form-story-shape"),
        }
    }

    /// The place's name, aliases, kind, approximation and notes, as rows of the form's grid.
    fn rows(&mut self, ui: &mut egui::Ui) {
        keyed_row(
            ui,
            &tr("place-form-name"),
            &mut self.draft.name,
            "place-form-name",
            (280.0, 1),
        );
        keyed_row(
            ui,
            &tr("place-form-aliases"),
            &mut self.aliases,
            "place-form-aliases",
            (280.0, 1),
        );
        ui.label(tr("place-form-kind"));
        let kind = egui::ComboBox::from_id_salt("place-kind")
            .selected_text(self.draft.kind.name())
            .show_ui(ui, |ui| {
                for kind in KINDS {
                    ui.selectable_value(&mut self.draft.kind, kind, kind.name());
                }
            });
        kind.response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("place-form-kind-name"))
        });
        ui.end_row();
        ui.label("");
        ui.checkbox(&mut self.draft.approximate, tr("place-form-schematic"));
        ui.end_row();
        keyed_row(
            ui,
            &tr("form-notes"),
            &mut self.draft.notes,
            "place-form-notes",
            (280.0, 2),
        );
    }
}

/// How many towns a gazetteer search lists.
const LOOKUP_RESULTS: usize = 8;

/// Finding a town by name in the bundled gazetteer; picking one fills the form.
/// The search field's example names: towns of the open story, never another story's.
fn lookup_hint(story: &crate::model::Story) -> String {
    let towns: Vec<&str> = story
        .places
        .iter()
        .filter(|p| p.kind == crate::model::PlaceKind::City)
        .map(|p| p.name.as_str())
        .take(3)
        .collect();
    if towns.is_empty() {
        tr("place-form-town-any")
    } else {
        tr_with(
            "place-form-town-hint",
            &[("towns", towns.join(", ").into())],
        )
    }
}

fn lookup_ui(ui: &mut egui::Ui, form: &mut PlaceForm, hint: &str) {
    ui.horizontal(|ui| {
        ui.label(tr("place-form-find-town"));
        let name = tr("place-form-search-name");
        let field = text_field(ui, &mut form.lookup, hint, &name, (240.0, 1));
        if std::mem::take(&mut form.focus_lookup) {
            field.request_focus();
        }
    });
    let found = gazetteer::search(&form.lookup, LOOKUP_RESULTS, &form.near);
    if found.is_empty() && form.lookup.trim().chars().count() >= 2 {
        ui.label(
            RichText::new(tr_with(
                "place-form-no-town",
                &[("gazetteer", gazetteer::HOLDS.into())],
            ))
            .weak()
            .small(),
        );
    }
    for city in found {
        // A town found by another of its names says which (Stepanakert finds Khankendi).
        let also = city
            .matching_alias(&form.lookup)
            .map(|alias| tr_with("place-form-also", &[("alias", alias.to_owned().into())]))
            .unwrap_or_default();
        let label = format!(
            "{}{also} ({}) · {} people · {:.3}° N, {:.3}° E",
            city.name,
            city.country,
            crate::numbers::group_thousands(city.population as f64),
            city.lat,
            city.lon
        );
        if ui.button(label).clicked() {
            form.pick(city);
        }
    }
    ui.label(
        RichText::new(tr_with(
            "place-form-gazetteer",
            &[("credit", gazetteer::CREDIT.into())],
        ))
        .weak()
        .small(),
    );
    ui.separator();
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_search_hint_names_the_open_storys_towns_and_no_other() {
        let empty = crate::document::Document::empty("New", std::path::Path::new("new"));
        assert_eq!(
            super::lookup_hint(empty.story()),
            "a town's name, in any language or spelling"
        );
        let shipped = crate::load::load(&crate::shipped::karabakh()).unwrap();
        let hint = super::lookup_hint(&shipped);
        let first_town = shipped
            .places
            .iter()
            .find(|p| p.kind == crate::model::PlaceKind::City)
            .unwrap();
        assert!(hint.contains(&first_town.name), "{hint}");
    }
}
