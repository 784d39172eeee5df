//! The guided tour's steps: each reference resolved and checked, each problem located in the
//! `steps` list of story.json.

use super::raw::{RawStep, RawStepView};
use super::{Checker, IdMap, LoadError, Problem};
use crate::model::{Step, StepView};
use std::collections::HashMap;

/// The ids of what steps may refer to: every id the story has (for "unknown" problems), and where
/// the records that loaded now sit (a reference to one that failed is reported by that record).
pub(super) struct StepTargets<'a> {
    pub event_ids: &'a IdMap,
    pub events: &'a HashMap<&'a str, usize>,
    pub place_ids: &'a IdMap,
    pub places: &'a [Option<usize>],
    pub quote_ids: &'a IdMap,
    pub quotes: &'a IdMap,
}

impl Checker<'_> {
    pub(super) fn steps(&mut self, raw: Vec<RawStep>, targets: &StepTargets) -> Vec<Step> {
        // Where the list starts, found on the first problem: a story without one is not read again.
        let section = std::cell::OnceCell::new();
        self.ids("step", raw.iter().map(|s| s.id.as_str()), false);
        let place_of = |id: &str| {
            targets
                .place_ids
                .get(id)
                .and_then(|&i| targets.places.get(i).copied().flatten())
        };
        let mut steps = Vec::with_capacity(raw.len());
        for s in raw {
            let at = StepAt {
                section: &section,
                id: &s.id,
            };
            if s.title.trim().is_empty() {
                let problem = said("invalid-step-no-title", &at, None);
                self.step_problem(&at, None, problem);
            }
            let window = crate::date::resolve(&s.window)
                .map_err(|e| {
                    let problem = said("invalid-step-window", &at, Some(("error", e.to_string())));
                    self.step_problem(&at, Some(&s.window), problem)
                })
                .ok();
            let events = self.step_refs(&at, "event", &s.events, targets.event_ids, |id| {
                targets.events.get(id).copied()
            });
            let places = self.step_refs(&at, "place", &s.places, targets.place_ids, place_of);
            let quotes = self.step_refs(&at, "quote", &s.quotes, targets.quote_ids, |id| {
                targets.quotes.get(id).copied()
            });
            let view = match &s.view {
                None => Some(StepView::Fit(places.clone())),
                Some(RawStepView {
                    bbox: Some(bbox),
                    fit: None,
                }) => bounds(bbox)
                    .map(StepView::Bounds)
                    .map_err(|what| {
                        let problem = said("invalid-step-bbox", &at, Some(("what", what)));
                        self.step_problem(&at, Some("bbox"), problem)
                    })
                    .ok(),
                Some(RawStepView {
                    bbox: None,
                    fit: Some(fit),
                }) => Some(StepView::Fit(self.step_refs(
                    &at,
                    "place",
                    fit,
                    targets.place_ids,
                    place_of,
                ))),
                Some(_) => {
                    let problem = said("invalid-step-view", &at, None);
                    self.step_problem(&at, Some("view"), problem);
                    None
                }
            };
            if let (Some(window), Some(view)) = (window, view) {
                steps.push(Step {
                    id: s.id,
                    title: s.title,
                    text: s.text,
                    window,
                    view,
                    events,
                    places,
                    quotes,
                });
            }
        }
        steps
    }

    fn step_problem(&mut self, at: &StepAt, inner: Option<&str>, problem: Problem) {
        let section = *at
            .section
            .get_or_init(|| self.story_index.key("steps").unwrap_or(0));
        let line_column = self.story_index.record_from(section, at.id, inner);
        self.problems.push(LoadError {
            location: self.files.location(self.story_file, line_column),
            problem,
        });
    }

    /// The records a step names, where they now sit; an id the story does not have is a problem,
    /// one whose record failed to load is reported by that record.
    fn step_refs(
        &mut self,
        at: &StepAt,
        kind: &'static str,
        ids: &[String],
        known: &IdMap,
        loaded: impl Fn(&str) -> Option<usize>,
    ) -> Vec<usize> {
        let mut resolved = Vec::with_capacity(ids.len());
        for id in ids {
            match loaded(id) {
                Some(i) => resolved.push(i),
                None if !known.contains_key(id) => {
                    let problem = Problem::UnknownId {
                        owner: Box::new(super::Record {
                            kind: "step",
                            id: at.id.to_owned(),
                        }),
                        kind,
                        id: id.clone(),
                    };
                    self.step_problem(at, Some(id), problem);
                }
                None => {}
            }
        }
        resolved
    }
}

/// Where a step's problems are pointed at: its record, found after the `steps` key.
struct StepAt<'a> {
    section: &'a std::cell::OnceCell<usize>,
    id: &'a str,
}

/// A map box `[west, south, east, north]` in degrees, checked.
pub fn bounds(bbox: &[f64]) -> Result<[f64; 4], String> {
    let &[west, south, east, north] = bbox else {
        return Err(crate::i18n::tr_with(
            "step-bbox-size",
            &[("count", bbox.len().into())],
        ));
    };
    if !(-180.0..=180.0).contains(&west) || !(-180.0..=180.0).contains(&east) {
        return Err(crate::i18n::tr("step-bbox-longitudes"));
    }
    if !(-90.0..=90.0).contains(&south) || !(-90.0..=90.0).contains(&north) {
        return Err(crate::i18n::tr("step-bbox-latitudes"));
    }
    // RFC 7946 (5.2): a west greater than its east is a box across the antimeridian.
    if west == east || south >= north {
        return Err(crate::i18n::tr("step-bbox-order"));
    }
    Ok([west, south, east, north])
}

/// A step's problem said by message `id`, with the step's id and one more argument.
fn said(id: &str, at: &StepAt, more: Option<(&'static str, String)>) -> Problem {
    let mut args = vec![("id", at.id.to_owned().into())];
    args.extend(more.map(|(name, value)| (name, value.into())));
    Problem::Invalid(crate::i18n::tr_with(id, &args))
}
