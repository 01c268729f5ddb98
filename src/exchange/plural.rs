//! The `Plural-Forms` header of a PO file, from the CLDR plural rules of the language (integer
//! rules, as gettext expresses them). lockstep's entries have no plural forms: the header is
//! there so that tools that check it, and translators' tools that show it, find it right.

use crate::text::lang::Lang;

/// `nplurals=…; plural=…;` for a language tag; a language this table does not know gets the
/// two-form English rule.
pub fn forms(tag: &str) -> &'static str {
    let language = Lang::parse_lenient(tag).map(|l| l.id().language.as_str().to_string()).unwrap_or_default();
    match language.as_str() {
        // One form: no plural distinction.
        "ja" | "zh" | "ko" | "vi" | "th" | "id" | "ms" | "lo" | "my" | "km" | "yue" => "nplurals=1; plural=0;",
        // one: 0 and 1.
        "fr" | "pt" | "hy" | "hi" | "fa" | "bn" | "gu" | "kn" | "zu" | "am" | "ln" | "ff" | "kab" => {
            "nplurals=2; plural=(n > 1);"
        }
        // one: 1, two: 2.
        "he" | "iw" => "nplurals=3; plural=(n == 1 ? 0 : n == 2 ? 1 : 2);",
        // Serbian, Croatian, Bosnian, Russian, Ukrainian, Belarusian: one, few, many.
        "sr" | "hr" | "bs" | "sh" => {
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);"
        }
        "ru" | "uk" | "be" => {
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);"
        }
        "pl" => "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);",
        "cs" | "sk" => "nplurals=3; plural=(n==1 ? 0 : n>=2 && n<=4 ? 1 : 2);",
        "sl" => "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
        "lt" => {
            "nplurals=3; plural=(n%10==1 && (n%100<11 || n%100>19) ? 0 : n%10>=2 && (n%100<11 || n%100>19) ? 1 : 2);"
        }
        "lv" => "nplurals=3; plural=(n%10==0 || (n%100>=11 && n%100<=19) ? 0 : n%10==1 && n%100!=11 ? 1 : 2);",
        "ro" | "mo" => "nplurals=3; plural=(n==1 ? 0 : n==0 || (n%100>=2 && n%100<=19) ? 1 : 2);",
        "mk" => "nplurals=2; plural=(n%10==1 && n%100!=11 ? 0 : 1);",
        "is" => "nplurals=2; plural=(n%10!=1 || n%100==11);",
        "ga" => "nplurals=5; plural=(n==1 ? 0 : n==2 ? 1 : n>=3 && n<=6 ? 2 : n>=7 && n<=10 ? 3 : 4);",
        "gd" => {
            "nplurals=4; plural=(n==1 || n==11 ? 0 : n==2 || n==12 ? 1 : (n>=3 && n<=10) || (n>=13 && n<=19) ? 2 : 3);"
        }
        "mt" => {
            "nplurals=5; plural=(n==1 ? 0 : n==2 ? 1 : n==0 || (n%100>=3 && n%100<=10) ? 2 : n%100>=11 && n%100<=19 ? 3 : 4);"
        }
        "cy" => "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n==3 ? 3 : n==6 ? 4 : 5);",
        "ar" => "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        // one: 1 (English, German, Bulgarian, Greek, Spanish, Italian, the Nordic languages,
        // Hungarian, Turkish, Estonian, Finnish, Dutch, Catalan and most others).
        _ => "nplurals=2; plural=(n != 1);",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_project_languages() {
        assert_eq!(forms("bg-BG"), "nplurals=2; plural=(n != 1);");
        assert_eq!(forms("el"), "nplurals=2; plural=(n != 1);");
        assert!(forms("sr-Latn").starts_with("nplurals=3;"));
        assert_eq!(forms("sr-Cyrl"), forms("hr"));
        assert_eq!(forms("zh-Hant"), "nplurals=1; plural=0;");
    }
}
