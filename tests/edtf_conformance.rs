//! EDTF levels 0 to 2 against the examples of the Library of Congress specification
//! (`tests/conformance/edtf.tsv`): each string is read to its first and last day, refused as not
//! EDTF, or named valid EDTF this build does not draw; open and unknown ends say so in the label.

use chronomap::date::{DateError, resolve};

#[test]
fn every_edtf_form_of_the_specification_resolves_as_the_table_says() {
    let table = include_str!("conformance/edtf.tsv");
    let mut checked = 0;
    let mut wrong = Vec::new();
    let mut by_level = std::collections::BTreeMap::<&str, (usize, usize)>::new();
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let columns: Vec<&str> = line.split('\t').collect();
        let [level, text, first, last, says] = columns[..] else {
            panic!("a row of five columns: {line:?}");
        };
        let outcome = match resolve(text) {
            Ok(span) => {
                let days = (
                    span.earliest_date().to_string(),
                    span.latest_date().to_string(),
                );
                let label = span.label();
                if (days.0.as_str(), days.1.as_str()) != (first, last) {
                    Some(format!(
                        "{text}: {} – {}, the table says {first} – {last}",
                        days.0, days.1
                    ))
                } else if !label.contains(says) {
                    Some(format!("{text}: label \"{label}\" does not say \"{says}\""))
                } else {
                    None
                }
            }
            Err(DateError::NotEdtf { .. }) if first == "not EDTF" => None,
            Err(e @ DateError::NotDrawn(..)) if first == "not drawn" => {
                assert!(
                    e.to_string()
                        .contains("valid EDTF that this build does not draw")
                );
                None
            }
            Err(e) => Some(format!("{text}: {e}, the table says {first}")),
        };
        let counts = by_level.entry(level).or_default();
        counts.1 += 1;
        match outcome {
            Some(problem) => wrong.push(problem),
            None => counts.0 += 1,
        }
        checked += 1;
    }
    let right = checked - wrong.len();
    println!("EDTF forms: {right}/{checked} as expected");
    for (level, (right, all)) in &by_level {
        println!("  level {level}: {right}/{all}");
    }
    assert!(checked > 90, "the table has its rows");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
