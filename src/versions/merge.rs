//! A three-way merge of a story by objects: changes to different objects, and to different fields
//! of one object, merge cleanly; lists of ids inside an object merge as sets keeping order. What
//! was changed two ways is a conflict, recorded in the story (never as markers in a file) while
//! the merged story holds our side's version, so it stays a story that loads.

use super::diff::{dotted, is_whole};
use super::objects::{Objects, Record, Records, STORY_LISTS, Section};
use crate::load::raw::RawConflict;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// What was changed two ways, before it gets its id.
struct Found {
    section: Section,
    object: String,
    field: Option<String>,
    values: [Value; 3],
}

/// `ours` and `theirs`, two versions made from `base`, merged; conflicts (besides those either
/// side already had) are added to the story's `conflicts` list. Also the number of new conflicts.
pub fn merge(base: &Objects, ours: &Objects, theirs: &Objects) -> (Objects, usize) {
    let mut found = Vec::new();
    let story = merge_map(
        "",
        Some(&base.story),
        &ours.story,
        &theirs.story,
        &mut |field, values| {
            found.push(Found {
                section: Section::Story,
                object: String::new(),
                field: Some(field),
                values,
            })
        },
    );
    let mut merged = Objects {
        story,
        lists: Vec::new(),
        // The collection's own members (a bbox, a name) are not Chronomap's to change: ours stay.
        collection: ours.collection.clone(),
    };
    for section in STORY_LISTS.into_iter().chain([Section::Places]) {
        let records = merge_records(
            section,
            [base.list(section), ours.list(section), theirs.list(section)],
            &mut found,
        );
        merged.lists.push((section, records));
    }
    restore_what_is_used(&mut merged, [base, ours, theirs], &mut found);
    let count = found.len();
    record(&mut merged, found);
    (merged, count)
}

/// One list merged by id: ours' order, then what only theirs added, in theirs' order.
fn merge_records(
    section: Section,
    [base, ours, theirs]: [&[(String, Record)]; 3],
    found: &mut Vec<Found>,
) -> Records {
    let index = |records: &[(String, Record)]| -> HashMap<String, usize> {
        records
            .iter()
            .enumerate()
            .map(|(n, (id, _))| (id.clone(), n))
            .collect()
    };
    let (in_base, in_ours, in_theirs) = (index(base), index(ours), index(theirs));
    let ids = ours
        .iter()
        .map(|(id, _)| id)
        .chain(
            theirs
                .iter()
                .map(|(id, _)| id)
                .filter(|id| !in_ours.contains_key(*id)),
        )
        .chain(
            base.iter()
                .map(|(id, _)| id)
                .filter(|id| !in_ours.contains_key(*id) && !in_theirs.contains_key(*id)),
        );
    let mut out = Vec::new();
    for id in ids {
        let b = in_base.get(id).map(|&n| &base[n].1);
        let o = in_ours.get(id).map(|&n| &ours[n].1);
        let t = in_theirs.get(id).map(|&n| &theirs[n].1);
        let mut conflict = |field: Option<String>, values: [Value; 3]| {
            found.push(Found {
                section,
                object: id.clone(),
                field,
                values,
            })
        };
        let whole = |v: Option<&Record>| v.map_or(Value::Null, Record::value);
        // Records are compared as text first: the many no one changed are never parsed.
        let kept = match (b, o, t) {
            (_, Some(o), Some(t)) if o == t => Some(o.clone()),
            (None, Some(one), None) | (None, None, Some(one)) => Some(one.clone()),
            (None, Some(o), Some(t)) => {
                conflict(None, [Value::Null, o.value(), t.value()]);
                Some(o.clone())
            }
            (Some(_), None, None) | (None, None, None) => None,
            (Some(b), Some(kept), None) | (Some(b), None, Some(kept)) if kept == b => None,
            (Some(b), Some(_), None) | (Some(b), None, Some(_)) => {
                conflict(None, [b.value(), whole(o), whole(t)]);
                o.or(t).cloned()
            }
            (Some(b), Some(o), Some(t)) if b == t => Some(o.clone()),
            (Some(b), Some(o), Some(t)) if b == o => Some(t.clone()),
            (Some(b), Some(o), Some(t)) => {
                let merged =
                    merge_value("", Some(&b.value()), &o.value(), &t.value(), &mut |f, v| {
                        conflict(Some(f), v)
                    });
                merged.map(Record::from)
            }
        };
        if let Some(record) = kept {
            out.push((id.clone(), record));
        }
    }
    out
}

