//! The step form: a step of the tour made from what is shown (the timeline's window, the map's
//! view, the selection), or changes to one; its events, places and quotes picked from what the
//! story shows now.

use super::form::{
    Action, FormWindow, add_or_save, apply, form_basics, keyed_row, new_or_edit_title, wrapped,
};
use super::state::{Command, Scene, TourCommand, View};
use crate::date;
use crate::document::Document;
use crate::edit::tour::{self, StepDraft};
use crate::edit::{Edit, EditError};
use crate::i18n::{tr, tr_with};
use crate::model::StepView;
use egui::RichText;
use std::borrow::Cow;

/// What the form holds while it is open.
#[derive(Debug, Clone, PartialEq)]
pub struct StepForm {
    /// The step being changed; none for a new one.
    pub editing: Option<usize>,
    pub draft: StepDraft,
    /// The map's view when the form opened (longitude and latitude), kept unless the step fits
    /// its places instead.
    pub bounds: Option<[f64; 4]>,
    pub fit_places: bool,
    /// Where a new step goes in the tour.
    pub at: usize,
    pub error: Option<String>,
}

impl StepForm {
    /// A new step of what is shown: `window` (EDTF), the map's `bounds`, the selected event and
    /// place and the focused quote; placed after the step shown, or last.
    pub fn from_view(
        doc: &Document,
        view: &View,
        window: String,
        bounds: Option<[f64; 4]>,
    ) -> Self {
        let story = doc.story();
        let events: Vec<usize> = view.selected_event.into_iter().collect();
        // Each once: the selected place is often one of the selected event's.
        let mut places: Vec<usize> = view.selected_place.into_iter().collect();
        add_all(&mut places, crate::query::places_of_events(story, &events));
        let mut quotes: Vec<usize> = view.focused_quote.into_iter().collect();
        add_all(&mut quotes, crate::query::quotes_of_events(story, &events));
        StepForm {
            editing: None,
            draft: StepDraft::new(&window, events, places, quotes),
            fit_places: bounds.is_none(),
            bounds,
            at: view.step.map_or(story.steps.len(), |s| s + 1),
            error: None,
        }
    }

    pub fn editing(doc: &Document, step: usize) -> Option<Self> {
        let record = doc.story().steps.get(step)?;
        let bounds = match record.view {
            StepView::Bounds(bounds) => Some(bounds),
            StepView::Fit(_) => None,
        };
        Some(StepForm {
            editing: Some(step),
            draft: StepDraft::of(record),
            fit_places: bounds.is_none(),
            bounds,
            at: step,
            error: None,
        })
    }

    fn edit(&self, doc: &Document) -> Result<Edit, EditError> {
        let mut draft = self.draft.clone();
        draft.record.view = match (self.fit_places, self.bounds, &self.draft.record.view) {
            (false, Some(bounds), _) => StepView::Bounds(bounds),
            // A step that fitted other places than its own keeps them.
            (true, _, StepView::Fit(fit)) if self.editing.is_some() && !fit.is_empty() => {
                StepView::Fit(fit.clone())
            }
            _ => StepView::Fit(self.draft.record.places.clone()),
        };
        let story = doc.story();
        match self.editing {
            Some(step) => tour::change_step(story, step, &draft),
            None => tour::add_step(story, &draft, self.at),
        }
    }
}

impl FormWindow for StepForm {
    form_basics!("step", Command::Tour(TourCommand::CloseForm));

    fn title(&self) -> String {
        new_or_edit_title(self.editing, "step-form")
    }

    fn fields(&mut self, ui: &mut egui::Ui, scene: &Scene, _: &mut Vec<Command>) {
        fields_ui(ui, self);
        ui.separator();
        picks_ui(ui, scene.doc, scene.view, scene.current, self);
    }

    fn save<'a>(&self, scene: &Scene<'a>) -> Action<'a, Self> {
        let action = add_or_save(self.editing, "step-form");
        let doc = scene.doc;
        (action, Box::new(move |f: &StepForm| apply(f.edit(doc))))
    }
}

fn fields_ui(ui: &mut egui::Ui, form: &mut StepForm) {
    egui::Grid::new("step-fields")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            let draft = &mut form.draft;
            keyed_row(
                ui,
                &tr("form-title"),
                &mut draft.record.title,
                "step-form-title",
                (300.0, 1),
            );
            keyed_row(
                ui,
                &tr("form-text"),
                &mut draft.record.text,
                "step-form-text",
                (300.0, 4),
            );
            let window = tr("step-form-window");
            keyed_row(ui, &window, &mut draft.date, "step-form-window", (300.0, 1));
            ui.label("");
            match date::resolve(&form.draft.date) {
                Ok(span) => wrapped(ui, RichText::new(span.explain()).weak()),
                Err(error) => {
                    let color = ui.visuals().error_fg_color;
                    wrapped(ui, RichText::new(error.to_string()).color(color))
                }
            };
            ui.end_row();
            ui.label(tr("form-map"));
            ui.vertical(|ui| {
                if let Some([west, south, east, north]) = form.bounds {
                    ui.radio_value(
                        &mut form.fit_places,
                        false,
                        tr_with(
                            "step-form-this-view",
                            &[
                                ("west", format!("{west:.2}").into()),
                                ("east", format!("{east:.2}").into()),
                                ("south", format!("{south:.2}").into()),
                                ("north", format!("{north:.2}").into()),
                            ],
                        ),
                    );
                }
                ui.radio_value(&mut form.fit_places, true, tr("step-form-fit-places"));
            });
            ui.end_row();
        });
}

