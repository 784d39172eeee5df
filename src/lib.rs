//! Chronomap: a news story on a schematic map and a timeline, every claim tied to its sources' words.
//! The story logic (model, load, query, export) knows nothing of egui; `ui` draws it.

pub mod axis;
pub mod date;
pub mod formats;
pub mod generate;
pub mod load;
pub mod model;
pub mod query;
pub mod shipped;
pub mod spatial;
pub mod ui;
