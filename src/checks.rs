//! Editors' checks of events and claims. A check records who checked an object, when, and the
//! SHA-256 of the object as it was (`digest`): the object's record as story.json writes it, its
//! check left out, its keys sorted, with no spacing — so layout never counts, and any later change
//! to the object, by Chronomap or by any editor of the files, shows as "changed since checked".

use crate::formats::story_out::{raw_claim, raw_event};
use crate::load::raw::Check;
use crate::model::Story;
use serde_json::{Map, Value};

/// What can be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checkable {
    Event(usize),
    Claim(usize),
}

/// Where an object stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckState<'a> {
    Unchecked,
    /// Checked, and unchanged since.
    Holds(&'a Check),
    /// Checked, and changed since.
    Changed(&'a Check),
}

/// The SHA-256 a check of `record` holds: the record without its check, keys sorted, compact.
pub fn digest<T: serde::Serialize>(record: &T) -> String {
    let mut value = serde_json::to_value(record).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.shift_remove("checked");
    }
    let canonical = serde_json::to_vec(&sorted(value)).unwrap_or_default();
    crate::digest::sha256_hex(&canonical)
}

fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sorted(v)))
                    .collect::<Map<_, _>>(),
            )
        }
        Value::Array(list) => Value::Array(list.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// Whether `check` still holds for `record`.
pub fn state_of<'a, T: serde::Serialize>(record: &T, check: Option<&'a Check>) -> CheckState<'a> {
    match check {
        None => CheckState::Unchecked,
        Some(check) if check.sha256 == digest(record) => CheckState::Holds(check),
        Some(check) => CheckState::Changed(check),
    }
}

/// Where an event or a claim of the story stands (unchecked when there is no such object). Only
/// a checked object is written out and hashed.
pub fn state(story: &Story, what: Checkable) -> CheckState<'_> {
    match what {
        Checkable::Event(i) => match story.events.get(i) {
            Some(e) if e.checked.is_some() => state_of(&raw_event(story, e), e.checked.as_deref()),
            _ => CheckState::Unchecked,
        },
        Checkable::Claim(i) => match story.claims.get(i) {
            Some(c) if c.checked.is_some() => state_of(&raw_claim(story, c), c.checked.as_deref()),
            _ => CheckState::Unchecked,
        },
    }
}

/// The check `by` makes now of `what`, as it is in `story`.
pub fn check_of(story: &Story, what: Checkable, by: &str, note: &str, at: String) -> Option<Check> {
    let sha256 = match what {
        Checkable::Event(i) => digest(&raw_event(story, story.events.get(i)?)),
        Checkable::Claim(i) => digest(&raw_claim(story, story.claims.get(i)?)),
    };
    Some(Check {
        by: by.trim().to_owned(),
        at,
        sha256,
        note: note.trim().to_owned(),
    })
}

/// The event, else the claim, with this id.
pub fn find(story: &Story, id: &str) -> Option<Checkable> {
    let event = story.events.iter().position(|e| e.id == id);
    let claim = || story.claims.iter().position(|c| c.id == id);
    event
        .map(Checkable::Event)
        .or_else(|| claim().map(Checkable::Claim))
}

/// Now, as a check writes it (RFC 3339, UTC, to the second).
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The day of a check's time, for saying it briefly; none when its time is not RFC 3339.
pub fn day(check: &Check) -> Option<chrono::NaiveDate> {
    chrono::DateTime::parse_from_rfc3339(&check.at)
        .ok()
        .map(|t| t.date_naive())
}

/// Every event and claim of the story with where it stands, events first.
pub fn all(story: &Story) -> impl Iterator<Item = (Checkable, &str, CheckState<'_>)> {
    let events = (0..story.events.len()).map(Checkable::Event);
    let claims = (0..story.claims.len()).map(Checkable::Claim);
    events.chain(claims).map(move |what| {
        let id = match what {
            Checkable::Event(i) => story.events[i].id.as_str(),
            Checkable::Claim(i) => story.claims[i].id.as_str(),
        };
        (what, id, state(story, what))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_holds_until_its_object_changes_and_ignores_layout_and_key_order() {
        let Ok(mut story) = crate::load::load(&crate::shipped::karabakh()) else {
            panic!("the shipped story loads");
        };
        let what = Checkable::Event(0);
        assert_eq!(state(&story, what), CheckState::Unchecked);
        let check = check_of(&story, what, " Ana ", "", now()).map(Box::new);
        assert_eq!(check.as_ref().map(|c| c.by.as_str()), Some("Ana"));
        story.events[0].checked = check;
        assert!(matches!(state(&story, what), CheckState::Holds(c) if c.by == "Ana"));
        // The same record written with other spacing and key order has the same digest.
        let raw = raw_event(&story, &story.events[0]);
        let text = serde_json::to_string_pretty(&raw).unwrap_or_default();
        let mut reordered: Vec<(String, Value)> = serde_json::from_str::<Map<String, Value>>(&text)
            .unwrap_or_default()
            .into_iter()
            .collect();
        reordered.reverse();
        let reordered: Map<String, Value> = reordered.into_iter().collect();
        assert_eq!(digest(&reordered), digest(&raw));
        story.events[0].title.push('!');
        assert!(matches!(state(&story, what), CheckState::Changed(c) if c.by == "Ana"));
    }
}
