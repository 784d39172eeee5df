//! What changed between two versions of a story, object by object: added, removed, and each
//! changed field old → new. Layout, spacing and record order are not changes.

use super::objects::{Objects, Record, Section};
use crate::checks::{CheckState, state_of};
use crate::load::raw::{Check, RawClaim, RawEvent};
use serde_json::Value;

/// The lists in the order a diff tells them: the story's own fields first, conflicts last.
pub const ORDER: [Section; 8] = [
    Section::Story,
    Section::Sources,
    Section::Places,
    Section::Quotes,
    Section::Events,
    Section::Claims,
    Section::Steps,
    Section::Conflicts,
];

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Change {
    pub section: Section,
    /// The object's id (empty for the story's own fields).
    pub id: String,
    #[serde(flatten)]
    pub what: What,
    /// A changed event's or claim's check that no longer holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed_since_checked: Option<Check>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "change", rename_all = "lowercase")]
pub enum What {
    Added { record: Value },
    Removed { record: Value },
    Changed { fields: Vec<FieldChange> },
}

/// One field's values before and after (null: absent).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FieldChange {
    /// Dotted for a field inside another ("properties.name").
    pub field: String,
    pub old: Value,
    pub new: Value,
}

/// Every change from `old` to `new`.
pub fn diff(old: &Objects, new: &Objects) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut story_fields = Vec::new();
    fields(
        "",
        &Value::Object(old.story.clone()),
        &Value::Object(new.story.clone()),
        &mut story_fields,
    );
    if !story_fields.is_empty() {
        changes.push(Change {
            section: Section::Story,
            id: String::new(),
            what: What::Changed {
                fields: story_fields,
            },
            changed_since_checked: None,
        });
    }
    for section in ORDER.into_iter().skip(1) {
        let before = old.list(section);
        let after = new.list(section);
        let after_ids: std::collections::HashSet<&str> =
            after.iter().map(|(i, _)| i.as_str()).collect();
        let before_ids: std::collections::HashMap<&str, &Record> =
            before.iter().map(|(i, v)| (i.as_str(), v)).collect();
        for (id, record) in after {
            let what = match before_ids.get(id.as_str()) {
                None => What::Added {
                    record: record.value(),
                },
                // The same text: unchanged, without parsing either.
                Some(old_record) if old_record.text() == record.text() => continue,
                Some(old_record) => {
                    let mut changed = Vec::new();
                    fields("", &old_record.value(), &record.value(), &mut changed);
                    if changed.is_empty() {
                        continue;
                    }
                    What::Changed { fields: changed }
                }
            };
            let changed_since_checked = match what {
                What::Changed { .. } => stale_check(section, &record.value()),
                _ => None,
            };
            changes.push(Change {
                section,
                id: id.clone(),
                what,
                changed_since_checked,
            });
        }
        for (id, record) in before {
            if !after_ids.contains(id.as_str()) {
                changes.push(Change {
                    section,
                    id: id.clone(),
                    what: What::Removed {
                        record: record.value(),
                    },
                    changed_since_checked: None,
                });
            }
        }
    }
    changes
}

/// An event's or a claim's check that its record no longer matches.
fn stale_check(section: Section, record: &Value) -> Option<Check> {
    let stale = |state: CheckState<'_>| match state {
        CheckState::Changed(check) => Some(check.clone()),
        _ => None,
    };
    match section {
        Section::Events => {
            let event: RawEvent = serde_json::from_value(record.clone()).ok()?;
            stale(state_of(&event, event.checked.as_ref()))
        }
        Section::Claims => {
            let claim: RawClaim = serde_json::from_value(record.clone()).ok()?;
            stale(state_of(&claim, claim.checked.as_ref()))
        }
        _ => None,
    }
}

/// Whether a field is compared whole rather than member by member: a shape is one value.
pub fn is_whole(field: &str) -> bool {
    field == "geometry"
}

/// The fields that differ between two values of one field (`at`), descending into objects.
fn fields(at: &str, old: &Value, new: &Value, out: &mut Vec<FieldChange>) {
    if old == new {
        return;
    }
    match (old, new) {
        (Value::Object(old), Value::Object(new)) if !is_whole(at) => {
            for key in old
                .keys()
                .chain(new.keys().filter(|k| !old.contains_key(*k)))
            {
                let field = dotted(at, key);
                let before = old.get(key).unwrap_or(&Value::Null);
                let after = new.get(key).unwrap_or(&Value::Null);
                fields(&field, before, after, out);
            }
        }
        _ => out.push(FieldChange {
            field: at.to_owned(),
            old: old.clone(),
            new: new.clone(),
        }),
    }
}

pub fn dotted(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}
