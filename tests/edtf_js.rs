//! EDTF level 2 beside edtf.js, the reference JavaScript reader (`tests/conformance/edtf_js.tsv`):
//! each string gives the same first and last day, the same open side, or is refused by both;
//! every place Chronomap reads it otherwise is written down with the reason in the table.

use chronomap::date::{DateError, resolve};

/// Whether Chronomap's reading of `text` is edtf.js's `first`–`last` ("..": no finite day).
fn agrees(text: &str, first: &str, last: &str) -> bool {
    match resolve(text) {
        Ok(span) => {
            let side = |js: &str, open: bool, ours: chrono::NaiveDate| {
                if js == ".." {
                    open
                } else {
                    !open && js == ours.to_string()
                }
            };
            side(first, span.began_before.is_some(), span.earliest_date())
                && side(last, span.ongoing.is_some(), span.latest_date())
        }
        Err(DateError::NotEdtf { .. }) => first == "refused",
        // Years beyond what any timeline draws: edtf.js has no finite day for them either.
        Err(DateError::NotDrawn(..)) => (first, last) == ("..", ".."),
    }
}

#[test]
fn edtf_level_2_agrees_with_edtf_js_but_where_the_table_says_why_not() {
    let table = include_str!("conformance/edtf_js.tsv");
    let (mut agreed, mut checked) = (0, 0);
    let mut unexplained = Vec::new();
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let columns: Vec<&str> = line.split('\t').collect();
        let [text, first, last, why] = columns[..] else {
            panic!("a row of four columns: {line:?}");
        };
        checked += 1;
        match (agrees(text, first, last), why.is_empty()) {
            (true, true) => agreed += 1,
            (false, false) => {}
            (true, false) => unexplained.push(format!("{text}: agrees now, drop the reason")),
            (false, true) => unexplained.push(format!(
                "{text}: edtf.js {first} – {last}, Chronomap {:?}",
                resolve(text).map(|s| (s.earliest_date(), s.latest_date(), s.label()))
            )),
        }
    }
    println!("EDTF level 2: {agreed} of {checked} strings read as edtf.js reads them");
    assert!(checked >= 80, "the table has its rows");
    assert!(unexplained.is_empty(), "{}", unexplained.join("\n"));
    assert!(agreed >= 60, "{agreed} of {checked} agree with edtf.js");
}
