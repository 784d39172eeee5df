//! Properties of the merge: a side merged with an unchanged base is that side; merging is the same
//! either way round (the same objects, the same conflicts with ours and theirs swapped).

use super::merge::merge;
use super::objects::{Objects, Record, Section};
use proptest::prelude::*;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// A small story: events with ids from a few, each with a title, notes and places from a few.
fn story() -> impl Strategy<Value = Objects> {
    let event = (
        0..6usize,
        0..3usize,
        0..3usize,
        proptest::collection::vec(0..4usize, 0..3),
    );
    proptest::collection::vec(event, 0..6).prop_map(|events| {
        let mut seen = BTreeSet::new();
        let records = events
            .into_iter()
            .filter(|(id, ..)| seen.insert(*id))
            .map(|(id, title, notes, places)| {
                let id = format!("e{id}");
                let places: Vec<String> = places.into_iter().map(|p| format!("p{p}")).collect();
                let record = json!({"id": id, "title": format!("t{title}"), "notes": format!("n{notes}"),
                                    "places": places});
                (id, Record::from(record))
            })
            .collect();
        let mut objects = Objects::default();
        objects.story.insert("title".to_owned(), json!("A story"));
        *objects.list_mut(Section::Events) = records;
        objects
    })
}

fn ids(objects: &Objects) -> BTreeSet<String> {
    objects
        .list(Section::Events)
        .iter()
        .map(|(id, _)| id.clone())
        .collect()
}

/// Each conflict as (kind, object, field, base, {ours, theirs}), order and ids aside.
fn conflicts(objects: &Objects) -> BTreeSet<String> {
    objects
        .list(Section::Conflicts)
        .iter()
        .map(|(_, c)| {
            let c = c.value();
            let mut sides = [c["ours"].to_string(), c["theirs"].to_string()];
            sides.sort();
            format!(
                "{} {} {} {} {sides:?}",
                c["kind"], c["object"], c["field"], c["base"]
            )
        })
        .collect()
}

proptest! {
    #[test]
    fn a_side_merged_with_an_unchanged_base_is_that_side(base in story(), side in story()) {
        let (merged, count) = merge(&base, &side, &base);
        prop_assert_eq!(count, 0);
        prop_assert_eq!(merged.list(Section::Events), side.list(Section::Events));
        let (merged, count) = merge(&base, &base, &side);
        prop_assert_eq!(count, 0);
        prop_assert_eq!(ids(&merged), ids(&side));
        for (id, record) in side.list(Section::Events) {
            prop_assert_eq!(merged.get(Section::Events, id), Some(record));
        }
    }

    #[test]
    fn merging_either_way_round_holds_the_same_objects_and_conflicts(
        base in story(), ours in story(), theirs in story()
    ) {
        let (one, n) = merge(&base, &ours, &theirs);
        let (other, m) = merge(&base, &theirs, &ours);
        prop_assert_eq!(n, m);
        prop_assert_eq!(ids(&one), ids(&other));
        prop_assert_eq!(conflicts(&one), conflicts(&other));
        // What no conflict touches is the same both ways.
        let touched: BTreeSet<String> = one
            .list(Section::Conflicts)
            .iter()
            .filter_map(|(_, c)| c.value()["object"].as_str().map(str::to_owned))
            .collect();
        for (id, record) in one.list(Section::Events).iter().filter(|(id, _)| !touched.contains(id)) {
            let record = record.value();
            let theirs_way = other.get(Section::Events, id).map_or(Value::Null, Record::value);
            let places = |r: &Value| -> BTreeSet<String> {
                r["places"].as_array().into_iter().flatten().map(|p| p.to_string()).collect()
            };
            // Lists merge as sets: the same members, their order each side's own.
            prop_assert_eq!(places(&record), places(&theirs_way));
            prop_assert_eq!(&record["title"], &theirs_way["title"]);
            prop_assert_eq!(&record["notes"], &theirs_way["notes"]);
        }
    }
}

#[test]
fn one_new_id_with_two_contents_and_an_object_deleted_on_one_side_and_changed_on_the_other_are_conflicts()
 {
    let story = |records: Vec<Value>| {
        let mut objects = Objects::default();
        *objects.list_mut(Section::Events) = records
            .into_iter()
            .map(|r| (r["id"].as_str().unwrap().to_owned(), Record::from(r)))
            .collect();
        objects
    };
    let old = json!({"id": "old", "title": "t"});
    let base = story(vec![old.clone()]);
    // Ours deletes "old" and adds "new"; theirs retitles "old" and adds another "new".
    let ours = story(vec![json!({"id": "new", "title": "ours"})]);
    let theirs = story(vec![
        json!({"id": "old", "title": "retitled"}),
        json!({"id": "new", "title": "theirs"}),
    ]);
    let (merged, count) = merge(&base, &ours, &theirs);
    assert_eq!(count, 2);
    let conflicts: Vec<Value> = merged
        .list(Section::Conflicts)
        .iter()
        .map(|(_, c)| c.value())
        .collect();
    let of = |id: &str| conflicts.iter().find(|c| c["object"] == id).unwrap();
    // The same new id: base none, each side's record; ours kept.
    assert_eq!(of("new")["base"], Value::Null);
    assert_eq!(of("new")["theirs"]["title"], "theirs");
    assert_eq!(
        merged.get(Section::Events, "new").unwrap().value()["title"],
        "ours"
    );
    // Deleted by ours, changed by theirs: the changed one is kept until settled.
    assert_eq!(of("old")["ours"], Value::Null);
    assert_eq!(of("old")["base"], old);
    assert_eq!(
        merged.get(Section::Events, "old").unwrap().value()["title"],
        "retitled"
    );
}

#[test]
fn lists_of_ids_merge_as_sets_and_a_field_changed_two_ways_is_a_conflict() {
    let event = |title: &str, places: &[&str]| json!({"id": "e", "title": title, "places": places});
    let story = |record: Value| {
        let mut objects = Objects::default();
        *objects.list_mut(Section::Events) = vec![("e".to_owned(), Record::from(record))];
        objects
    };
    let base = story(event("t", &["a", "b"]));
    let ours = story(event("ours", &["a", "b", "c"]));
    let theirs = story(event("theirs", &["b", "d"]));
    let (merged, count) = merge(&base, &ours, &theirs);
    assert_eq!(count, 1);
    let record = merged.get(Section::Events, "e").unwrap().value();
    assert_eq!(record["places"], json!(["b", "c", "d"]));
    assert_eq!(record["title"], "ours");
    let conflict = &merged.list(Section::Conflicts)[0].1.value();
    assert_eq!(conflict["field"], "title");
    assert_eq!(
        (&conflict["base"], &conflict["theirs"]),
        (&json!("t"), &json!("theirs"))
    );
}