/// One value merged: a side's change is taken, two equal changes are one, objects merge member
/// by member, lists of ids merge as sets; anything else changed two ways is a conflict that keeps
/// ours. None: the field is gone.
fn merge_value(
    at: &str,
    base: Option<&Value>,
    ours: &Value,
    theirs: &Value,
    conflict: &mut dyn FnMut(String, [Value; 3]),
) -> Option<Value> {
    if ours == theirs || base == Some(theirs) {
        return Some(ours.clone());
    }
    if base == Some(ours) {
        return Some(theirs.clone());
    }
    match (base, ours, theirs) {
        (Some(Value::Object(b)), Value::Object(o), Value::Object(t)) if !is_whole(at) => {
            Some(Value::Object(merge_map(at, Some(b), o, t, conflict)))
        }
        (Some(Value::Array(b)), Value::Array(o), Value::Array(t))
            if [b, o, t]
                .iter()
                .all(|list| list.iter().all(Value::is_string)) =>
        {
            Some(Value::Array(merge_set(b, o, t)))
        }
        _ => {
            let base = base.cloned().unwrap_or(Value::Null);
            conflict(at.to_owned(), [base, ours.clone(), theirs.clone()]);
            Some(ours.clone())
        }
    }
}

/// Two objects merged member by member (absent members are null).
fn merge_map(
    at: &str,
    base: Option<&Map<String, Value>>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
    conflict: &mut dyn FnMut(String, [Value; 3]),
) -> Map<String, Value> {
    let empty = Map::new();
    let base = base.unwrap_or(&empty);
    let keys = ours
        .keys()
        .chain(theirs.keys().filter(|k| !ours.contains_key(*k)))
        .chain(
            base.keys()
                .filter(|k| !ours.contains_key(*k) && !theirs.contains_key(*k)),
        );
    let mut out = Map::new();
    for key in keys {
        let field = dotted(at, key);
        let value = match (base.get(key), ours.get(key), theirs.get(key)) {
            (b, Some(o), Some(t)) => merge_value(&field, b, o, t, conflict),
            (None, Some(one), None) | (None, None, Some(one)) => Some(one.clone()),
            (Some(b), Some(kept), None) | (Some(b), None, Some(kept)) if kept == b => None,
            (Some(b), o, t) => {
                let whole = |v: Option<&Value>| v.cloned().unwrap_or(Value::Null);
                conflict(field, [b.clone(), whole(o), whole(t)]);
                o.cloned()
            }
            (None, None, None) => None,
        };
        if let Some(value) = value {
            out.insert(key.clone(), value);
        }
    }
    out
}

/// A list of ids merged as a set: ours without what theirs removed, then what theirs added.
fn merge_set(base: &[Value], ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let removed: HashSet<&Value> = base.iter().filter(|v| !theirs.contains(v)).collect();
    let mut out: Vec<Value> = ours
        .iter()
        .filter(|v| !removed.contains(v))
        .cloned()
        .collect();
    for added in theirs.iter().filter(|v| !base.contains(v)) {
        if !out.contains(added) {
            out.push(added.clone());
        }
    }
    out
}

