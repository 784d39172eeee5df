//! Numbers as the panels write them.

/// "4 500" with a narrow no-break space between thousands, as French and SI typography do.
pub fn group_thousands(value: f64) -> String {
    let digits = format!("{:.0}", value.abs());
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('\u{202f}');
        }
        grouped.push(c);
    }
    if value < 0.0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// A count and its noun, singular for one: "1 step", "12 steps", "6\u{202f}500 events".
pub fn count(n: usize, one: &str, many: &str) -> String {
    let noun = if n == 1 { one } else { many };
    format!("{} {noun}", group_thousands(n as f64))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_count_of_one_is_singular() {
        assert_eq!(super::count(1, "step", "steps"), "1 step");
        assert_eq!(super::count(0, "step", "steps"), "0 steps");
        assert_eq!(super::count(6500, "edit", "edits"), "6\u{202f}500 edits");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::group_thousands(4500.0), "4\u{202f}500");
        assert_eq!(super::group_thousands(123.4), "123");
        assert_eq!(super::group_thousands(1234567.0), "1\u{202f}234\u{202f}567");
    }
}
