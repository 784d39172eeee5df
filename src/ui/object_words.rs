//! Objects of a story and their fields' values in words, for the windows that compare versions
//! (conflicts, review, history): an object by its kind and name, a value as a reader reads it.

use crate::edit::Record;
use crate::i18n::{tr, tr_with};
use crate::model::Story;
use crate::versions::objects::Section;
use serde_json::Value;

/// The object as a reader knows it: its kind and its title, name or words.
pub fn object_name(story: &Story, section: Option<Section>, id: &str) -> String {
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
    let kind = section.map(kind_name).unwrap_or_default();
    match named {
        Some(name) => format!("{kind} « {} » ({id})", short(name)),
        None => format!("{kind} {id}"),
    }
}

/// A kind of object as the window says it ("event", "événement").
pub fn kind_name(section: Section) -> String {
    tr(&format!("object-kind-{}", section.kind()))
}

/// The object's position in its list of the story, when the story has it.
pub fn position(story: &Story, section: Section, id: &str) -> Option<usize> {
    fn find<T: Record>(records: &[T], id: &str) -> Option<usize> {
        records.iter().position(|r| r.id() == id)
    }
    match section {
        Section::Events => find(&story.events, id),
        Section::Places => find(&story.places, id),
        Section::Claims => find(&story.claims, id),
        Section::Sources => find(&story.sources, id),
        Section::Steps => find(&story.steps, id),
        Section::Quotes => find(&story.quotes, id),
        Section::Conflicts => find(&story.conflicts, id),
        Section::Story => None,
    }
}

/// One side's value in words: absent or deleted said so, a date explained, a list of quotes by
/// their words and of places by their names, a shape by its kind and centre, a record by its name.
pub fn side_words(
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
                .position(|q| q.id == id)
                .map(|q| crate::query::quote_words_within(story, q, 90))
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
