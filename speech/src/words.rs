//! The 20 SHD words: labels 0-9 are English "zero".."nine", 10-19 German "null".."neun"
//! (written to `extra/keys` in this order, as in SHD).

/// Number of classes (words).
pub const CLASSES: usize = 20;

/// The words in label order; also the text spoken and the `extra/keys` entries.
pub const WORDS: [&str; CLASSES] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "null", "eins",
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
];

/// The language a word is spoken in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    English,
    German,
}

/// The language of `label` (0-9 English, 10-19 German).
pub fn language(label: u16) -> Language {
    if label < 10 {
        Language::English
    } else {
        Language::German
    }
}

/// The class names for `extra/keys`.
pub fn keys() -> Vec<String> {
    WORDS.iter().map(|w| w.to_string()).collect()
}
