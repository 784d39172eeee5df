//! Writing a story out in the formats neighbouring tools read.

use crate::model::Story;
use std::io::Write;

pub const EVENT_CSV_COLUMNS: [&str; 8] = [
    "id", "edtf", "earliest", "latest", "status", "title", "places", "sources",
];

/// One row per event; places and sources are ids joined by ";". Dates are ISO days.
pub fn events_csv<W: Write>(story: &Story, out: W) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(EVENT_CSV_COLUMNS)?;
    for event in &story.events {
        let places: Vec<&str> = event
            .places
            .iter()
            .map(|&p| story.places[p].id.as_str())
            .collect();
        let mut sources: Vec<usize> = event
            .quotes
            .iter()
            .map(|&q| story.quotes[q].source)
            .collect();
        sources.sort_unstable();
        sources.dedup();
        let sources: Vec<&str> = sources
            .iter()
            .map(|&s| story.sources[s].id.as_str())
            .collect();
        writer.write_record([
            event.id.as_str(),
            event.date.edtf.as_str(),
            &event.date.earliest_date().to_string(),
            &event.date.latest_date().to_string(),
            event.status.label(),
            event.title.as_str(),
            &places.join(";"),
            &sources.join(";"),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
