//! The Conflicts window: what a merge could not settle, each conflict with both sides side by side
//! in words (dates explained, quotes with their words, places by name and where they lie), and
//! *Take ours*, *Take theirs* or *Edit* (ours kept, the object's form opened).

use super::state::{Command, FormCommand, TourCommand};
use crate::i18n::{tr, tr_with};
use crate::load::raw::RawConflict;
use crate::model::Story;
use crate::versions::objects::Section;
use crate::versions::resolve::Side;
use egui::RichText;
use serde_json::Value;

pub fn conflicts_ui(ctx: &egui::Context, story: &Story, commands: &mut Vec<Command>) {
    let mut open = true;
    let title = tr_with(
        "conflicts-title",
        &[("count", story.conflicts.len().into())],
    );
    egui::Window::new(title)
        .id(egui::Id::unique("conflicts"))
        .open(&mut open)
        .default_width(620.0)
        .max_height((ctx.content_rect().height() - 90.0).max(200.0))
        .anchor(egui::Align2::CENTER_TOP, [0.0, 60.0])
        .show(ctx, |ui| {
            if story.conflicts.is_empty() {
                ui.label(tr("conflicts-none-left"));
                return;
            }
            ui.label(RichText::new(tr("conflicts-hint")).weak());
            egui::ScrollArea::vertical().show(ui, |ui| {
                for conflict in &story.conflicts {
                    ui.separator();
                    conflict_ui(ui, story, conflict, commands);
                }
            });
        });
    if !open {
        commands.push(Command::ShowConflicts(false));
    }
}

fn conflict_ui(
    ui: &mut egui::Ui,
    story: &Story,
    conflict: &RawConflict,
    commands: &mut Vec<Command>,
) {
    let section = Section::of_kind(&conflict.kind);
    let object = object_name(story, section, &conflict.object);
    let field = conflict
        .field
        .clone()
        .unwrap_or_else(|| tr("conflicts-whole-object"));
    ui.label(RichText::new(format!("{object} — {field}")).strong());
    ui.columns(2, |columns| {
        for (column, (heading, value)) in columns.iter_mut().zip([
            (tr("conflicts-ours"), &conflict.ours),
            (tr("conflicts-theirs"), &conflict.theirs),
        ]) {
            column.label(RichText::new(heading).weak());
            let said = side_words(story, section, conflict.field.as_deref(), value);
            column.add(egui::Label::new(said).wrap());
        }
    });
    if !conflict.base.is_null() {
        let base = side_words(story, section, conflict.field.as_deref(), &conflict.base);
        ui.label(RichText::new(tr_with("conflicts-base", &[("value", base.into())])).weak());
    }
    ui.horizontal(|ui| {
        let settle = |take| Command::SettleConflict {
            id: conflict.id.clone(),
            take,
        };
        if ui.button(tr("conflicts-take-ours")).clicked() {
            commands.push(settle(Side::Ours));
        }
        if ui.button(tr("conflicts-take-theirs")).clicked() {
            commands.push(settle(Side::Theirs));
        }
        let form = section.and_then(|s| form_of(story, s, &conflict.object));
        let edit = ui
            .add_enabled(form.is_some(), egui::Button::new(tr("conflicts-edit")))
            .on_hover_text(tr("conflicts-edit-hint"));
        if let (true, Some(form)) = (edit.clicked(), form) {
            commands.push(settle(Side::Ours));
            commands.push(form);
        }
    });
}

/// The command that opens the object's form, when it has one.
fn form_of(story: &Story, section: Section, id: &str) -> Option<Command> {
    fn find<T: crate::edit::Record>(records: &[T], id: &str) -> Option<usize> {
        records.iter().position(|r| r.id() == id)
    }
    Some(match section {
        Section::Events => Command::Form(FormCommand::Event(Some(find(&story.events, id)?))),
        Section::Places => Command::Form(FormCommand::Place(find(&story.places, id)?)),
        Section::Claims => Command::Form(FormCommand::Claim(Some(find(&story.claims, id)?))),
        Section::Sources => Command::Form(FormCommand::Source(find(&story.sources, id)?)),
        Section::Steps => Command::Tour(TourCommand::Edit(find(&story.steps, id)?)),
        _ => return None,
    })
}

