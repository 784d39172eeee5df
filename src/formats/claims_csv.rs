//! Claims as CSV: one row per statement of each fact the sources report differently, with the
//! source's label and the exact words that back the statement, so the evidence travels with it.

use crate::model::Story;
use std::io::Write;

pub const COLUMNS: [&str; 7] = [
    "claim",
    "topic",
    "source",
    "source_label",
    "value",
    "quotes",
    "quote_texts",
];

pub fn export<W: Write>(story: &Story, out: W) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(COLUMNS)?;
    for claim in &story.claims {
        for statement in &claim.statements {
            let source = &story.sources[statement.source];
            let quotes = statement.quotes.iter().map(|&q| &story.quotes[q]);
            let ids: Vec<&str> = quotes.clone().map(|q| q.id.as_str()).collect();
            let texts: Vec<&str> = quotes.map(|q| q.exact.as_str()).collect();
            writer.write_record([
                claim.id.as_str(),
                claim.topic.as_str(),
                source.id.as_str(),
                &source.credit(),
                statement.value.as_str(),
                &ids.join(";"),
                &texts.join("\n"),
            ])?;
        }
    }
    writer.flush()?;
    Ok(())
}
