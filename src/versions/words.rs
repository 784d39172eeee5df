//! A diff in words: each object by its kind, id and name; each changed field old → new, a date
//! with its explanation, a quote with its words, a moved place with the distance it moved.

use super::diff::{Change, What};
use super::objects::Section;
use serde_json::Value;

/// One line per object, then one indented line per changed field.
pub fn describe(changes: &[Change]) -> String {
    let mut out = String::new();
    for change in changes {
        let kind = change.section.kind();
        let (mark, record) = match &change.what {
            What::Added { record } => ('+', Some(record)),
            What::Removed { record } => ('-', Some(record)),
            What::Changed { .. } => ('~', None),
        };
        let heading = match (change.section, record) {
            (Section::Story, _) => "the story's own fields".to_owned(),
            (section, Some(record)) => format!("{kind} {} {}", change.id, name(section, record)),
            (_, None) => format!("{kind} {}", change.id),
        };
        let verb = match mark {
            '+' => "added",
            '-' => "removed",
            _ => "changed",
        };
        out.push_str(&format!("{mark} {heading}: {verb}\n"));
        if let What::Changed { fields } = &change.what {
            for field in fields {
                let said = field_words(change.section, &field.field, &field.old, &field.new);
                out.push_str(&format!("    {}: {said}\n", field.field));
            }
        }
        if let Some(check) = &change.changed_since_checked {
            out.push_str(&format!(
                "    changed since checked by {} at {}\n",
                check.by, check.at
            ));
        }
    }
    out
}

/// What names a record for a reader: an event's title and date, a place's name, a quote's words.
fn name(section: Section, record: &Value) -> String {
    let text = |key: &str| record.get(key).and_then(Value::as_str).unwrap_or_default();
    match section {
        Section::Events => format!("\"{}\" ({})", text("title"), text("date")),
        Section::Places => {
            let name = record.pointer("/properties/name").and_then(Value::as_str);
            format!("\"{}\"", name.unwrap_or_default())
        }
        Section::Quotes => format!("«{}»", short(text("exact"))),
        Section::Sources | Section::Steps => format!("\"{}\"", text("title")),
        Section::Claims => format!("\"{}\"", text("topic")),
        Section::Conflicts => format!("({} {} {})", text("kind"), text("object"), text("field")),
        Section::Story => String::new(),
    }
}

fn short(words: &str) -> String {
    match words.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &words[..at]),
        None => words.to_owned(),
    }
}

/// A field's change, said: dates explained, a shape's move measured.
fn field_words(section: Section, field: &str, old: &Value, new: &Value) -> String {
    let is_date = matches!(
        (section, field),
        (Section::Events, "date") | (Section::Steps, "window") | (Section::Sources, "published")
    );
    if is_date {
        return format!("{} → {}", date(old), date(new));
    }
    if section == Section::Places
        && field == "geometry"
        && let Some(km) = moved_km(old, new)
    {
        return format!("the shape changed; its centre moved {km:.1} km");
    }
    format!("{} → {}", value(old), value(new))
}

fn value(v: &Value) -> String {
    match v {
        Value::Null => "(none)".to_owned(),
        Value::String(s) => format!("\"{}\"", short(s)),
        other => short(&other.to_string()),
    }
}

fn date(v: &Value) -> String {
    let Some(edtf) = v.as_str() else {
        return value(v);
    };
    match crate::date::resolve(edtf) {
        Ok(span) => format!("{edtf} ({})", span.explain()),
        Err(_) => edtf.to_owned(),
    }
}

/// How far a shape's centre moved, in kilometres, when both are shapes.
pub fn moved_km(old: &Value, new: &Value) -> Option<f64> {
    use geo::{Centroid, Distance, Haversine};
    let centre = |v: &Value| {
        let geometry: geojson::Geometry = serde_json::from_value(v.clone()).ok()?;
        crate::load::to_geometry(&geometry.value).ok()?.centroid()
    };
    Some(Haversine.distance(centre(old)?, centre(new)?) / 1000.0)
}
