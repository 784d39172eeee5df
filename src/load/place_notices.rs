//! What a GeoJSON file's places needed that the file did not say, told in one notice each: names
//! taken from other properties or made, features left out for having no shape, coordinates
//! outside WGS84.

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
        match self
            .from_properties
            .iter_mut()
            .find(|(p, _)| *p == property)
        {
            Some((_, count)) => *count += 1,
            None => self.from_properties.push((property, 1)),
        }
    }

    pub fn tell(self, notices: &mut Vec<String>) {
        let listed = |names: &[String]| {
            let shown: Vec<&str> = names.iter().take(5).map(String::as_str).collect();
            let more = names.len().saturating_sub(shown.len());
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            format!("{}{more}", shown.join(", "))
        };
        if !self.from_properties.is_empty() {
            let how: Vec<String> = self
                .from_properties
                .iter()
                .map(|(property, count)| format!("{count} by \"{property}\""))
                .collect();
            notices.push(format!(
                "features without a \"name\" were named by another property: {}",
                how.join(", ")
            ));
        }
        if !self.made.is_empty() {
            notices.push(format!(
                "{} feature{} had no name, title or id and {} named by {} place in the file ({})",
                self.made.len(),
                if self.made.len() == 1 { "" } else { "s" },
                if self.made.len() == 1 { "is" } else { "are" },
                if self.made.len() == 1 { "its" } else { "their" },
                listed(&self.made)
            ));
        }
        if !self.outside.is_empty() {
            let one = self.outside.len() == 1;
            let named: Vec<String> = self
                .outside
                .iter()
                .map(|(name, c)| {
                    // A latitude past 90° that would be a longitude: the pair is likely swapped.
                    let swapped = c.y.abs() > 90.0 && c.x.abs() <= 90.0;
                    let hint = if swapped {
                        ", its numbers perhaps swapped"
                    } else {
                        ""
                    };
                    format!("{name} at [{}, {}]{hint}", c.x, c.y)
                })
                .collect();
            notices.push(format!(
                "{} place{} {} coordinates outside WGS84 (longitude −180 to 180, latitude −90 to 90; \
                 GeoJSON's order is [longitude, latitude]), kept as given: a longitude past ±180° is \
                 read across the antimeridian, a latitude past ±90° cannot be drawn and is left out \
                 of Fit: {}",
                self.outside.len(),
                if one { "" } else { "s" },
                if one { "has" } else { "have" },
                listed(&named)
            ));
        }
        if !self.unlocated.is_empty() {
            let one = self.unlocated.len() == 1;
            notices.push(format!(
                "{} feature{} with no geometry (null) {} left out, as a map cannot show {}: {}",
                self.unlocated.len(),
                if one { "" } else { "s" },
                if one { "is" } else { "are" },
                if one { "it" } else { "them" },
                listed(&self.unlocated)
            ));
        }
    }
}
