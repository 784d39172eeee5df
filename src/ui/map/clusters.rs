//! An overview's places gathered: past a few thousand places on screen, the ones small on screen are
//! grouped by a grid of cells into one disc each, sized by how many it holds and labelled with the
//! count, so fifty thousand places read as where things are. Zooming in undoes the groups; a click
//! on a group zooms in on it.

use super::view::MapView;
use crate::i18n::tr_with;
use egui::{Align2, Color32, FontId, Pos2, Rect, Shape, Stroke, Vec2};
use std::collections::HashMap;

/// Places in one cell of this size on screen are one group. The grid is fixed to the map, not the
/// screen, so panning moves groups without regrouping them.
const CELL_PIXELS: f32 = 36.0;
/// Shapes at least this large on screen are drawn, not grouped.
const GROUPED_BELOW_PIXELS: f32 = 12.0;
const GROUP_FILL: Color32 = Color32::from_rgba_premultiplied(0x3c, 0x4a, 0x5e, 0xd8);

pub(super) struct Cluster {
    pub at: Pos2,
    pub radius: f32,
    pub count: usize,
}

impl Cluster {
    fn bounds(&self) -> Rect {
        Rect::from_center_size(self.at, Vec2::splat(self.radius * 2.0))
    }
}

/// Splits the places on screen into groups of two or more and the places drawn on their own, in
/// the order they came.
pub(super) fn gather(visible: &[(usize, Rect)], t: &MapView) -> (Vec<Cluster>, Vec<(usize, Rect)>) {
    let origin = t.screen_from_map(geo::Coord { x: 0.0, y: 0.0 });
    let mut slot_of_cell: HashMap<(i32, i32), usize> = HashMap::new();
    // Per cell: the sum of its members' centres and its members (by position in `visible`).
    let mut cells: Vec<(Vec2, Vec<usize>)> = Vec::new();
    let mut alone = Vec::new();
    for (i, &(p, screen)) in visible.iter().enumerate() {
        if screen.width().max(screen.height()) >= GROUPED_BELOW_PIXELS {
            alone.push((p, screen));
            continue;
        }
        let world = screen.center() - origin;
        let cell = (
            (world.x / CELL_PIXELS).floor() as i32,
            (world.y / CELL_PIXELS).floor() as i32,
        );
        let slot = *slot_of_cell.entry(cell).or_insert_with(|| {
            cells.push((Vec2::ZERO, Vec::new()));
            cells.len() - 1
        });
        cells[slot].0 += screen.center().to_vec2();
        cells[slot].1.push(i);
    }
    let mut clusters = Vec::new();
    for (sum, members) in cells {
        if let [only] = members[..] {
            alone.push(visible[only]);
            continue;
        }
        let count = members.len();
        clusters.push(Cluster {
            at: (sum / count as f32).to_pos2(),
            radius: radius_of(count),
            count,
        });
    }
    (merge_overlapping(clusters), alone)
}

/// A disc's radius: it grows with the log of its count, within its cell.
fn radius_of(count: usize) -> f32 {
    (5.0 + 2.4 * (count as f32).ln()).min(CELL_PIXELS / 2.0 - 1.0)
}

/// Groups whose discs overlap (neighbouring cells of one dense spot) become one, the larger taking
/// the smaller, so no count covers another.
fn merge_overlapping(mut clusters: Vec<Cluster>) -> Vec<Cluster> {
    clusters.sort_by_key(|c| std::cmp::Reverse(c.count));
    let mut merged: Vec<Cluster> = Vec::with_capacity(clusters.len());
    for cluster in clusters {
        let overlapping = merged
            .iter_mut()
            .find(|m| m.at.distance(cluster.at) < m.radius + cluster.radius);
        match overlapping {
            Some(into) => {
                let total = into.count + cluster.count;
                let weighted = into.at.to_vec2() * into.count as f32
                    + cluster.at.to_vec2() * cluster.count as f32;
                into.at = (weighted / total as f32).to_pos2();
                into.count = total;
                into.radius = radius_of(total);
            }
            None => merged.push(cluster),
        }
    }
    merged
}

