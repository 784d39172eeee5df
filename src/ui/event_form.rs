//! The event form: a new event (perhaps from a quoted passage), or changes to one. The date is typed
//! as EDTF with what it means shown as it is typed; the passage can instead back an existing event.

use super::form::{
    Action, FormWindow, Removal, apply, form_basics, keyed_field, keyed_row, ticked_in, wrapped,
};
use super::state::{Command, FormCommand, Scene};
use crate::date;
use crate::document::Document;
use crate::edit::{Edit, EditError, make};
use crate::i18n::{tr, tr_with};
use crate::model::Status;
use egui::RichText;
use std::ops::Range;

/// What a new quote is made of: words of a source's text, or a region of a picture source
/// (`[x, y, w, h]` in the original's pixels) with the caption the editor writes for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Passage {
    Words(usize, Range<usize>),
    Region {
        source: usize,
        xywh: [u32; 4],
        caption: String,
    },
}

impl Passage {
    pub fn source(&self) -> usize {
        match self {
            Passage::Words(source, _) | Passage::Region { source, .. } => *source,
        }
    }
}

/// What the form holds while it is open.
#[derive(Debug, Clone, PartialEq)]
pub struct EventForm {
    /// The event being changed; none for a new one.
    pub editing: Option<usize>,
    /// What to quote: a passage of a text, or a region of a picture.
    pub passage: Option<Passage>,
    /// The existing event the passage is to back instead of a new one.
    pub attach_to: Option<usize>,
    pub draft: make::EventDraft,
    /// How the proposed date was found (the passage's own words, or the publication day), with
    /// the date proposed: said only while the date is still that one.
    pub date_origin: Option<(String, String)>,
    pub error: Option<String>,
}

impl EventForm {
    /// A new event from a passage: its places are those it names; its date the one its sentence
    /// says ("mardi 29 octobre", "on Saturday"), resolved as suggestions are, else the day the
    /// source was published (most of what it reports is near).
    pub fn from_passage(doc: &Document, source: usize, bytes: Range<usize>) -> Self {
        let story = doc.story();
        let text = story
            .sources
            .get(source)
            .and_then(|s| s.text.get(bytes.clone()));
        let mut form = EventForm::new_event();
        form.draft.record.places = text.map_or_else(Vec::new, |t| make::mentioned_places(story, t));
        let dated = crate::suggest::for_source(story, source)
            .unwrap_or_default()
            .into_iter()
            .find(|s| s.bytes.start < bytes.end && bytes.start < s.bytes.end);
        match (dated, story.sources.get(source)) {
            (Some(sentence), _) => {
                form.draft.record.status = sentence.status;
                form.draft.record.notes = tr_with(
                    "event-form-date-from-passage",
                    &[("how", sentence.resolution.clone().into())],
                );
                let origin = tr_with(
                    "event-form-from-passage",
                    &[("how", sentence.resolution.clone().into())],
                );
                form.date_origin = Some((sentence.date.edtf.clone(), origin));
                form.draft.date = sentence.date.edtf;
            }
            (None, Some(s)) => {
                form.draft.date = s.published.earliest_date().format("%Y-%m-%d").to_string();
                let origin = tr("event-form-no-date-in-passage");
                form.date_origin = Some((form.draft.date.clone(), origin));
            }
            (None, None) => {}
        }
        form.passage = Some(Passage::Words(source, bytes));
        form
    }

    /// A new event from a region of a picture: dated, until the editor says otherwise, the day the
    /// picture was published as a source (what its metadata say of when it was taken is a claim,
    /// shown beside, never taken as the date).
    pub fn from_region(doc: &Document, source: usize, xywh: [u32; 4]) -> Self {
        let mut form = EventForm::new_event();
        if let Some(s) = doc.story().sources.get(source) {
            form.draft.date = s.published.earliest_date().format("%Y-%m-%d").to_string();
            let origin = tr("event-form-region-dated-published");
            form.date_origin = Some((form.draft.date.clone(), origin));
        }
        form.passage = Some(Passage::Region {
            source,
            xywh,
            caption: String::new(),
        });
        form
    }

    /// A suggested event, filled in: its sentence as the quote, its date, status, places, and how
    /// the date was resolved as the notes.
    pub fn from_suggestion(doc: &Document, source: usize, s: &crate::suggest::Suggestion) -> Self {
        let story = doc.story();
        let mut form = EventForm::from_passage(doc, source, s.bytes.clone());
        form.draft.record.title = s.title.clone();
        form.draft.date = s.date.edtf.clone();
        form.draft.record.status = s.status;
        let named: Vec<usize> = (0..story.places.len())
            .filter(|&p| s.places.contains(&story.places[p].name))
            .collect();
        if !named.is_empty() {
            form.draft.record.places = named;
        }
        form.draft.record.notes = tr_with(
            "event-form-suggested-note",
            &[("how", s.resolution.clone().into())],
        );
        form.date_origin = Some((
            s.date.edtf.clone(),
            tr_with(
                "event-form-suggested",
                &[("how", s.resolution.clone().into())],
            ),
        ));
        form
    }