/// Which object each reference of a record points at: the places an event happens at, the source
/// a quote is of, the events a step brings forward… Read from the record's text into the few
/// fields that refer, not into a whole tree.
pub fn references(section: Section, record: &Record) -> Vec<(Section, String)> {
    let Ok(refs) = serde_json::from_str::<Refs>(record.text()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut add = |target: Section, found: &Ids| {
        out.extend(found.ids().into_iter().map(|id| (target, id)));
    };
    match section {
        Section::Events => {
            add(Section::Places, &refs.places);
            add(Section::Quotes, &refs.quotes);
        }
        Section::Quotes => {
            add(Section::Sources, &refs.source);
            add(Section::Places, &refs.mentions);
        }
        Section::Steps => {
            add(Section::Events, &refs.events);
            add(Section::Places, &refs.places);
            add(Section::Quotes, &refs.quotes);
            if let Some(view) = &refs.view {
                add(Section::Places, &view.fit);
            }
        }
        Section::Claims => {
            for statement in &refs.statements {
                add(Section::Sources, &statement.source);
                add(Section::Quotes, &statement.quotes);
            }
        }
        Section::Sources => add(Section::Sources, &refs.revises),
        Section::Places => {
            if let Some(properties) = &refs.properties {
                for figure in [
                    &properties.reported_area_km2,
                    &properties.reported_length_km,
                ]
                .into_iter()
                .flatten()
                {
                    add(Section::Quotes, &figure.quote);
                }
            }
        }
        Section::Story | Section::Conflicts => {}
    }
    out
}

/// The fields of any record that name other objects (each kind uses some of them).
#[derive(Deserialize, Default)]
#[serde(default)]
struct Refs {
    places: Ids,
    quotes: Ids,
    source: Ids,
    mentions: Ids,
    events: Ids,
    revises: Ids,
    view: Option<ViewRefs>,
    statements: Vec<StatementRefs>,
    properties: Option<PropertyRefs>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ViewRefs {
    fit: Ids,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StatementRefs {
    source: Ids,
    quotes: Ids,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PropertyRefs {
    reported_area_km2: Option<FigureRefs>,
    reported_length_km: Option<FigureRefs>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct FigureRefs {
    quote: Ids,
}

/// An id, a list of ids, or anything else (which names nothing).
#[derive(Deserialize, Default)]
#[serde(untagged)]
enum Ids {
    One(String),
    Many(Vec<Value>),
    #[default]
    None,
    Other(serde::de::IgnoredAny),
}

impl Ids {
    fn ids(&self) -> Vec<String> {
        match self {
            Ids::One(id) => vec![id.clone()],
            Ids::Many(list) => list
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            Ids::None | Ids::Other(_) => Vec::new(),
        }
    }
}

/// An object one side deleted while the other used it anew (a place an added event happens at)
/// is kept, and the deletion is a conflict: the merged story must not point at nothing.
fn restore_what_is_used(
    merged: &mut Objects,
    [base, ours, theirs]: [&Objects; 3],
    found: &mut Vec<Found>,
) {
    loop {
        let present: HashSet<(Section, &str)> = merged
            .lists
            .iter()
            .flat_map(|(section, records)| {
                records.iter().map(move |(id, _)| (*section, id.as_str()))
            })
            .collect();
        let missing: Vec<(Section, String)> = merged
            .lists
            .iter()
            .flat_map(|(section, records)| {
                records
                    .iter()
                    .flat_map(move |(_, r)| references(*section, r))
            })
            .filter(|(section, id)| !present.contains(&(*section, id.as_str())))
            .filter(|(section, id)| base.get(*section, id).is_some())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        if missing.is_empty() {
            return;
        }
        for (section, id) in missing {
            let value = |side: &Objects| side.get(section, &id).map_or(Value::Null, Record::value);
            let kept = [ours, theirs, base]
                .into_iter()
                .find_map(|side| side.get(section, &id))
                .cloned();
            if let Some(kept) = kept {
                found.push(Found {
                    section,
                    object: id.clone(),
                    field: None,
                    values: [value(base), value(ours), value(theirs)],
                });
                merged.list_mut(section).push((id, kept));
            }
        }
    }
}

/// The conflicts found, each with an id no conflict of the story has, added to its list.
fn record(merged: &mut Objects, found: Vec<Found>) {
    let conflicts = merged.list_mut(Section::Conflicts);
    let mut taken: HashSet<String> = conflicts.iter().map(|(id, _)| id.clone()).collect();
    let mut n = 0;
    for Found {
        section,
        object,
        field,
        values: [base, ours, theirs],
    } in found
    {
        let id = loop {
            n += 1;
            let id = format!("conflict-{n}");
            if taken.insert(id.clone()) {
                break id;
            }
        };
        let raw = RawConflict {
            id: id.clone(),
            kind: section.kind().to_owned(),
            object,
            field,
            base,
            ours,
            theirs,
        };
        if let Ok(value) = serde_json::to_value(raw) {
            conflicts.push((id, Record::from(value)));
        }
    }
}
