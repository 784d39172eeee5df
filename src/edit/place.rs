//! Places made, changed and removed from what a person gives: a name, a kind and a shape, checked
//! as the loader checks a file's, and taken out of whatever names a removed place.

use super::tour::{Leaving, rewrite, steps_without};
use super::{Change, Edit, EditError, refuse};
use crate::ids;
use crate::load;
use crate::model::{Event, Place, PlaceKind, Story};

/// What a person gives for a place.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceDraft {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: PlaceKind,
    pub approximate: bool,
    pub notes: String,
    pub geometry: geo::Geometry<f64>,
}

impl PlaceDraft {
    /// A town at a longitude and latitude, with nothing else said of it.
    pub fn town(name: &str, lon: f64, lat: f64) -> Self {
        PlaceDraft {
            name: name.to_owned(),
            aliases: Vec::new(),
            kind: PlaceKind::City,
            approximate: false,
            notes: String::new(),
            geometry: geo::Geometry::Point(geo::Point::new(lon, lat)),
        }
    }

    pub fn of(place: &Place) -> Self {
        PlaceDraft {
            name: place.name.clone(),
            aliases: place.aliases.clone(),
            kind: place.kind,
            approximate: place.approximate,
            notes: place.notes.clone(),
            geometry: place.geometry.clone(),
        }
    }

    fn to_place(&self, id: String, keep: Option<&Place>) -> Result<Place, EditError> {
        let name = self.name.trim();
        if name.is_empty() {
            return refuse(crate::i18n::tr("edit-refused-the-place-needs-a-name"));
        }
        load::check_geometry(&self.geometry).map_err(|e| refused_place(name, e))?;
        // A file may hold coordinates outside WGS84 (kept with a notice); a place made here may not.
        if let Some(c) = load::outside_wgs84(&self.geometry) {
            let outside = crate::i18n::tr_with(
                "edit-refused-outside-wgs84",
                &[("lon", c.x.into()), ("lat", c.y.into())],
            );
            return Err(refused_place(name, outside));
        }
        Ok(Place {
            id,
            name: name.to_owned(),
            aliases: self
                .aliases
                .iter()
                .map(|a| a.trim().to_owned())
                .filter(|a| !a.is_empty())
                .collect(),
            kind: self.kind,
            approximate: self.approximate,
            transient: keep.is_some_and(|p| p.transient),
            notes: self.notes.trim().to_owned(),
            geometry: self.geometry.clone(),
            reported_area_km2: keep.and_then(|p| p.reported_area_km2.clone()),
            reported_length_km: keep.and_then(|p| p.reported_length_km.clone()),
            other: keep.map(|p| p.other.clone()).unwrap_or_default(),
            feature: keep.map(|p| p.feature.clone()).unwrap_or_default(),
        })
    }
}

pub fn add_place(story: &Story, draft: &PlaceDraft) -> Result<Edit, EditError> {
    let id = ids::unique_id(&draft.name, "place", 40, |id| {
        story.places.iter().any(|p| p.id == id)
    });
    let place = draft.to_place(id, None)?;
    Ok(Edit::Place(Change::added(story.places.len(), place)))
}

pub fn change_place(story: &Story, index: usize, draft: &PlaceDraft) -> Result<Edit, EditError> {
    let Some(old) = story.places.get(index) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-place"));
    };
    let new = draft.to_place(old.id.clone(), Some(old))?;
    Ok(Edit::Place(Change::replaced(index, old.clone(), new)))
}

/// Removes a place, and it from the events and quotes that name it.
pub fn remove_place(story: &Story, place: usize) -> Result<Edit, EditError> {
    let Some(p) = story.places.get(place) else {
        return refuse(crate::i18n::tr("edit-refused-no-such-place"));
    };
    let mut edits = place_references(story, place, None);
    edits.push(Edit::Place(Change::removed(place, p.clone())));
    Ok(Edit::Batch(edits))
}

/// The edits that take place `from` out of the events, quotes and steps naming it, or put `into`
/// in its stead.
pub(super) fn place_references(story: &Story, from: usize, into: Option<usize>) -> Vec<Edit> {
    let mut edits = Vec::new();
    for (i, e) in story.events.iter().enumerate() {
        if e.places.contains(&from) {
            let mut new = Event::clone(e);
            rewrite(&mut new.places, from, into);
            edits.push(Edit::Event(Change::replaced(i, Event::clone(e), new)));
        }
    }
    for (i, q) in story.quotes.iter().enumerate() {
        if q.mentions.contains(&from) {
            let mut new = q.clone();
            rewrite(&mut new.mentions, from, into);
            edits.push(Edit::Quote(Change::replaced(i, q.clone(), new)));
        }
    }
    let leaving = match into {
        Some(into) => Leaving::PlaceInto { from, into },
        None => Leaving::Place(from),
    };
    edits.extend(steps_without(story, leaving));
    edits
}

/// Why a place's shape was refused, named by the place.
fn refused_place(name: &str, why: impl ToString) -> EditError {
    EditError::Refused(crate::i18n::tr_with(
        "edit-refused-place",
        &[
            ("name", name.to_owned().into()),
            ("why", why.to_string().into()),
        ],
    ))
}
