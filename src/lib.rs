//! Chronomap: a news story on a schematic map and a timeline, every claim tied to its sources' words.
//! The story logic (model, load, query, export) knows nothing of egui; `ui` draws it.

pub mod anchoring;
pub mod axis;
pub mod base_map;
pub mod checks;
pub mod cli;
pub mod date;
pub mod digest;
pub mod document;
pub mod edit;
pub mod filter;
pub mod formats;
pub mod gazetteer;
/// Seeded stories for the benchmarks and tests; not part of the app (`--features bench`).
#[cfg(any(test, feature = "bench"))]
pub mod generate;
pub mod i18n;
pub mod ids;
pub mod load;
pub mod lookups;
pub mod model;
pub mod numbers;
pub mod palette;
pub mod parallel;
pub mod playback;
pub mod provenance;
pub mod publish;
pub mod query;
pub mod quotation;
pub mod rfc3161;
pub mod search;
pub mod shipped;
pub mod spatial;
pub mod suggest;
#[cfg(feature = "gui")]
pub mod ui;
pub mod versions;
