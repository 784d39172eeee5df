//! What a GeoJSON file's places needed that the file did not say, told in one notice each: names
//! taken from other properties or made, features left out for having no shape, coordinates
//! outside WGS84.

use crate::i18n::{tr, tr_with};

/// How features without Chronomap's "name" were named, and those left out for having no shape,
/// told in one notice each.
#[derive(Default)]
pub(super) struct Names {
    /// (property, how many features it named).
    pub from_properties: Vec<(&'static str, usize)>,
    pub made: Vec<String>,
    pub unlocated: Vec<String>,
    /// Places with a coordinate outside WGS84, and the first such coordinate.
    pub outside: Vec<(String, geo::Coord<f64>)>,
}

impl Names {
    pub fn named_by(&mut self, property: &'static str) {
        self.add(Names {
            from_properties: vec![(property, 1)],
            ..Names::default()
        });
    }

    /// What another part of the same file needed, after this part's.
    pub fn add(&mut self, other: Names) {
        for (property, count) in other.from_properties {
            match self
                .from_properties
                .iter_mut()
                .find(|(p, _)| *p == property)
            {
                Some((_, counted)) => *counted += count,
                None => self.from_properties.push((property, count)),
            }
        }
        self.made.extend(other.made);
        self.unlocated.extend(other.unlocated);
        self.outside.extend(other.outside);
    }

    pub fn tell(self, notices: &mut Vec<String>) {
        let listed = |names: &[String]| listed(names.iter().map(String::as_str));
        if !self.from_properties.is_empty() {
            let how: Vec<String> = self
                .from_properties
                .iter()
                .map(|(property, count)| {
                    tr_with(
                        "notice-named-by",
                        &[("count", (*count).into()), ("property", (*property).into())],
                    )
                })
                .collect();
            notices.push(tr_with(
                "notice-named-by-property",
                &[("how", how.join(", ").into())],
            ));
        }
        if !self.made.is_empty() {
            notices.push(tr_with(
                "notice-named-by-place",
                &[
                    ("count", self.made.len().into()),
                    ("names", listed(&self.made).into()),
                ],
            ));
        }
        if !self.outside.is_empty() {
            let named: Vec<String> = self
                .outside
                .iter()
                .map(|(name, c)| {
                    // A latitude past 90° that would be a longitude: the pair is likely swapped.
                    let swapped = c.y.abs() > 90.0 && c.x.abs() <= 90.0;
                    let at = tr_with(
                        "notice-at",
                        &[
                            ("name", name.clone().into()),
                            ("x", c.x.to_string().into()),
                            ("y", c.y.to_string().into()),
                        ],
                    );
                    if swapped {
                        at + &tr("notice-perhaps-swapped")
                    } else {
                        at
                    }
                })
                .collect();
            notices.push(tr_with(
                "notice-outside-wgs84",
                &[
                    ("count", self.outside.len().into()),
                    ("names", listed(&named).into()),
                ],
            ));
        }
        if !self.unlocated.is_empty() {
            notices.push(tr_with(
                "notice-no-geometry",
                &[
                    ("count", self.unlocated.len().into()),
                    ("names", listed(&self.unlocated).into()),
                ],
            ));
        }
    }
}

/// The first five names and how many more: "Tbilisi, Gori and 3 more".
pub(super) fn listed<'a>(names: impl ExactSizeIterator<Item = &'a str>) -> String {
    let count = names.len();
    let shown: Vec<&str> = names.take(5).collect();
    tr_with(
        "notice-listed",
        &[
            ("names", shown.join(", ").into()),
            ("more", (count - shown.len()).into()),
        ],
    )
}