    pub fn new_event() -> Self {
        EventForm {
            editing: None,
            passage: None,
            attach_to: None,
            draft: make::EventDraft::new("", ""),
            date_origin: None,
            error: None,
        }
    }

    pub fn editing(doc: &Document, event: usize) -> Option<Self> {
        let event_record = doc.story().events.get(event)?;
        Some(EventForm {
            editing: Some(event),
            draft: make::EventDraft::of(event_record),
            ..EventForm::new_event()
        })
    }

    /// The edit the form asks for.
    fn edit(&self, doc: &Document) -> Result<Edit, EditError> {
        let story = doc.story();
        let quote = match &self.passage {
            Some(Passage::Words(source, bytes)) => {
                Some(make::quote(story, *source, bytes.clone())?)
            }
            Some(Passage::Region {
                source,
                xywh,
                caption,
            }) => Some(make::region_quote(story, *source, *xywh, caption)?),
            None => None,
        };
        match (self.editing, self.attach_to, quote) {
            (Some(event), _, _) => make::change_event(story, event, &self.draft),
            (None, Some(event), Some(quote)) => make::add_quote_to_event(story, event, quote),
            (None, _, quote) => make::add_event(story, &self.draft, quote),
        }
    }
}

impl FormWindow for EventForm {
    form_basics!("event", Command::Form(FormCommand::CloseEvent));

    fn title(&self) -> String {
        tr(match (self.editing, self.attach_to) {
            (Some(_), _) => "event-form-edit-title",
            (None, Some(_)) => "event-form-back-title",
            (None, None) => "event-form-new-title",
        })
    }

    fn fields(&mut self, ui: &mut egui::Ui, scene: &Scene, _: &mut Vec<Command>) {
        if let Some(passage) = &mut self.passage {
            passage_ui(ui, scene.doc.story(), passage);
            attach_to_ui(ui, scene.doc, &mut self.attach_to);
            ui.separator();
        }
        if self.attach_to.is_none() {
            let origin = self
                .date_origin
                .as_ref()
                .filter(|(proposed, _)| *proposed == self.draft.date)
                .map(|(_, origin)| origin.clone());
            fields_ui(ui, scene.doc, &mut self.draft, origin.as_deref());
        }
    }

    fn save<'a>(&self, scene: &Scene<'a>) -> Action<'a, Self> {
        let action = tr(match (self.editing, self.attach_to) {
            (Some(_), _) => "event-form-save",
            (None, Some(_)) => "event-form-add-quote",
            (None, None) => "event-form-add",
        });
        let doc = scene.doc;
        (action, Box::new(move |f: &EventForm| apply(f.edit(doc))))
    }

    fn removal(&self) -> Option<Removal> {
        Some(("event-form-delete", self.editing?, make::remove_event))
    }
}

/// Which event a quoted passage backs: a new one, or one of the story's.
fn attach_to_ui(ui: &mut egui::Ui, doc: &Document, attach_to: &mut Option<usize>) {
    ui.horizontal(|ui| {
        ui.label(tr("event-form-backs"));
        let chosen =
            attach_to.map_or_else(|| tr("event-form-a-new-event"), |e| event_choice(doc, e));
        let choice = egui::ComboBox::from_id_salt("attach-to")
            .selected_text(chosen)
            .width(240.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(attach_to, None, tr("event-form-a-new-event"));
                // In date order, as the timeline shows them (the story keeps its events so).
                for e in 0..doc.story().events.len() {
                    ui.selectable_value(attach_to, Some(e), event_choice(doc, e));
                }
            });
        choice.response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("event-form-backs-name"))
        });
    });
}

/// The words or the region the form quotes, under the source it comes from; a region's caption
/// is written here.
fn passage_ui(ui: &mut egui::Ui, story: &crate::model::Story, passage: &mut Passage) {
    let source = story.sources.get(passage.source());
    let (label, language) = source.map_or(("", ""), |s| (s.label.as_str(), s.language.as_str()));
    ui.label(
        RichText::new(tr_with(
            "event-form-quote-from",
            &[("source", label.to_string().into())],
        ))
        .strong(),
    );
    match passage {
        Passage::Words(_, bytes) => {
            let words = source
                .and_then(|s| s.text.get(bytes.clone()))
                .unwrap_or_default();
            wrapped(
                ui,
                RichText::new(crate::quotation::quoted(language, words.trim()))
                    .italics()
                    .background_color(super::style::QUOTE_BACKGROUND)
                    .color(super::style::INK),
            );
        }
        Passage::Region { xywh, caption, .. } => {
            if let Some(source) = source {
                super::picture::crop_ui(ui, source, *xywh, 200.0);
            }
            ui.label(tr_with(
                "event-form-region",
                &[("region", crate::query::region_words(*xywh).into())],
            ));
            ui.horizontal(|ui| {
                ui.label(tr("event-form-caption"));
                keyed_field(ui, caption, "event-form-caption", (280.0, 1));
            });
        }
    }
}