/// The object as a reader knows it: its kind and its title, name or words.
fn object_name(story: &Story, section: Option<Section>, id: &str) -> String {
    let named = match section {
        Some(Section::Story) => return tr("conflicts-the-story"),
        Some(Section::Events) => story.events.iter().find(|e| e.id == id).map(|e| &e.title),
        Some(Section::Places) => story.places.iter().find(|p| p.id == id).map(|p| &p.name),
        Some(Section::Claims) => story.claims.iter().find(|c| c.id == id).map(|c| &c.topic),
        Some(Section::Steps) => story.steps.iter().find(|s| s.id == id).map(|s| &s.title),
        Some(Section::Sources) => story.sources.iter().find(|s| s.id == id).map(|s| &s.label),
        Some(Section::Quotes) => story.quotes.iter().find(|q| q.id == id).map(|q| &q.exact),
        _ => None,
    };
    let kind = section.map_or("", Section::kind);
    match named {
        Some(name) => format!("{kind} « {} » ({id})", short(name)),
        None => format!("{kind} {id}"),
    }
}

/// One side's value in words: absent or deleted said so, a date explained, a list of quotes by
/// their words and of places by their names, a shape by its kind and centre, a record by its name.
fn side_words(
    story: &Story,
    section: Option<Section>,
    field: Option<&str>,
    value: &Value,
) -> String {
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).unwrap_or("").to_owned();
    match (field, value) {
        (None, Value::Null) => tr("conflicts-deleted"),
        (Some(_), Value::Null) => tr("conflicts-absent"),
        (None, record) => match section {
            Some(Section::Events) => format!(
                "{} — {}",
                text(record, "title"),
                date(&text(record, "date"))
            ),
            Some(Section::Places) => {
                let name = record.pointer("/properties/name").and_then(Value::as_str);
                let shape = shape_words(record.get("geometry").unwrap_or(&Value::Null));
                format!("{} — {shape}", name.unwrap_or_default())
            }
            Some(Section::Quotes) => format!("« {} »", text(record, "exact")),
            Some(Section::Claims) => text(record, "topic"),
            _ => text(record, "title"),
        },
        (Some("date" | "window" | "published"), Value::String(edtf)) => date(edtf),
        (Some("quotes"), Value::Array(ids)) => listed(ids, |id| {
            story
                .quotes
                .iter()
                .find(|q| q.id == id)
                .map(|q| format!("« {} »", short(&q.exact)))
        }),
        (Some("places" | "mentions"), Value::Array(ids)) => listed(ids, |id| {
            story
                .places
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.name.clone())
        }),
        (Some("geometry"), shape) => shape_words(shape),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

fn listed(ids: &[Value], name: impl Fn(&str) -> Option<String>) -> String {
    let names: Vec<String> = ids
        .iter()
        .filter_map(Value::as_str)
        .map(|id| name(id).unwrap_or_else(|| id.to_owned()))
        .collect();
    names.join("; ")
}

fn date(edtf: &str) -> String {
    match crate::date::resolve(edtf) {
        Ok(span) => format!("{edtf} ({})", span.explain()),
        Err(_) => edtf.to_owned(),
    }
}

/// "Point, centred at 39.8150° N, 46.7520° E".
fn shape_words(shape: &Value) -> String {
    use geo::Centroid;
    let geometry = serde_json::from_value::<geojson::Geometry>(shape.clone()).ok();
    let centre = geometry
        .as_ref()
        .and_then(|g| crate::load::to_geometry(&g.value).ok())
        .and_then(|g| g.centroid());
    let kind = shape.get("type").and_then(Value::as_str).unwrap_or("?");
    match centre {
        Some(c) => tr_with(
            "conflicts-shape",
            &[
                ("kind", kind.to_owned().into()),
                ("lat", format!("{:.4}", c.y()).into()),
                ("lon", format!("{:.4}", c.x()).into()),
            ],
        ),
        None => kind.to_owned(),
    }
}

fn short(words: &str) -> String {
    match words.char_indices().nth(90) {
        Some((at, _)) => format!("{}…", &words[..at]),
        None => words.to_owned(),
    }
}
