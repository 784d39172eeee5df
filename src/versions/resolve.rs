//! Settling what a merge left: each conflict takes one side's value (ours or theirs), and its
//! record goes. Taking a side that deleted an object deletes it, and every list that named it
//! forgets it, as removing it in the window does.

use super::VersionsError;
use super::merge::references;
use super::objects::{Objects, Record, Section};
use crate::load::raw::RawConflict;
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// Settles the conflict `which` (all of them when none) by taking `side`; the ids settled.
pub fn resolve(
    objects: &mut Objects,
    which: Option<&str>,
    side: Side,
) -> Result<Vec<String>, VersionsError> {
    let conflicts: Vec<RawConflict> = objects
        .list(Section::Conflicts)
        .iter()
        .filter(|(id, _)| which.is_none_or(|w| w == id))
        .map(|(_, record)| {
            serde_json::from_str(record.text())
                .map_err(|e| VersionsError::at("story.json", None, &format!("a conflict: {e}")))
        })
        .collect::<Result<_, _>>()?;
    if let (Some(which), true) = (which, conflicts.is_empty()) {
        let what = format!("the story has no conflict \"{which}\"");
        return Err(VersionsError::at("story.json", None, &what));
    }
    for conflict in &conflicts {
        take(objects, conflict, side)?;
    }
    let settled: Vec<String> = conflicts.into_iter().map(|c| c.id).collect();
    objects
        .list_mut(Section::Conflicts)
        .retain(|(id, _)| !settled.contains(id));
    Ok(settled)
}

fn take(objects: &mut Objects, conflict: &RawConflict, side: Side) -> Result<(), VersionsError> {
    let value = match side {
        Side::Ours => conflict.ours.clone(),
        Side::Theirs => conflict.theirs.clone(),
    };
    let section = Section::of_kind(&conflict.kind).ok_or_else(|| {
        let what = format!(
            "conflict \"{}\": no objects are of kind \"{}\"",
            conflict.id, conflict.kind
        );
        VersionsError::at("story.json", None, &what)
    })?;
    let Some(field) = &conflict.field else {
        set_object(objects, section, &conflict.object, value);
        return Ok(());
    };
    if section == Section::Story {
        return set_field(&mut objects.story, conflict, field, value);
    }
    let record = objects
        .list_mut(section)
        .iter_mut()
        .find(|(id, _)| *id == conflict.object)
        .map(|(_, record)| record);
    let Some(record) = record else {
        let what = format!(
            "conflict \"{}\": the story has no {} \"{}\"",
            conflict.id, conflict.kind, conflict.object
        );
        return Err(VersionsError::at("story.json", None, &what));
    };
    let mut parsed = record.value();
    let Some(map) = parsed.as_object_mut() else {
        let what = format!(
            "conflict \"{}\": its object is not a JSON object",
            conflict.id
        );
        return Err(VersionsError::at("story.json", None, &what));
    };
    set_field(map, conflict, field, value)?;
    *record = Record::from(parsed);
    Ok(())
}

/// Sets the dotted `field` inside `map` to `value` (null: takes it out).
fn set_field(
    mut map: &mut serde_json::Map<String, Value>,
    conflict: &RawConflict,
    field: &str,
    value: Value,
) -> Result<(), VersionsError> {
    let mut path: Vec<&str> = field.split('.').collect();
    let last = path.pop().unwrap_or_default();
    for key in path {
        map = map
            .entry(key.to_owned())
            .or_insert_with(|| Value::Object(serde_json::Map::new()))
            .as_object_mut()
            .ok_or_else(|| {
                VersionsError::at(
                    "story.json",
                    None,
                    &format!(
                        "conflict \"{}\": \"{field}\" is not inside an object",
                        conflict.id
                    ),
                )
            })?;
    }
    match value {
        Value::Null => {
            map.shift_remove(last);
        }
        value => {
            map.insert(last.to_owned(), value);
        }
    }
    Ok(())
}

/// The object made what a side had (null: deleted, and forgotten by the lists that named it).
fn set_object(objects: &mut Objects, section: Section, id: &str, value: Value) {
    let records = objects.list_mut(section);
    let at = records.iter().position(|(i, _)| i == id);
    match (value, at) {
        (Value::Null, Some(at)) => {
            records.remove(at);
            forget(objects, section, id);
        }
        (Value::Null, None) => forget(objects, section, id),
        (value, Some(at)) => records[at].1 = Record::from(value),
        (value, None) => records.push((id.to_owned(), Record::from(value))),
    }
}

/// Takes `id` out of every list of ids that names it as a `target`.
fn forget(objects: &mut Objects, target: Section, id: &str) {
    for (section, records) in &mut objects.lists {
        for (_, record) in records.iter_mut() {
            if references(*section, record)
                .iter()
                .any(|(s, i)| *s == target && i == id)
            {
                let mut value = record.value();
                strip(&mut value, id);
                *record = Record::from(value);
            }
        }
    }
}

/// Removes the string `id` from every list inside `value`.
fn strip(value: &mut Value, id: &str) {
    match value {
        Value::Array(list) => {
            list.retain(|v| v.as_str() != Some(id));
            list.iter_mut().for_each(|v| strip(v, id));
        }
        Value::Object(map) => map.values_mut().for_each(|v| strip(v, id)),
        _ => {}
    }
}
