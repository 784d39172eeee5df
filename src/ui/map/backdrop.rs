//! What the map draws under the story: the countries (built for the story's projection), the
//! detail tiles and the person's street map, decoded for the views shown.

use super::view::MapView;
use super::{MapState, in_shipped_region};
use crate::base_map::BaseMap;
use crate::base_map::detail::{DetailCache, DetailTile};
use crate::base_map::streets::{StreetCache, StreetMap, StreetTile};
use crate::document::Document;
use crate::spatial::Projection;
use std::sync::Arc;

impl MapState {
    /// The detail tiles a view of [west, south, east, north] degrees needs, with their scale; none
    /// inside the shipped region, whose own map is drawn (no tile is decoded for it).
    pub(super) fn detail_tiles(&mut self, seen: [f64; 4]) -> (&'static str, Vec<Arc<DetailTile>>) {
        self.detail
            .as_mut()
            .filter(|_| !in_shipped_region(seen))
            .and_then(|cache| cache.visible(seen))
            .unwrap_or_default()
    }

    /// The base map and the detail tiles' cache for `projection`, built when missing or made for
    /// another story's projection.
    pub(super) fn ensure_base(&mut self, projection: Projection) {
        if self
            .base
            .as_ref()
            .is_none_or(|b| b.projection != projection)
        {
            self.base = Some(BaseMap::new(projection));
        }
        if self
            .detail
            .as_ref()
            .is_none_or(|d| d.projection() != projection)
        {
            self.detail = Some(DetailCache::new(projection));
        }
    }

    /// Draws this street map (a PMTiles file) under the story, or none.
    pub fn set_street_map(&mut self, map: Option<Arc<StreetMap>>) {
        self.street_map = map;
    }

    pub fn street_map(&self) -> Option<&Arc<StreetMap>> {
        self.street_map.as_ref()
    }

    /// How many street tiles the last still layer drew.
    pub fn street_tiles_drawn(&self) -> usize {
        self.still.as_ref().map_or(0, |s| s.streets.len())
    }

    /// Keeps the street tiles' cache for the street map chosen and the story's projection.
    pub(super) fn sync_streets(&mut self, projection: &Projection) {
        let stale = match (&self.street_map, &self.streets) {
            (None, None) => false,
            (Some(map), Some(cache)) => {
                !Arc::ptr_eq(map, &cache.map) || cache.projection() != projection
            }
            _ => true,
        };
        if stale {
            self.streets = self
                .street_map
                .clone()
                .map(|map| StreetCache::new(map, *projection));
            self.still = None;
        }
    }

    /// The street tiles a view needs, when there is a street map.
    pub(super) fn street_tiles(
        &mut self,
        map_view: &MapView,
        doc: &Document,
    ) -> Vec<Arc<StreetTile>> {
        let seen = map_view.lon_lat_box(doc.projection());
        let pixels_per_degree = map_view.scale * doc.projection().degree_east();
        self.streets
            .as_mut()
            .map(|cache| cache.visible(seen, pixels_per_degree))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_map_is_built_once_for_a_projection_and_again_for_another() {
        let projection = Projection::new(45.0, 40.0);
        let mut state = MapState::default();
        state.ensure_base(projection);
        let built = state.base.as_ref().map(|b| b.countries.as_ptr());
        state.ensure_base(projection);
        assert_eq!(
            state.base.as_ref().map(|b| b.countries.as_ptr()),
            built,
            "the base map was built again for the same projection"
        );
        assert_eq!(
            state.detail.as_ref().map(|d| d.projection()),
            Some(projection)
        );
        let other = Projection::new(-77.0, -12.0);
        state.ensure_base(other);
        assert_eq!(state.base.as_ref().map(|b| b.projection), Some(other));
        assert_eq!(state.detail.as_ref().map(|d| d.projection()), Some(other));
    }
}
