//! Phone numbers as one key for matching: E.164 (`+15145550100`), whatever the spacing,
//! brackets or national prefix a file wrote them with. A number written without its country
//! code is read in the user's region (`carnet config region CA`, else the country of the
//! locale: `fr_CA` → CA).

use std::str::FromStr;

use phonenumber::country::Id;
use phonenumber::Mode;

/// A region (ISO 3166 two-letter country code) phone numbers are read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region(Id);

impl Region {
    /// `CA`, `fr` …: a country the phone-number metadata knows.
    pub fn parse(code: &str) -> Option<Region> {
        let code = code.trim().to_ascii_uppercase();
        if code.len() != 2 {
            return None;
        }
        Id::from_str(&code).ok().map(Region)
    }

    /// The country of a POSIX locale (`fr_CA.UTF-8`, `en_US`, `fr-FR`); `None` for `C`,
    /// `POSIX` or a bare language.
    pub fn from_locale(locale: &str) -> Option<Region> {
        let base = locale.split(['.', '@']).next().unwrap_or("");
        let (_, country) = base.split_once(['_', '-'])?;
        Region::parse(country)
    }

    /// The two-letter code.
    pub fn code(&self) -> String {
        format!("{:?}", self.0)
    }
}

/// `raw` as E.164, read in `region` when it has no country code; `None` when it is not a
/// phone number (too few digits, letters). A number that starts with `+` or `00` needs no
/// region.
pub fn e164(raw: &str, region: Option<Region>) -> Option<String> {
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    if digits < 5 {
        return None;
    }
    let trimmed = raw.trim_start();
    let international = trimmed.starts_with('+') || trimmed.starts_with("00");
    if !international && region.is_none() {
        return None;
    }
    let text = match trimmed.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => trimmed.to_owned(),
    };
    let number = phonenumber::parse(region.map(|r| r.0), &text).ok()?;
    Some(number.format().mode(Mode::E164).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_written_differently_have_one_key() {
        let ca = Region::parse("ca");
        let key = Some("+15145550100".to_owned());
        assert_eq!(e164("+1 (514) 555-0100", None), key);
        assert_eq!(e164("514.555.0100", ca), key);
        assert_eq!(e164("001 514 555 0100", None), key);
        assert_eq!(
            e164("(514) 555-0100", None),
            None,
            "no region, no country code"
        );
        let fr = Region::from_locale("fr_FR.UTF-8");
        assert_eq!(e164("06 12 34 56 78", fr).as_deref(), Some("+33612345678"));
        assert_eq!(
            e164("+33 (0)6 12 34 56 78", None).as_deref(),
            Some("+33612345678")
        );
        assert_eq!(e164("12", fr), None);
        assert_eq!(e164("ext", fr), None);
    }

    #[test]
    fn regions_from_settings_and_locales() {
        assert_eq!(
            Region::from_locale("fr_CA.UTF-8")
                .map(|r| r.code())
                .as_deref(),
            Some("CA")
        );
        assert_eq!(
            Region::from_locale("en-GB").map(|r| r.code()).as_deref(),
            Some("GB")
        );
        assert_eq!(Region::from_locale("C.UTF-8"), None);
        assert_eq!(Region::from_locale("fr"), None);
        assert_eq!(Region::parse("RE").map(|r| r.code()).as_deref(), Some("RE"));
        assert_eq!(Region::parse("ZZZ"), None);
        assert_eq!(Region::parse("QQ"), None);
    }
}
