//! Changing what a story holds: a source's details, a claim, two places merged, a quote removed.

use super::*;

#[test]
fn a_source_s_details_change_and_its_text_never_does() {
    let mut story = shipped();
    let gazette = at(&story.sources, "gazette");
    let text = story.sources[gazette].text.clone();
    let mut draft = amend::SourceDraft::of(&story.sources[gazette]);
    draft.title = "La Russie retire ses forces".to_owned();
    draft.url = "https://example.org/article".to_owned();
    let edit = amend::change_source(&story, gazette, &draft).unwrap();
    apply_undo_redo(&mut story, &edit);
    let source = &reloaded(&story).sources[gazette];
    assert_eq!(source.title, "La Russie retire ses forces");
    assert_eq!(source.url.as_deref(), Some("https://example.org/article"));
    assert_eq!(source.text, text);
    assert!(source.capture.is_some(), "the capture record stays");
    // A label another source has, a date that is not EDTF and an empty title are refused.
    let other = story
        .sources
        .iter()
        .position(|s| s.id != "gazette")
        .unwrap();
    let taken = amend::SourceDraft {
        label: story.sources[other].label.clone(),
        ..draft.clone()
    };
    assert!(amend::change_source(&story, gazette, &taken).is_err());
    let undated = amend::SourceDraft {
        published: "17 avril".to_owned(),
        ..draft.clone()
    };
    assert!(amend::change_source(&story, gazette, &undated).is_err());
    let untitled = amend::SourceDraft {
        title: " ".to_owned(),
        ..draft
    };
    assert!(amend::change_source(&story, gazette, &untitled).is_err());
}

#[test]
fn a_claim_is_changed_and_removed_with_undo_and_its_quotes_stay() {
    let mut story = shipped();
    let quotes = story.quotes.len();
    let mut statements = story.claims[0].statements.clone();
    statements[0].value = "1 960 troops".to_owned();
    let edit = amend::change_claim(&story, 0, "Troops", statements.clone()).unwrap();
    apply_undo_redo(&mut story, &edit);
    assert_eq!(reloaded(&story).claims[0].topic, "Troops");
    assert_eq!(
        reloaded(&story).claims[0].statements[0].value,
        "1 960 troops"
    );
    // One statement is not a claim.
    assert!(amend::change_claim(&story, 0, "Troops", statements[..1].to_vec()).is_err());
    let claims = story.claims.len();
    let edit = amend::remove_claim(&story, 0).unwrap();
    apply_undo_redo(&mut story, &edit);
    assert_eq!(story.claims.len(), claims - 1);
    assert_eq!(reloaded(&story).quotes.len(), quotes);
}

#[test]
fn merging_two_places_keeps_every_name_and_reference() {
    let mut story = shipped();
    let id = |story: &Story, id: &str| story.places.iter().position(|p| p.id == id).unwrap();
    let (stepanakert, karabakh) = (id(&story, "stepanakert"), id(&story, "karabakh"));
    let karabakh_events: Vec<String> = story
        .events
        .iter()
        .filter(|e| e.places.contains(&karabakh))
        .map(|e| e.id.clone())
        .collect();
    // Karabakh (which has a reported area and many events) merged into Stepanakert.
    let edit = amend::merge_places(&story, stepanakert, karabakh).unwrap();
    assert_eq!(edit.describe(), "change place");
    apply_undo_redo(&mut story, &edit);
    let merged = reloaded(&story);
    assert!(merged.places.iter().all(|p| p.id != "karabakh"));
    let kept = &merged.places[id(&merged, "stepanakert")];
    assert!(kept.aliases.iter().any(|a| a == "Karabakh"));
    assert!(kept.aliases.iter().any(|a| a == "Haut-Karabagh"));
    assert_eq!(
        kept.reported_area_km2.as_ref().map(|f| f.value),
        Some(4500.0)
    );
    let kept_index = id(&merged, "stepanakert");
    for event in merged
        .events
        .iter()
        .filter(|e| karabakh_events.contains(&e.id))
    {
        assert!(event.places.contains(&kept_index), "{}", event.id);
    }
    assert!(
        merged
            .steps
            .iter()
            .all(|s| s.places.iter().all(|&p| p < merged.places.len()))
    );
    assert!(amend::merge_places(&story, 0, 0).is_err());
}

#[test]
fn removing_a_quote_says_first_what_it_takes_with_it() {
    let story = shipped();
    let quote = |id: &str| story.quotes.iter().position(|q| q.id == id).unwrap();
    // A claim's evidence and a reported figure's are refused, with why.
    let claimed = story.claims[0].statements[0].quotes[0];
    let why = amend::quote_removal(&story, claimed)
        .unwrap_err()
        .to_string();
    assert!(
        why.contains("Size of the Russian peacekeeping contingent"),
        "{why}"
    );
    let area = amend::quote_removal(&story, quote("g-area"))
        .unwrap_err()
        .to_string();
    assert!(area.contains("Karabakh"), "{area}");
    assert!(amend::remove_quote(&story, quote("g-area")).is_err());
    // Otherwise the events and steps it backs are named.
    let backed = story
        .quotes
        .iter()
        .enumerate()
        .find(|(q, _)| {
            story.events.iter().any(|e| e.quotes.contains(q))
                && amend::quote_removal(&story, *q).is_ok()
        })
        .map(|(q, _)| q)
        .unwrap();
    let effects = amend::quote_removal(&story, backed).unwrap();
    let event = story
        .events
        .iter()
        .find(|e| e.quotes.contains(&backed))
        .unwrap();
    assert!(
        effects.iter().any(|e| e.contains(&event.title)),
        "{effects:?}"
    );
}
