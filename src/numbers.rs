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

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::group_thousands(4500.0), "4\u{202f}500");
        assert_eq!(super::group_thousands(123.4), "123");
        assert_eq!(super::group_thousands(1234567.0), "1\u{202f}234\u{202f}567");
    }
}