/// The three lists a step names.
#[derive(Clone, Copy)]
enum Picked {
    Events,
    Places,
    Quotes,
}

impl Picked {
    /// The list's heading and what one of its items is called (for "take out this …").
    fn words(self) -> (&'static str, &'static str) {
        match self {
            Picked::Events => ("step-form-events", "event"),
            Picked::Places => ("step-form-places", "place"),
            Picked::Quotes => ("step-form-quotes", "quote"),
        }
    }

    /// How item `i` of the list is named in the form.
    fn name(self, story: &crate::model::Story, i: usize) -> Option<String> {
        match self {
            Picked::Events => {
                let event = story.events.get(i)?;
                Some(format!("{} · {}", event.date.label(), event.title))
            }
            Picked::Places => story.places.get(i).map(|p| p.name.clone()),
            Picked::Quotes => {
                let source = story.sources.get(story.quotes.get(i)?.source)?;
                let words = crate::query::quote_words_within(story, i, 90);
                Some(format!("{}: {words}", source.credit()))
            }
        }
    }
}

/// The events, places and quotes the step names, each removable, and buttons that add what the
/// story shows now.
fn picks_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    view: &View,
    current: &[usize],
    form: &mut StepForm,
) {
    let story = doc.story();
    let step = &mut form.draft.record;
    // The cursor's events are borrowed, not copied each frame (thousands in a large story).
    let one = |item: Option<usize>| item.map(|i| Cow::Owned(vec![i]));
    let (places, quotes) = (
        crate::query::places_of_events(story, &step.events),
        crate::query::quotes_of_events(story, &step.events),
    );
    // Two buttons a list, in the order of the lists below.
    let adds = [
        ("step-form-add-cursor-events", Some(Cow::Borrowed(current))),
        ("step-form-add-selected-event", one(view.selected_event)),
        ("step-form-add-event-places", Some(Cow::Owned(places))),
        ("step-form-add-selected-place", one(view.selected_place)),
        ("step-form-add-event-quotes", Some(Cow::Owned(quotes))),
        ("step-form-add-reader-quote", one(view.focused_quote)),
    ];
    let lists = [
        (Picked::Events, &mut step.events),
        (Picked::Places, &mut step.places),
        (Picked::Quotes, &mut step.quotes),
    ];
    for ((picked, list), adds) in lists.into_iter().zip(adds.chunks(2)) {
        let (heading, kind) = picked.words();
        ui.strong(tr(heading));
        if list.is_empty() && matches!(picked, Picked::Quotes) {
            ui.label(RichText::new(tr("step-form-no-quotes")).weak());
        }
        remove_list(ui, kind, list, |i| picked.name(story, i));
        add_buttons(ui, list, adds);
    }
}

/// A row of buttons, each labelled by its message, that add its items to `list` (a button with
/// none to add is not shown).
fn add_buttons(ui: &mut egui::Ui, list: &mut Vec<usize>, buttons: &[(&str, Option<Cow<[usize]>>)]) {
    ui.horizontal_wrapped(|ui| {
        for (key, items) in buttons {
            if let Some(items) = items
                && ui.small_button(tr(key)).clicked()
            {
                add_all(list, items.iter().copied());
            }
        }
    });
}

fn add_all(list: &mut Vec<usize>, items: impl IntoIterator<Item = usize>) {
    for item in items {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

/// Each item named, with a button that takes it out.
fn remove_list(
    ui: &mut egui::Ui,
    kind: &str,
    list: &mut Vec<usize>,
    name: impl Fn(usize) -> Option<String>,
) {
    let mut removed = None;
    for (i, &item) in list.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button("×")
                .on_hover_text(tr_with(
                    "step-form-take-out",
                    &[("kind", kind.to_owned().into())],
                ))
                .clicked()
            {
                removed = Some(i);
            }
            wrapped(ui, name(item).unwrap_or_default());
        });
    }
    if let Some(i) = removed {
        list.remove(i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_from_the_view_names_each_place_and_quote_once() {
        let doc = Document::shipped().unwrap();
        let story = doc.story();
        let event = story
            .events
            .iter()
            .position(|e| !e.places.is_empty())
            .unwrap();
        let mut view = View::new(0.0, story.events.len());
        view.selected_event = Some(event);
        // The selected place is the selected event's own.
        view.selected_place = Some(story.events[event].places[0]);
        view.focused_quote = story.events[event].quotes.first().copied();
        let form = StepForm::from_view(&doc, &view, "2024-04-17".to_owned(), None);
        let once = |list: &[usize]| {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            sorted.len() == list.len()
        };
        assert!(
            once(&form.draft.record.places),
            "{:?}",
            form.draft.record.places
        );
        assert!(
            once(&form.draft.record.quotes),
            "{:?}",
            form.draft.record.quotes
        );
        assert_eq!(form.draft.record.places, story.events[event].places);
    }
}
