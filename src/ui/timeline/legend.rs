//! The timeline's legend: what each kind of mark means, and how to move the cursor.

use crate::i18n::tr;
use crate::model::Status;
use crate::ui::style;
use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, pos2, vec2};

/// What the marks mean, under the axis; with `reviewed`, the mark of what Review changes found.
pub(super) fn paint_legend(painter: &egui::Painter, at: Pos2, ink: Color32, reviewed: bool) {
    let font = FontId::proportional(11.5);
    let mut x = at.x;
    let y = at.y;
    let mut item = |draw: &dyn Fn(Pos2), text: &str| {
        draw(pos2(x + 7.0, y));
        let r = painter.text(
            pos2(x + 18.0, y),
            Align2::LEFT_CENTER,
            text,
            font.clone(),
            ink,
        );
        x = r.right() + 16.0;
    };
    let occurred = style::status_color(Status::Occurred);
    let reported = style::status_color(Status::Reported);
    let planned = style::status_color(Status::Planned);
    item(
        &|p| {
            painter.circle_filled(p, 5.0, occurred);
        },
        &tr("timeline-legend-day"),
    );
    item(
        &|p| {
            painter.rect_filled(Rect::from_center_size(p, vec2(14.0, 9.0)), 2.0, occurred);
        },
        &tr("timeline-legend-period"),
    );
    item(
        &|p| {
            painter.rect_filled(
                Rect::from_center_size(p, vec2(14.0, 9.0)),
                2.0,
                reported.gamma_multiply(0.35),
            );
        },
        &tr("timeline-legend-reported"),
    );
    item(
        &|p| {
            painter.rect_stroke(
                Rect::from_center_size(p, vec2(14.0, 9.0)),
                2.0,
                Stroke::new(1.0, planned),
                egui::StrokeKind::Inside,
            );
        },
        &tr("timeline-legend-planned"),
    );
    item(
        &|p| {
            painter.line_segment(
                [p - vec2(0.0, 7.0), p + vec2(0.0, 7.0)],
                Stroke::new(2.0, style::CURRENT),
            );
        },
        &tr("timeline-legend-cursor"),
    );
    if reviewed {
        item(
            &|p| {
                painter.rect_stroke(
                    Rect::from_center_size(p, vec2(14.0, 9.0)),
                    2.0,
                    Stroke::new(2.0, style::REVIEWED),
                    egui::StrokeKind::Inside,
                );
            },
            &tr("timeline-legend-reviewed"),
        );
    }
}
