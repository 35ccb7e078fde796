//! Long-distance paths named like streets: "The Explorer Scouts are walking the John Muir
//! Way", "walking Glyndŵr's Way in stages". A path's name ends in "Way", so the bare
//! street rule reads it as a street; where the sentence speaks of walking, it is the
//! path. A street of the same name where someone lives ("Mum lives on Pennine Way") is
//! kept by the caller, which reads words of where someone lives first.

/// The UK's national trails and long-distance paths named "… Way", in lower case with
/// straight apostrophes, written from general knowledge of the trails (Fosse Way is
/// left out: it is a road people live on).
const PATHS: &[&str] = &[
    "pennine way",
    "cotswold way",
    "south downs way",
    "north downs way",
    "west highland way",
    "southern upland way",
    "great glen way",
    "speyside way",
    "cleveland way",
    "yorkshire wolds way",
    "wolds way",
    "peddars way",
    "dales way",
    "cumbria way",
    "ribble way",
    "two moors way",
    "john muir way",
    "st cuthbert's way",
    "st oswald's way",
    "glyndwr's way",
    "glyndŵr's way",
    "pilgrims' way",
    "pilgrims way",
    "icknield way",
    "heart of england way",
    "macmillan way",
    "monarch's way",
    "sandstone way",
    "limestone way",
    "greensand way",
    "rob roy way",
    "kintyre way",
    "saints' way",
];

/// Words of walking: with one in the sentence, a path's name is the path.
const WALKING: &[&str] = &[
    "walk", "walks", "walked", "walking", "walker", "walkers", "hike", "hiked", "hiking", "trek",
    "trekked", "trekking", "ramble", "rambled", "rambling", "ramblers",
];

/// Whether `street` (the words the street rule found) is a listed long-distance path
/// and `sentence` (the sentence's words, in lower case) speaks of walking.
pub(crate) fn walked_path(street: &str, sentence: &[String]) -> bool {
    let name = street.trim().replace('\u{2019}', "'").to_lowercase();
    let name = name.strip_prefix("the ").unwrap_or(&name);
    PATHS.contains(&name) && sentence.iter().any(|w| WALKING.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::walked_path;

    fn words(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn a_path_walked_is_no_street() {
        let sentence = words("The Scouts are walking the John Muir Way in October");
        assert!(walked_path("John Muir Way", &sentence));
        let sentence = words("Rehab set me the target of walking Glyndŵr's Way in stages");
        assert!(walked_path("Glyndŵr’s Way", &sentence));
        assert!(walked_path("St Cuthbert's Way", &words("we hiked it")));
    }

    #[test]
    fn a_street_of_a_paths_name_or_another_street_stays() {
        // No word of walking.
        assert!(!walked_path(
            "Pennine Way",
            &words("The ambulance went to Pennine Way")
        ));
        // Not a listed path.
        assert!(!walked_path(
            "Otley Way",
            &words("I was walking down Otley Way")
        ));
        assert!(!walked_path("Fosse Way", &words("walking along Fosse Way")));
    }
}