fn event_choice(doc: &Document, event: usize) -> String {
    doc.story()
        .events
        .get(event)
        .map_or_else(String::new, |e| format!("{} · {}", e.date.label(), e.title))
}

fn fields_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    draft: &mut make::EventDraft,
    date_origin: Option<&str>,
) {
    let story = doc.story();
    egui::Grid::new("event-fields")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            keyed_row(
                ui,
                &tr("form-title"),
                &mut draft.record.title,
                "event-form-title",
                (280.0, 1),
            );
            keyed_row(
                ui,
                &tr("event-form-date"),
                &mut draft.date,
                "event-form-date",
                (280.0, 1),
            );
            ui.label("");
            ui.vertical(|ui| {
                date_meaning_ui(ui, &mut draft.date);
                if let Some(origin) = date_origin {
                    wrapped(ui, RichText::new(origin).weak().small());
                }
            });
            ui.end_row();
            ui.label(tr("event-form-precision"));
            date_picker_ui(ui, &mut draft.date);
            ui.end_row();
            ui.label(tr("event-form-status"));
            ui.horizontal(|ui| {
                for status in Status::ALL {
                    ui.radio_value(&mut draft.record.status, status, status.name());
                }
            });
            ui.end_row();
            ui.label(tr("event-form-places"));
            ui.vertical(|ui| {
                if story.places.is_empty() {
                    ui.label(RichText::new(tr("event-form-no-places")).weak());
                }
                egui::ScrollArea::vertical()
                    .max_height(120.0)
                    .show(ui, |ui| {
                        for (p, place) in story.places.iter().enumerate() {
                            ticked_in(ui, &mut draft.record.places, p, &place.name);
                        }
                    });
            });
            ui.end_row();
            keyed_row(
                ui,
                &tr("form-notes"),
                &mut draft.record.notes,
                "event-form-notes",
                (280.0, 2),
            );
        });
}

/// What the typed date means, or what is wrong with it; a date written as people write it
/// ("22/10/2023", "22.10.2023") is offered in EDTF, its order of day and month settled as the CSV
/// import settles it, or asked when both readings are days.
fn date_meaning_ui(ui: &mut egui::Ui, edtf: &mut String) {
    let error = match date::resolve(edtf) {
        Ok(span) => {
            wrapped(ui, RichText::new(span.explain()).weak());
            return;
        }
        Err(_) if edtf.trim().is_empty() => {
            wrapped(
                ui,
                RichText::new(tr("event-form-date-forms")).weak().small(),
            );
            return;
        }
        Err(error) => error,
    };
    let readings = crate::formats::csv_rows::readings(edtf);
    if readings.is_empty() {
        let color = ui.visuals().error_fg_color;
        wrapped(ui, RichText::new(error.to_string()).color(color));
        return;
    }
    let ask = tr(if readings.len() == 1 {
        "event-form-written"
    } else {
        "event-form-day-or-month"
    });
    wrapped(ui, ask);
    ui.horizontal_wrapped(|ui| {
        for reading in readings {
            let meaning = date::resolve(&reading)
                .map(|span| span.label())
                .unwrap_or_default();
            let label = format!("{reading} ({meaning})");
            if ui
                .button(label)
                .on_hover_text(tr("event-form-use-date"))
                .clicked()
            {
                *edtf = reading;
            }
        }
    });
}

/// Rewrites the date at another precision: the day typed, its month, season or year, or the range
/// of its days; or marks it approximate. Works from the first day of what is typed.
fn date_picker_ui(ui: &mut egui::Ui, edtf: &mut String) {
    let Ok(span) = date::resolve(edtf) else {
        ui.label(RichText::new(tr("event-form-type-date")).weak().small());
        return;
    };
    let first = span.earliest_date();
    use chrono::Datelike;
    let season = match first.month() {
        3..=5 => 21,
        6..=8 => 22,
        9..=11 => 23,
        _ => 24,
    };
    // Winter spans the new year: December belongs to the next year's winter in EDTF's count.
    let approx = if span.approximate { "~" } else { "" };
    ui.horizontal_wrapped(|ui| {
        for (label, value) in [
            ("event-form-pick-day", first.format("%Y-%m-%d").to_string()),
            ("event-form-pick-month", first.format("%Y-%m").to_string()),
            (
                "event-form-pick-season",
                format!("{}-{season}", first.year()),
            ),
            ("event-form-pick-year", first.year().to_string()),
            // From its first day to its last, for either end to be edited.
            (
                "event-form-pick-range",
                format!(
                    "{}/{}",
                    first.format("%Y-%m-%d"),
                    span.latest_date().format("%Y-%m-%d")
                ),
            ),
        ] {
            if ui.small_button(tr(label)).clicked() {
                *edtf = format!("{value}{approx}");
            }
        }
        let mut approximate = span.approximate;
        if ui
            .checkbox(&mut approximate, tr("event-form-approximate"))
            .changed()
        {
            let bare = edtf.trim().trim_end_matches(['~', '%', '?']).to_owned();
            *edtf = if approximate {
                format!("{bare}~")
            } else {
                bare
            };
        }
    });
}