/// The groups' discs, into the still layer's mesh, and the rectangles labels keep clear of.
pub(super) fn draw(clusters: &[Cluster], points: &mut Vec<Shape>, obstacles: &mut Vec<Rect>) {
    for cluster in clusters {
        points.push(Shape::circle_filled(cluster.at, cluster.radius, GROUP_FILL));
        points.push(Shape::circle_stroke(
            cluster.at,
            cluster.radius,
            Stroke::new(1.5, Color32::WHITE),
        ));
        obstacles.push(cluster.bounds());
    }
}

/// How many a group holds, short enough to fit its disc: 7, 512, 1.2k, 15k.
pub(super) fn count_text(count: usize) -> String {
    match count {
        0..1_000 => count.to_string(),
        1_000..10_000 => format!("{:.1}k", count as f64 / 1000.0),
        _ => format!("{}k", count / 1000),
    }
}

/// Each group's count over its disc (text is laid out per frame, from egui's cache).
pub(super) fn paint_counts(painter: &egui::Painter, clusters: &[Cluster]) {
    for cluster in clusters {
        painter.text(
            cluster.at,
            Align2::CENTER_CENTER,
            count_text(cluster.count),
            FontId::proportional(10.0),
            Color32::WHITE,
        );
    }
}

/// What the groups hide ("48 210 places in 412 groups: click a group to zoom in"), none without
/// groups: said above the scale bar and in the map's accessible name.
pub(super) fn describe(clusters: &[Cluster]) -> Option<String> {
    if clusters.is_empty() {
        return None;
    }
    let grouped: usize = clusters.iter().map(|c| c.count).sum();
    Some(tr_with(
        "map-groups",
        &[("count", grouped.into()), ("groups", clusters.len().into())],
    ))
}

/// [`describe`] above the scale bar; the rectangle it takes, for labels to avoid.
pub(super) fn paint_caption(painter: &egui::Painter, map: Rect, text: String) -> Rect {
    let galley = painter.layout_no_wrap(text, FontId::proportional(12.0), crate::ui::style::INK);
    // Right-aligned above the scale bar: clear of the legend (bottom left) and the buttons.
    let at = map.right_bottom() - egui::vec2(galley.size().x + 12.0, galley.size().y + 48.0);
    let rect = Rect::from_min_size(at, galley.size()).expand(4.0);
    painter.rect_filled(rect, 4.0, Color32::from_white_alpha(215));
    painter.galley(at, galley, crate::ui::style::INK);
    rect
}

/// The group under `pointer`, if any.
pub(super) fn at(clusters: &[Cluster], pointer: Pos2) -> Option<&Cluster> {
    clusters
        .iter()
        .find(|c| c.at.distance(pointer) <= c.radius + 2.0)
}

#[cfg(test)]
mod tests {
    use super::{Cluster, count_text, merge_overlapping, radius_of};
    use egui::pos2;

    #[test]
    fn overlapping_groups_become_one_and_no_place_is_lost() {
        let group = |x: f32, count: usize| Cluster {
            at: pos2(x, 100.0),
            radius: radius_of(count),
            count,
        };
        let merged = merge_overlapping(vec![group(100.0, 40), group(110.0, 10), group(300.0, 5)]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged.iter().map(|c| c.count).sum::<usize>(), 55);
        // The merged disc sits between the two, nearer the larger.
        assert!(merged[0].count == 50 && merged[0].at.x > 100.0 && merged[0].at.x < 105.0);
    }

    #[test]
    fn counts_fit_a_disc() {
        assert_eq!(count_text(7), "7");
        assert_eq!(count_text(999), "999");
        assert_eq!(count_text(1_234), "1.2k");
        assert_eq!(count_text(15_600), "15k");
    }
}
