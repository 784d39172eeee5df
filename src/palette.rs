//! The colours the map, the timeline and the reader share, in the window and on published pages
//! alike (one table, so a published story looks like the app): sRGB bytes.

use crate::model::{PlaceKind, Status};

pub type Rgb = [u8; 3];

pub const WATER: Rgb = [0xdc, 0xe6, 0xee];
pub const LAND: Rgb = [0xf4, 0xf1, 0xea];
pub const BORDER: Rgb = [0x9a, 0x94, 0x88];
/// The lines between regions, states or counties: quieter than borders.
pub const DIVISION: Rgb = [0xd3, 0xcc, 0xbe];
/// The base map's towns and a street map's quarters: quieter than the story's own places.
pub const TOWN: Rgb = [0x7a, 0x74, 0x6a];
pub const RIVER: Rgb = [0x9c, 0xc0, 0xdb];
/// A river's or a lake's name.
pub const WATER_NAME: Rgb = [0x4a, 0x78, 0x9c];
/// A street map's buildings (a little darker than the land), roads and their edges.
pub const BUILDING: Rgb = [0xe2, 0xdc, 0xcf];
pub const ROAD: Rgb = [0xff, 0xff, 0xff];
pub const ROAD_EDGE: Rgb = [0xcf, 0xc8, 0xba];
pub const COUNTRY_LABEL: Rgb = [0x8a, 0x84, 0x78];
pub const INK: Rgb = [0x22, 0x22, 0x22];
pub const SELECTION: Rgb = [0x00, 0x6d, 0xd6];
pub const CURRENT: Rgb = [0xd9, 0x48, 0x1c];
pub const QUOTE_BACKGROUND: Rgb = [0xff, 0xf0, 0xb3];
pub const MENTION_BACKGROUND: Rgb = [0xdd, 0xea, 0xf7];
pub const FOCUSED_QUOTE_BACKGROUND: Rgb = [0xff, 0xc8, 0x6b];

/// Base colour of a place kind on the map.
pub fn place(kind: PlaceKind) -> Rgb {
    match kind {
        PlaceKind::Country => COUNTRY_LABEL,
        PlaceKind::Region => [0xc2, 0x7c, 0x0e],
        PlaceKind::District => [0x7b, 0x4f, 0x9d],
        PlaceKind::Corridor => [0xb8, 0x1d, 0x24],
        PlaceKind::Deployment => [0x1f, 0x5f, 0xbf],
        PlaceKind::Site => [0x6b, 0x2e, 0x12],
        PlaceKind::City => INK,
    }
}

pub fn status(status: Status) -> Rgb {
    match status {
        Status::Occurred => [0x2b, 0x5c, 0x9e],
        Status::Reported => [0xb7, 0x6e, 0x00],
        Status::Planned => [0x70, 0x70, 0x70],
    }
}

/// `#rrggbb`, as CSS writes it.
pub fn css(rgb: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}
