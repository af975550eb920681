//! The actor dictionary: entries read from TOML (`data/actors.toml` is the
//! bundled one, its header documents the format) and a trie of every name
//! by its words, built once per dictionary. A text is read word by word: a
//! word that begins no name is passed over after one hash and one Bloom
//! filter probe; where one may begin, the trie follows the next words and
//! the names ending on the way are compared with the text, as written for
//! acronyms and one-word names (so "WHO" never matches "who"), ignoring
//! ASCII case for the others. The longest name that fits wins.

use serde::Deserialize;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::extract::word_hash::WordHasher;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::error::DictionaryError;
use crate::model::{Node, NodeKind, NodeRef};
use crate::symbol::{Symbol, SymbolKind};

/// The bundled dictionary's text.
const BUNDLED: &str = include_str!("../../../data/actors.toml");

/// Actor categories a dictionary entry may give.
///
/// # Examples
///
/// ```
/// use unxref::extract::actors::{ActorDictionary, CATEGORIES};
/// assert!(CATEGORIES.contains(&"mission"));
/// // A category outside the list is refused.
/// let entry = "[[actor]]\nid = \"X\"\nname = \"Some Body\"\ncategory = \"club\"\n";
/// assert!(ActorDictionary::from_toml_str(entry).is_err());
/// ```
pub const CATEGORIES: [&str; 12] = [
    "mission",
    "force",
    "committee",
    "panel",
    "organization",
    "agency",
    "body",
    "court",
    "organ",
    "armed_group",
    "national_force",
    "office",
];

/// Canonical names, acronyms and aliases of actors, states and places, with the
/// trie that finds them in a text. Cloning is cheap (shared).
///
/// ```
/// use unxref::extract::ActorDictionary;
/// let dict = ActorDictionary::bundled();
/// assert_eq!(dict.resolve("the Niger"), Some("state:Niger"));
/// assert_eq!(dict.resolve("United Kingdom of Great Britain and Northern Ireland"), Some("state:United Kingdom"));
/// assert_eq!(dict.resolve("Force conjointe du G5 Sahel"), Some("actor:FC-G5S"));
/// ```
#[derive(Debug, Clone)]
pub struct ActorDictionary {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    patterns: Vec<Pattern>,
    by_key: HashMap<String, usize, BuildHasherDefault<WordHasher>>,
    /// Every name by its words.
    names: NameTrie,
    /// By pattern: every spelling names a body (an actor), so the names of
    /// states and places within it are looked for.
    body_patterns: Vec<bool>,
    /// By pattern: every spelling names a state or a place whatever the
    /// document's date (no `from` or `until`).
    place_patterns: Vec<bool>,
    /// By pattern: a state's demonym (`[demonyms]`).
    demonym_patterns: Vec<bool>,
    /// The words dated aliases are conditioned on (`where_named`).
    cues: Vec<String>,
    /// Names a question may use and the texts do not (`asked_as`): each
    /// entry's index, by the name as written.
    asked: HashMap<String, usize>,
}

/// One actor or state of the dictionary.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    /// Node id: `actor:MINUSMA`, `state:France`.
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    pub title: Option<String>,
    pub category: Option<String>,
    pub aliases: Vec<String>,
    /// Canonical symbol of the founding resolution.
    pub established_by: Option<String>,
    /// Years of operation: first, and last when it has ended.
    pub active: Option<(u16, Option<u16>)>,
    /// False for entries that make no `mentions` edge (the Security Council).
    pub mentions: bool,
    /// The organization that fields the body or that it is part of
    /// (`part_of`): its entry.
    pub part_of: Option<usize>,
}

impl Entry {
    pub fn node_ref(&self) -> NodeRef {
        NodeRef {
            id: self.id.clone(),
            kind: self.kind,
            label: self.label.clone(),
            category: self.category.as_deref().and_then(|c| c.parse().ok()),
        }
    }
}

/// All spellings of a name that differ only in ASCII case.
#[derive(Debug, Default)]
struct Pattern {
    variants: Vec<Variant>,
}

#[derive(Debug)]
struct Variant {
    text: String,
    case_sensitive: bool,
    targets: Vec<Target>,
}

#[derive(Debug, Clone, Copy)]
struct Target {
    /// `None` for an `ignore` phrase.
    entry: Option<usize>,
    from: Option<u16>,
    until: Option<u16>,
    /// A word the file must also hold for this target to apply
    /// (`where_named`), by its index in [`Inner::cues`].
    cue: Option<u32>,
}

/// A name found in a text: where, and which spelling (resolved to an entry
/// with the document's year by [`ActorDictionary::target`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pattern: u32,
    variant: u32,
}

impl Default for ActorDictionary {
    fn default() -> ActorDictionary {
        ActorDictionary::empty()
    }
}

impl ActorDictionary {
    /// The dictionary bundled in `data/actors.toml`, parsed once per process.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::extract::ActorDictionary;
    /// let dict = ActorDictionary::bundled();
    /// assert_eq!(dict.resolve("United Nations Multidimensional Integrated Stabilization Mission in Mali"), Some("actor:MINUSMA"));
    /// ```
    pub fn bundled() -> ActorDictionary {
        static BUNDLED_DICT: OnceLock<ActorDictionary> = OnceLock::new();
        BUNDLED_DICT
            .get_or_init(|| {
                // The bundled file is checked by the test suite; should it
                // ever fail to parse, extraction runs without actors rather
                // than panicking.
                ActorDictionary::parse(BUNDLED, "bundled data/actors.toml")
                    .unwrap_or_else(|_| ActorDictionary::empty())
            })
            .clone()
    }

    /// A dictionary with no entries: extraction finds no actors, votes,
    /// sponsors or signatures (for comparing throughput with actors off).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{EdgeKind, Extractor, extract::ActorDictionary};
    /// let extractor = Extractor::with_actors(ActorDictionary::empty());
    /// let extraction = extractor.extract_str("x.txt", "Resolution 2531 (2020)\n\nThe Security Council,\n\nWelcoming the work of MINUSMA in Mali,\n");
    /// assert!(extraction.links.iter().all(|l| l.kind != EdgeKind::Mentions));
    /// ```
    pub fn empty() -> ActorDictionary {
        ActorDictionary {
            inner: Arc::new(Inner::default()),
        }
    }

    /// A dictionary from TOML text in the format of `data/actors.toml`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::extract::ActorDictionary;
    /// let dict = ActorDictionary::from_toml_str(r#"
    /// states = ["Mali", "Niger"]
    ///
    /// [[actor]]
    /// id = "MINUSMA"
    /// name = "United Nations Multidimensional Integrated Stabilization Mission in Mali"
    /// category = "mission"
    /// acronyms = ["MINUSMA"]
    /// "#)?;
    /// assert_eq!(dict.len(), 3);
    /// assert_eq!(dict.resolve("MINUSMA"), Some("actor:MINUSMA"));
    /// # Ok::<(), unxref::error::DictionaryError>(())
    /// ```
    pub fn from_toml_str(text: &str) -> Result<ActorDictionary, DictionaryError> {
        ActorDictionary::parse(text, "actor dictionary")
    }

    /// A dictionary read from a TOML file in the format of `data/actors.toml`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::extract::ActorDictionary;
    /// let dict = ActorDictionary::from_path(concat!(env!("CARGO_MANIFEST_DIR"), "/data/actors.toml"))?;
    /// assert_eq!(dict.len(), ActorDictionary::bundled().len());
    /// assert!(ActorDictionary::from_path("missing.toml").is_err());
    /// # Ok::<(), unxref::error::DictionaryError>(())
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<ActorDictionary, DictionaryError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| DictionaryError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        ActorDictionary::parse(&text, &path.display().to_string())
    }

    /// True when the dictionary has no entries.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::extract::ActorDictionary;
    /// assert!(ActorDictionary::empty().is_empty());
    /// assert!(!ActorDictionary::bundled().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.inner.entries.is_empty()
    }

    /// How many actors, states and places the dictionary holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::extract::ActorDictionary;
    /// assert_eq!(ActorDictionary::from_toml_str("states = [\"Mali\"]")?.len(), 1);
    /// # Ok::<(), unxref::error::DictionaryError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.inner.entries.len()
    }

    /// The node ids of every entry, in file order.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::extract::ActorDictionary;
    /// let dict = ActorDictionary::from_toml_str("states = [\"Mali\", \"Niger\"]")?;
    /// assert_eq!(dict.ids().collect::<Vec<_>>(), ["state:Mali", "state:Niger"]);
    /// # Ok::<(), unxref::error::DictionaryError>(())
    /// ```
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.inner.entries.iter().map(|e| e.id.as_str())
    }

    /// The full node (label, title, category, aliases) of the entry with this
    /// id, for a graph or a resolver that wants more than the edges carry.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{NodeKind, extract::ActorDictionary};
    /// let node = ActorDictionary::bundled().node("actor:MINUSMA").unwrap();
    /// assert_eq!((node.kind, node.category), (NodeKind::Actor, Some(unxref::Category::Mission)));
    /// assert_eq!(node.title.as_deref(), Some("United Nations Multidimensional Integrated Stabilization Mission in Mali"));
    /// ```
    pub fn node(&self, id: &str) -> Option<Node> {
        let e = &self.inner.entries[*self.inner.by_id.get(id)?];
        let mut node = Node::new(&e.id, e.kind, &e.label);
        node.title = e.title.clone();
        node.category = e.category.as_deref().and_then(|c| c.parse().ok());
        node.aliases = e.aliases.clone();
        node.held = true;
        Some(node)
    }

    /// The years an actor was active, as the dictionary gives them (`None`
    /// when it gives none): `(1948, None)` for UNTSO, still deployed.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::extract::ActorDictionary;
    /// let dict = ActorDictionary::bundled();
    /// assert_eq!(dict.active("actor:UNTSO"), Some((1948, None)));
    /// assert_eq!(dict.active("actor:UNTAG"), Some((1989, Some(1990))));
    /// ```
    pub fn active(&self, id: &str) -> Option<(u16, Option<u16>)> {
        self.inner.entries[*self.inner.by_id.get(id)?].active
    }

    /// The node id a name stands for, if the whole of `name` (a leading
    /// "the" aside) is one of the dictionary's names, read as in a current
    /// document: `"the Niger"` → `state:Niger`, `"minusma"` → none (acronyms
    /// are case-sensitive), `"United Nations Interim Force in Lebanon"` →
    /// `actor:UNIFIL`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::extract::ActorDictionary;
    /// let dict = ActorDictionary::bundled();
    /// assert_eq!(dict.resolve("the Niger"), Some("state:Niger"));
    /// assert_eq!(dict.resolve("United Nations Interim Force in Lebanon"), Some("actor:UNIFIL"));
    /// // Acronyms are case-sensitive.
    /// assert_eq!(dict.resolve("minusma"), None);
    /// // A name for questions only (`asked_as`): "US" in a text may be a
    /// // currency's ("US$ 500,000").
    /// assert_eq!(dict.resolve("the US"), Some("state:United States"));
    /// ```
    pub fn resolve(&self, name: &str) -> Option<&str> {
        let folded = super::fold::Folded::new(name.trim());
        let text = without_article(&folded.text);
        if let Some(&i) = self.inner.asked.get(text) {
            return Some(self.inner.entries[i].id.as_str());
        }
        let found = self.scan_names(text, &|_| true);
        match found.as_slice() {
            [f] if f.start == 0 && f.end == text.len() => {
                let i = self.target(f, None)?;
                Some(self.inner.entries[i].id.as_str())
            }
            _ => None,
        }
    }

    /// Whether `name` is one a question may use and the texts do not
    /// (`asked_as`: `the US`), so that no evidence line writes it.
    pub(crate) fn asked_only(&self, name: &str) -> bool {
        let folded = super::fold::Folded::new(name.trim());
        self.inner.asked.contains_key(without_article(&folded.text))
    }

    pub(crate) fn entry(&self, i: usize) -> &Entry {
        &self.inner.entries[i]
    }

    pub(crate) fn index_of(&self, id: &str) -> Option<usize> {
        self.inner.by_id.get(id).copied()
    }

    /// True when `text` is one of the dictionary's names or acronyms exactly.
    pub(crate) fn knows(&self, text: &str) -> bool {
        // The key in lower case, on the stack when short (as most are).
        let mut buf = [0u8; 64];
        let owned;
        let key = match buf.get_mut(..text.len()) {
            Some(lower) => {
                lower.copy_from_slice(text.as_bytes());
                lower.make_ascii_lowercase();
                // ASCII letters changed to ASCII letters: still UTF-8.
                std::str::from_utf8(lower).unwrap_or_default()
            }
            None => {
                owned = text.to_ascii_lowercase();
                owned.as_str()
            }
        };
        self.inner.by_key.get(key).is_some_and(|&p| {
            self.inner.patterns[p]
                .variants
                .iter()
                .any(|v| !v.case_sensitive || v.text == text)
        })
    }

    /// The entries of this category with a founding resolution, each with it.
    pub(crate) fn founded(&self, category: &str) -> impl Iterator<Item = (usize, &str)> {
        self.inner.entries.iter().enumerate().filter_map(move |(i, e)| {
            (e.category.as_deref() == Some(category))
                .then_some(e.established_by.as_deref())
                .flatten()
                .map(|r| (i, r))
        })
    }

    /// The entries of a category.
    pub(crate) fn entries_of(&self, category: &str) -> impl Iterator<Item = usize> + '_ {
        let category = category.to_string();
        (self.inner.entries.iter().enumerate())
            .filter(move |(_, e)| e.category.as_deref() == Some(category.as_str()))
            .map(|(i, _)| i)
    }

    /// The entry with `established_by` = `resolution` and this category.
    pub(crate) fn established_by(&self, resolution: &str, category: &str) -> Option<usize> {
        self.inner.entries.iter().position(|e| {
            e.established_by.as_deref() == Some(resolution) && e.category.as_deref() == Some(category)
        })
    }

    /// The entry a found name stands for in a document of `year` (`None`:
    /// a current document); `None` for an ignored phrase. Aliases that
    /// apply only where a file names another word (`where_named`) are left
    /// out: [`ActorDictionary::target_in`] reads them.
    pub(crate) fn target(&self, found: &Found, year: Option<u16>) -> Option<usize> {
        self.target_in(found, year, "")
    }

    /// [`ActorDictionary::target`] for a name found in `text`: an alias
    /// conditioned on a word `text` holds comes first. In 1960 two states
    /// were the "Republic of the Congo"; 152 (1960) admits the one whose
    /// "capital Brazzaville" its footnote names.
    ///
    /// A name no target's years cover may still be a former name, read in a
    /// later text ("UNAVEM" in 1995); it is never a name not yet given: the
    /// "Palestine" of 42 (1948) to 171 (1962) is the Mandate's territory,
    /// not the State of Palestine (`from = 1988`), and is left unread.
    pub(crate) fn target_in(&self, found: &Found, year: Option<u16>, text: &str) -> Option<usize> {
        let v = &self.inner.patterns[found.pattern as usize].variants[found.variant as usize];
        let dated = |t: &&Target| match year {
            Some(y) => t.from.is_none_or(|f| y >= f) && t.until.is_none_or(|u| y <= u),
            None => t.until.is_none(),
        };
        let named = |t: &&Target| {
            t.cue.is_some_and(|c| {
                memchr::memmem::find(text.as_bytes(), self.inner.cues[c as usize].as_bytes()).is_some()
            })
        };
        v.targets
            .iter()
            .filter(named)
            .find(dated)
            .or_else(|| v.targets.iter().filter(|t| t.cue.is_none()).find(dated))
            .or_else(|| {
                let given = |t: &&Target| match (year, t.from) {
                    (Some(y), Some(f)) => y >= f,
                    _ => true,
                };
                v.targets.iter().filter(|t| t.cue.is_none()).find(given)
            })
            .and_then(|t| t.entry)
    }

    /// Whether the name found at `found` is an `ignore` phrase ("Lake
    /// Chad", "United States dollars"): it names nothing, nor do the names
    /// it holds.
    pub(crate) fn ignored(&self, found: &Found) -> bool {
        let v = &self.inner.patterns[found.pattern as usize].variants[found.variant as usize];
        v.targets.iter().any(|t| t.entry.is_none())
    }

    /// Whether the name found at `found` is, at some date, a name of entry
    /// `entry`: "United Nations Operation in Somalia" is UNOSOM's and
    /// UNOSOM II's.
    pub(crate) fn may_name(&self, found: &Found, entry: usize) -> bool {
        let v = &self.inner.patterns[found.pattern as usize].variants[found.variant as usize];
        v.targets.iter().any(|t| t.entry == Some(entry))
    }

    /// Whether a match names a place, whatever its year, or is a demonym:
    /// a body's name may hold one (`the Darfur Regional Authority`, `the
    /// Somali Police Force`) and still be its own, and neither names an
    /// acronym in parentheses after it.
    pub(crate) fn names_place(&self, found: &Found) -> bool {
        if self.inner.demonym_patterns.get(found.pattern as usize) == Some(&true) {
            return true;
        }
        let v = &self.inner.patterns[found.pattern as usize].variants[found.variant as usize];
        !v.targets.is_empty()
            && v.targets.iter().all(|t| {
                t.entry
                    .is_some_and(|e| self.inner.entries[e].kind == NodeKind::Place)
            })
    }

    /// Every name in `text`, leftmost-longest, whole words only, case rules
    /// applied. Offsets are byte offsets in `text`.
    ///
    /// The trie is walked only at words that may begin some name, found by
    /// hashing each word into a Bloom filter of first words: in UN texts
    /// about one word in twenty. Running automata over every byte cost as
    /// much as the rest of extraction together.
    ///
    /// A body's name that names a state or a place as the place it works in
    /// or is about (`United Nations Mission in Sierra Leone`) also names that
    /// state or place: [`ActorDictionary::scan_within`] finds those names,
    /// apart, so that the readers of this list (a clause's object, a
    /// mandate's holder, the name an acronym in parentheses defines) see the
    /// body alone, in order of start.
    pub(crate) fn scan(&self, text: &str) -> Vec<Found> {
        self.scan_names(text, &|_| true)
    }

    /// The states and places named within the bodies' names of `found`
    /// ([`ActorDictionary::scan`] of `text`), each with its own span, sorted
    /// by start (see [`ActorDictionary::named_within`]).
    pub(crate) fn scan_within(&self, text: &str, found: &[Found]) -> Vec<Found> {
        if self.inner.body_patterns.iter().all(|b| !b) {
            return Vec::new();
        }
        let mut within: Vec<Found> = Vec::new();
        for f in found
            .iter()
            .filter(|f| self.inner.body_patterns[f.pattern as usize])
        {
            self.named_within(text, f, &mut within);
        }
        within.sort_by_key(|f| (f.start, f.end));
        within
    }

    /// The states and places a body's name `f` names as such: each name of
    /// a state or a place inside it that follows a word saying where or what
    /// the body is for (`in`, `for`, `on`, `concerning`, `of`, `to`, `at`,
    /// `between`, `against`; French `en`, `au`, `aux`, `pour`, `sur`, `du`,
    /// `de`, `des`), perhaps with an article (`the`, `la`, `le`, `l'`), or
    /// that is joined to another such name by `and`, a comma, a hyphen, a
    /// dash or a slash (`in Ethiopia and Eritrea`, `Iran-Iraq`,
    /// `Uganda-Rwanda`, the `Somalia and Eritrea Monitoring Group`).
    ///
    /// So `the United Nations Mission in Sierra Leone` mentions Sierra Leone
    /// as well as UNAMSIL, the `International Criminal Tribunal for Rwanda`
    /// Rwanda, the `United Nations Iran-Iraq Military Observer Group` both
    /// states; the `Sudan People's Liberation Movement` (a name that only
    /// begins with one, and a party of South Sudan since 2011) does not
    /// mention the Sudan.
    ///
    /// Only spellings whose meaning does not depend on the date count: a
    /// body's name keeps the words of its founding, so "Congo" in the
    /// `Mouvement de libération du Congo` (the DRC's) or "Yugoslavia" in
    /// the `Committee established pursuant to resolution 724 (1991)
    /// concerning Yugoslavia` (the SFRY's) is not read by the document's
    /// year, and is left out rather than guessed.
    ///
    /// Over the 2,259 resolutions of `corpus/sc-resolutions` this adds the
    /// resolutions that name a state only in a body's name: Rwanda +36
    /// (the tribunal, the FDLR), Sierra Leone +10, Côte d'Ivoire +10,
    /// Eritrea +11, Darfur +9, the DRC +9, Iraq +15 (8 of them UNIIMOG and
    /// UNIKOM, 6 `the Islamic State in Iraq and the Levant`), Iran +7, the
    /// Sudan +3, Lebanon +3; with them a grep of each name finds the same
    /// resolutions as `which resolutions mention …`, vote lines aside.
    ///
    /// What a name holds depends on its text alone, and the same bodies'
    /// names come back in text after text, so the answer is kept by the
    /// name's text ([`WITHIN`]).
    fn named_within(&self, text: &str, f: &Found, kept: &mut Vec<Found>) {
        let span = &text[f.start..f.end];
        let shifted = |g: &Found| Found {
            start: f.start + g.start,
            end: f.start + g.end,
            ..*g
        };
        WITHIN.with_borrow_mut(|cache| {
            if cache.dict.as_ptr() != Arc::as_ptr(&self.inner) {
                *cache = WithinCache {
                    dict: Arc::downgrade(&self.inner),
                    ..WithinCache::default()
                };
            }
            if let Some(held) = cache.by_name.get(span) {
                kept.extend(held.iter().map(shifted));
                return;
            }
            let held = self.names_held(span);
            kept.extend(held.iter().map(shifted));
            if cache.by_name.len() >= WITHIN_NAMES {
                cache.by_name.clear();
            }
            cache.by_name.insert(span.into(), held);
        });
    }

    /// The names [`ActorDictionary::named_within`] keeps in the body's name
    /// `span`, with offsets in `span`.
    fn names_held(&self, span: &str) -> Box<[Found]> {
        let inner = self.scan_names(span, &|p| self.inner.place_patterns[p as usize]);
        let mut held = Vec::new();
        let mut named_before = false;
        for (k, g) in inner.iter().enumerate() {
            // The whole body's name is no name within it.
            if g.start == 0 && g.end == span.len() {
                continue;
            }
            let before = &span[..g.start];
            let joined_before = named_before && k > 0 && is_joiner(&span[inner[k - 1].end..g.start]);
            let joined_after = inner.get(k + 1).is_some_and(|h| is_joiner(&span[g.end..h.start]));
            named_before = joined_before || joined_after || follows_connective(before);
            if named_before {
                held.push(*g);
            }
        }
        held.into_boxed_slice()
    }

    /// The organization a body's name (`start..end` of `text`, a name of
    /// `entry`) names as the one that fields the body or that it is part
    /// of: the entry's `part_of`, when one of the organization's own names
    /// is written within the body's ("the CIS peace-keeping force", "the
    /// Collective Peace-keeping Forces of the Commonwealth of Independent
    /// States", "the African Union Mission in Somalia", "the ECOWAS
    /// Mission in Liberia", "the NATO-led Stabilization Force"). An
    /// acronym that holds none ("AMISOM", "SFOR") names the body alone.
    pub(crate) fn organization_within(
        &self,
        text: &str,
        start: usize,
        end: usize,
        entry: usize,
    ) -> Option<usize> {
        let org = self.inner.entries.get(entry)?.part_of?;
        let span = text.get(start..end)?;
        let of_org = |p: u32| {
            self.inner.patterns[p as usize]
                .variants
                .iter()
                .any(|v| v.targets.iter().any(|t| t.entry == Some(org)))
        };
        (!self.scan_names(span, &of_org).is_empty()).then_some(org)
    }

    /// [`ActorDictionary::scan`] without the names within bodies' names,
    /// keeping only the names whose pattern `keep` accepts.
    fn scan_names(&self, text: &str, keep: &dyn Fn(u32) -> bool) -> Vec<Found> {
        let mut found = Vec::new();
        if self.inner.names.is_empty() {
            return found;
        }
        // Word by word; the trie is walked only where some name may begin
        // with the word.
        let bytes = text.as_bytes();
        let words = WordBits::new(text);
        let bits = words.bits.as_slice();
        let names = &self.inner.names;
        let first_words = names.first_words.as_slice();
        let mut resume = 0;
        for k in 0..bits.len() {
            let mut starts = starts_in(bits, k);
            while starts != 0 {
                let bit = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let start = k * 64 + bit;
                if start < resume {
                    continue;
                }
                let run = (bits[k] >> bit).trailing_ones() as usize;
                let end = if bit + run < 64 {
                    start + run
                } else {
                    end_of(bits, start)
                };
                let hash = word_hash(bytes, start, end);
                if !in_bloom(first_words, hash) || !names.may_begin(bytes, bits, hash, end) {
                    continue;
                }
                if let Some(f) = names.longest_at(text, bits, (start, end, hash), keep) {
                    resume = f.end;
                    if !self.begins_name(text, &f) {
                        found.push(f);
                    }
                }
            }
        }
        found
    }

    /// Whether `f` is a demonym that begins a longer proper name: the next
    /// word is capitalised (`the Somali Police Force`, `the Rwandese
    /// Patriotic Front`, `the Afghan Independent Human Rights Commission`),
    /// so the name is a body's or a party's, and does not mention the state,
    /// as a state's name that begins a body's name does not. The words that
    /// name the state itself, its government or its officers are the
    /// exceptions (`the Lebanese Government`, `Nigerian President Olusegun
    /// Obasanjo`, `the Togolese Republic`): [`STATE_WORDS`].
    fn begins_name(&self, text: &str, f: &Found) -> bool {
        if self.inner.demonym_patterns.get(f.pattern as usize) != Some(&true) {
            return false;
        }
        let rest = text[f.end..].trim_start_matches(' ');
        if rest.len() == text.len() - f.end || !rest.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let word = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .next()
            .unwrap_or_default();
        !STATE_WORDS.contains(&word)
    }

    fn parse(text: &str, origin: &str) -> Result<ActorDictionary, DictionaryError> {
        let file: DictFile = toml::from_str(text).map_err(|e| DictionaryError::Syntax {
            origin: origin.to_string(),
            message: e.to_string(),
        })?;
        Builder::new(origin).build(file)
    }
}

/// The names within bodies' names ([`ActorDictionary::names_held`]) this
/// thread has read, by the body's name, for one dictionary: another
/// dictionary starts afresh. The dictionary is held weakly, so that while
/// it is held no other can take its address.
/// Over `corpus/sc-resolutions` a pass reads some 37,800 bodies' names;
/// reading each again cost 42.8 M instructions a pass (1,130 each).
#[derive(Default)]
struct WithinCache {
    dict: std::sync::Weak<Inner>,
    by_name: HashMap<Box<str>, Box<[Found]>, BuildHasherDefault<WordHasher>>,
}

/// At most this many bodies' names are kept; the cache starts afresh when
/// full, so texts with ever new names cost what they cost without it.
const WITHIN_NAMES: usize = 8192;

thread_local! {
    static WITHIN: std::cell::RefCell<WithinCache> = std::cell::RefCell::default();
}

/// Capitalised words after which a demonym still names its state: the
/// state itself, its government, its officers (see
/// [`ActorDictionary::begins_name`]).
const STATE_WORDS: [&str; 15] = [
    "Government",
    "Governments",
    "Constitution",
    "Republic",
    "State",
    "Authorities",
    "President",
    "Prime",
    "Foreign",
    "Minister",
    "Crown",
    "King",
    "Head",
    "Facilitator",
    "Facilitation",
];

/// Size of the bit set of first words.
/// Bits in the Bloom filter of first words.
const START_KEYS: usize = 1 << 16;

/// The dictionary's names as a trie over their words' hashes: a name of
/// three words is reached from the root by its three [`word_hash`]es, and
/// the node it ends on lists it. Hashes stand for words, so a name reached
/// is compared with the text before it counts.
#[derive(Debug, Default)]
struct NameTrie {
    /// `(node << 32) | word hash` → the child node; node 0 is the root.
    children: HashMap<u64, u32, BuildHasherDefault<KeyHasher>>,
    /// The names ending at each node, in the order added.
    ends: Vec<Vec<TrieName>>,
    /// Bloom filter of the hashes of names' first words.
    first_words: Vec<u64>,
    /// Bloom filters of one-word names' hashes and of the [`pair_hash`]es
    /// of longer names' first two words: a word that begins some name but is
    /// followed by none of its second words ("international peace") is
    /// passed over without walking the trie.
    single_words: Vec<u64>,
    first_pairs: Vec<u64>,
}

/// A name ending at a trie node.
#[derive(Debug)]
struct TrieName {
    text: String,
    case_sensitive: bool,
    pattern: u32,
    variant: u32,
}

impl NameTrie {
    fn is_empty(&self) -> bool {
        self.children.is_empty()
    }

    fn add(&mut self, name: TrieName) {
        if self.ends.is_empty() {
            self.ends.push(Vec::new());
            self.first_words = vec![0; START_KEYS / 64];
            self.single_words = vec![0; START_KEYS / 64];
            self.first_pairs = vec![0; START_KEYS / 64];
        }
        let bytes = name.text.as_bytes();
        let words = WordBits::new(&name.text);
        let hashes: Vec<u32> = words
            .spans()
            .map(|(start, end)| word_hash(bytes, start, end))
            .collect();
        match hashes.as_slice() {
            [] => {}
            [one] => {
                add_to_bloom(&mut self.first_words, *one);
                add_to_bloom(&mut self.single_words, *one);
            }
            [first, second, ..] => {
                add_to_bloom(&mut self.first_words, *first);
                add_to_bloom(&mut self.first_pairs, pair_hash(*first, *second));
            }
        }
        let mut node = 0u32;
        for hash in hashes {
            let next = self.ends.len() as u32;
            node = *self.children.entry(trie_key(node, hash)).or_insert(next);
            if node == next {
                self.ends.push(Vec::new());
            }
        }
        // A name without letters or digits cannot be matched word by word.
        if node != 0 {
            self.ends[node as usize].push(name);
        }
    }

    /// True when a name may begin with the word hashed `first`, which ends
    /// at `end`: it is a one-word name, or it and the next word begin one.
    fn may_begin(&self, bytes: &[u8], bits: &[u64], first: u32, end: usize) -> bool {
        in_bloom(&self.single_words, first)
            || next_word(bits, end)
                .is_some_and(|(s, e)| in_bloom(&self.first_pairs, pair_hash(first, word_hash(bytes, s, e))))
    }

    /// The longest name that `text` holds at the word `first` (start, end,
    /// hash) and that ends at a word boundary.
    fn longest_at(
        &self,
        text: &str,
        bits: &[u64],
        first: (usize, usize, u32),
        keep: &dyn Fn(u32) -> bool,
    ) -> Option<Found> {
        let bytes = text.as_bytes();
        let start = first.0;
        let mut best: Option<Found> = None;
        let mut node = 0u32;
        let mut word = Some(first);
        while let Some((_, end, hash)) = word {
            let Some(&child) = self.children.get(&trie_key(node, hash)) else {
                break;
            };
            node = child;
            for name in self.ends[node as usize].iter().filter(|n| keep(n.pattern)) {
                // Equal bytes from a character boundary end on one.
                let Some(stop) = match_end(bytes, start, name.text.as_bytes(), name.case_sensitive) else {
                    continue;
                };
                if best.is_none_or(|b| stop > b.end)
                    && is_boundary(text, start, stop)
                    && !(is_acronym(&name.text) && joined(bytes, start, stop))
                {
                    best = Some(Found {
                        start,
                        end: stop,
                        pattern: name.pattern,
                        variant: name.variant,
                    });
                }
            }
            word = next_word(bits, end).map(|(s, e)| (s, e, word_hash(bytes, s, e)));
        }
        best
    }
}

/// The hash of a name's first two words.
fn pair_hash(first: u32, second: u32) -> u32 {
    first.rotate_left(13) ^ second.wrapping_mul(0x85EB_CA6B)
}

fn trie_key(node: u32, hash: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(hash)
}

/// A hasher for [`NameTrie`] keys, which are word hashes already: one
/// multiplication mixes in the node.
#[derive(Debug, Default, Clone, Copy)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, key: u64) {
        let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 32);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A Bloom filter of one bit per hash: the hash's top bits pick it. With a
/// thousand first words in 2^16 bits, about one other word in sixty passes.
fn bloom_key(hash: u32) -> usize {
    (hash >> (32 - START_KEYS.trailing_zeros())) as usize
}

fn add_to_bloom(bits: &mut [u64], hash: u32) {
    let k = bloom_key(hash);
    bits[k / 64] |= 1 << (k % 64);
}

fn in_bloom(bits: &[u64], hash: u32) -> bool {
    let k = bloom_key(hash);
    bits.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
}

/// A hash of the word `bytes[start..end]`: its first eight bytes, ASCII
/// letters in lower case, and its length. Enough to tell the first words of
/// names from other words.
fn word_hash(bytes: &[u8], start: usize, end: usize) -> u32 {
    let buf: [u8; 8] = match bytes
        .get(start..start + 8)
        .and_then(|eight| eight.try_into().ok())
    {
        Some(eight) => eight,
        None => {
            let mut buf = [0u8; 8];
            buf[..bytes.len() - start].copy_from_slice(&bytes[start..]);
            buf
        }
    };
    let len = end - start;
    let x = match len {
        0..8 => u64::from_le_bytes(buf) & ((1 << (8 * len)) - 1),
        _ => u64::from_le_bytes(buf),
    };
    // Setting every byte's 0x20 bit puts ASCII letters in lower case and
    // leaves digits as they are; other bytes change alike in names and texts.
    let key = (x | (ONES * 0x20)) ^ (len as u64).rotate_right(8);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// For bytes of `v` below 0x80: the high bit of each byte of the result
/// says `byte >= m` (no carry crosses a byte).
fn at_least(v: u64, m: u8) -> u64 {
    v + ONES * u64::from(0x80 - m)
}

/// One bit for each of the eight bytes of `x` (little-endian): set when the
/// byte is an ASCII letter or digit. Byte-parallel arithmetic on the low
/// seven bits (no carry crosses a byte), then the eight flags gathered by
/// one multiplication.
fn ascii_alnum_bits(x: u64) -> u64 {
    let low = x & !HIGH_BITS;
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    let lower = low | (ONES * 0x20);
    let letter = at_least(lower, b'a') & !at_least(lower, b'z' + 1);
    let flags = (digit | letter) & !x & HIGH_BITS;
    ((flags >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Which bytes of a text belong to words, one bit per byte; a word is a run
/// of letters and digits of any script.
///
/// ASCII bytes are classified eight at a time by byte-parallel arithmetic,
/// and only the 64-byte blocks holding other characters are decoded. Word
/// starts and ends are then read off the bits, so the cost
/// per word is a few instructions rather than a branch per byte.
struct WordBits {
    bits: Vec<u64>,
}

impl WordBits {
    fn new(text: &str) -> WordBits {
        let bytes = text.as_bytes();
        let mut bits = vec![0u64; bytes.len().div_ceil(64)];
        let mut decode: Vec<usize> = Vec::new();
        for (k, chunk) in bytes.chunks(64).enumerate() {
            let mut word = 0u64;
            let mut high = 0u64;
            let mut lanes = chunk.chunks_exact(8);
            for (i, lane) in lanes.by_ref().enumerate() {
                let mut eight = [0u8; 8];
                eight.copy_from_slice(lane);
                let x = u64::from_le_bytes(eight);
                word |= ascii_alnum_bits(x) << (8 * i);
                high |= x;
            }
            let rest = lanes.remainder();
            if !rest.is_empty() {
                let mut eight = [0u8; 8];
                eight[..rest.len()].copy_from_slice(rest);
                let x = u64::from_le_bytes(eight);
                word |= ascii_alnum_bits(x) << (chunk.len() - rest.len());
                high |= x;
            }
            bits[k] = word;
            if high & HIGH_BITS != 0 {
                decode.push(k);
            }
        }
        for k in decode {
            let end = (k * 64 + 64).min(bytes.len());
            for at in k * 64..end {
                // A character's bits are set from its first byte, which may
                // lie in an earlier block than its last.
                if bytes[at] >= 0xC0
                    && let Some(c) = text[at..].chars().next()
                    && c.is_alphanumeric()
                {
                    for i in at..at + c.len_utf8() {
                        bits[i / 64] |= 1 << (i % 64);
                    }
                }
            }
        }
        WordBits { bits }
    }

    /// The words, in order, as byte spans.
    fn spans(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut at = 0;
        std::iter::from_fn(move || {
            let (start, end) = next_word(&self.bits, at)?;
            at = end;
            Some((start, end))
        })
    }
}

/// The bits of block `k` where a word starts.
fn starts_in(bits: &[u64], k: usize) -> u64 {
    let Some(&word) = bits.get(k) else { return 0 };
    let carry = if k > 0 { bits[k - 1] >> 63 } else { 0 };
    word & !((word << 1) | carry)
}

/// The end of the word holding bit `at`.
fn end_of(bits: &[u64], at: usize) -> usize {
    let mut k = at / 64;
    let mut outside = !bits[k] & (!0u64 << (at % 64));
    while outside == 0 {
        k += 1;
        match bits.get(k) {
            Some(&w) => outside = !w,
            None => return k * 64,
        }
    }
    k * 64 + outside.trailing_zeros() as usize
}

/// The first word starting at or after `from`, as a byte span.
fn next_word(bits: &[u64], from: usize) -> Option<(usize, usize)> {
    let mut k = from / 64;
    let mut starts = starts_in(bits, k) & (!0u64).checked_shl((from % 64) as u32).unwrap_or(0);
    while starts == 0 {
        k += 1;
        if k >= bits.len() {
            return None;
        }
        starts = starts_in(bits, k);
    }
    let start = k * 64 + starts.trailing_zeros() as usize;
    Some((start, end_of(bits, start)))
}

/// `"1948-"` → `(1948, None)`, `"1993-1997"` (or with an en dash) →
/// `(1993, Some(1997))`; the end may not precede the start.
fn parse_years(text: &str) -> Option<(u16, Option<u16>)> {
    let (from, until) = text.trim().split_once(['-', '\u{2013}'])?;
    let from: u16 = from.trim().parse().ok().filter(|y| (1945..=2100).contains(y))?;
    let until = until.trim();
    if until.is_empty() {
        return Some((from, None));
    }
    let until: u16 = until.parse().ok().filter(|&y| y >= from && y <= 2100)?;
    Some((from, Some(until)))
}

/// Where `name` ends when `bytes` hold it at `start`: a space in the name
/// matches a run of spaces (a line break, a tab or a table's column gap,
/// folded to spaces), so "1267 Monitoring   Team" is the 1267 Monitoring Team.
fn match_end(bytes: &[u8], start: usize, name: &[u8], case_sensitive: bool) -> Option<usize> {
    let mut i = start;
    for &b in name {
        if b == b' ' {
            if bytes.get(i) != Some(&b' ') {
                return None;
            }
            while bytes.get(i) == Some(&b' ') {
                i += 1;
            }
        } else {
            let t = *bytes.get(i)?;
            if !(t == b || (!case_sensitive && t.eq_ignore_ascii_case(&b))) {
                return None;
            }
            i += 1;
        }
    }
    Some(i)
}

/// A name as a question gives it, trimmed and without a leading "the".
fn without_article(name: &str) -> &str {
    let name = name.trim();
    ["the ", "The "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .unwrap_or(name)
}

/// An acronym: capitals, digits and hyphens only (`CMA`, `FC-G5S`).
fn is_acronym(name: &str) -> bool {
    name.bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// True when an acronym at `start..end` is part of a symbol or a longer
/// name: after a number and a slash (`decision 1/CMA.3`), before a dot and
/// a digit (`CMA.3`), or before a one-letter suffix (`SPLM-N`, `SPLM/A`,
/// `ISIL-K`) or `-IO` (`SPLA-IO`): each a different group. `UNTAET/UNMISET`
/// and `DPKO-UNIFIL` name two.
fn joined(bytes: &[u8], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map(|i| bytes[i]);
    let digit_before = start.checked_sub(2).is_some_and(|i| bytes[i].is_ascii_digit());
    let after = bytes.get(end).copied();
    if before == Some(b'/') && digit_before {
        return true;
    }
    if after == Some(b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    if matches!(after, Some(b'-' | b'/')) {
        let rest = &bytes[end + 1..];
        let suffix = rest.iter().take_while(|b| b.is_ascii_uppercase()).count();
        let whole = !rest.get(suffix).is_some_and(u8::is_ascii_alphanumeric);
        return whole && (suffix == 1 || (after == Some(b'-') && rest.starts_with(b"IO") && suffix == 2));
    }
    false
}

/// True when `text[start..end]` neither begins nor ends inside a word.
/// True when a name of several words is made only of words any body's name
/// may hold (`Special Commission`, `Panel of Experts`, `Office of the
/// Ombudsperson`): written in lower case ("a special commission to review
/// complaints") it is a description, not this body, so it is matched as
/// written.
fn generic_name(name: &str) -> bool {
    const GENERIC: [&str; 60] = [
        "of",
        "the",
        "on",
        "for",
        "and",
        "in",
        "Special",
        "Commission",
        "Committee",
        "Panel",
        "Experts",
        "Expert",
        "Group",
        "Team",
        "Monitoring",
        "Mission",
        "Force",
        "Forces",
        "Office",
        "Joint",
        "Military",
        "Staff",
        "Working",
        "Council",
        "Board",
        "Unit",
        "Police",
        "National",
        "Security",
        "Sanctions",
        "Steering",
        "Technical",
        "Fund",
        "Secretariat",
        "Court",
        "Tribunal",
        "Assembly",
        "General",
        "Armed",
        "Interim",
        "Transitional",
        "Independent",
        "Ombudsperson",
        "Support",
        "Contact",
        "High",
        "Commissioner",
        "Conference",
        "Mechanism",
        "Coordination",
        "Observer",
        "Observers",
        "Liaison",
        "Verification",
        "Friends",
        "Human",
        "Rights",
        "Executive",
        "Directorate",
        "Electoral",
    ];
    name.split(' ').all(|w| GENERIC.contains(&w))
}

/// The ways the texts write a name: as given; with typographic apostrophes
/// (documents keep them) and with a space before the apostrophe (`Côte d
/// 'Ivoire`, 2153 and 2219); and, for a hyphen between two words of
/// letters (`Guinea-Bissau`, `Timor-Leste`, `Bosnia-Herzegovina`), with an
/// en or em dash (`Guinea—Bissau`, 356), spaces around it (`Guinea -Bissau`,
/// 2157, 2186, 2203), a space for it (`Guinea Bissau`) or nothing
/// (`TimorLeste`, 33 times in 12 resolutions; `GuineaBissau`, 13 in 7).
/// Acronyms (`FC-G5S`) are taken as written.
fn spellings(text: &str, acronym: bool) -> Vec<String> {
    let mut out = vec![text.to_string()];
    let bytes = text.as_bytes();
    let word_hyphen = (1..bytes.len().saturating_sub(1)).any(|i| {
        bytes[i] == b'-'
            && text[..i].ends_with(char::is_alphabetic)
            && text[i + 1..].starts_with(char::is_alphabetic)
    });
    if word_hyphen && !acronym && !is_acronym(text) {
        let hyphen = |with: &str| -> String {
            let mut s = String::with_capacity(text.len() + 4);
            let mut prev: Option<char> = None;
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                let between_letters = c == '-'
                    && prev.is_some_and(char::is_alphabetic)
                    && chars.peek().is_some_and(|n| n.is_alphabetic());
                if between_letters {
                    s.push_str(with)
                } else {
                    s.push(c)
                }
                prev = Some(c);
            }
            s
        };
        for with in ["\u{2013}", "\u{2014}", " -", "- ", " - ", " ", ""] {
            out.push(hyphen(with));
        }
    }
    for i in 0..out.len() {
        if out[i].contains('\'') {
            let spaced = out[i].replace(" d'", " d '");
            if spaced != out[i] {
                out.push(spaced);
            }
        }
    }
    for i in 0..out.len() {
        if out[i].contains('\'') {
            out.push(out[i].replace('\'', "\u{2019}"));
        }
    }
    out.retain(|s| !s.is_empty());
    out.dedup();
    out
}

/// True when `before` (a body's name up to a state's or a place's name in
/// it) ends with a word saying where or what the body is for, perhaps with
/// an article: `… Mission in`, `… Tribunal for the`, `… libération du`.
fn follows_connective(before: &str) -> bool {
    const CONNECTIVES: [&str; 17] = [
        "in",
        "for",
        "on",
        "concerning",
        "of",
        "to",
        "at",
        "between",
        "against",
        "en",
        "au",
        "aux",
        "pour",
        "sur",
        "du",
        "de",
        "des",
    ];
    const ARTICLES: [&str; 5] = ["the", "la", "le", "les", "l'"];
    let mut words = before
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .rev();
    let Some(mut last) = words.next() else {
        return false;
    };
    // `l'Ivoire`-like elisions are split from the name already; `de l'`.
    if ARTICLES.iter().any(|a| last.eq_ignore_ascii_case(a)) {
        match words.next() {
            Some(w) => last = w,
            None => return false,
        }
    }
    CONNECTIVES.iter().any(|c| last.eq_ignore_ascii_case(c))
}

/// True when the text between two names joins them as one list: `and`, a
/// comma, `, and`, or a hyphen, a dash or a slash.
fn is_joiner(between: &str) -> bool {
    let t = between.trim();
    is_dash_joiner(between) || matches!(t, "," | "and" | ", and" | "et" | "and the" | "et la" | "et le")
}

/// True when two names are joined by a hyphen, a dash or a slash
/// (`Iran-Iraq`, `Uganda - Rwanda`, `Eritrea–Ethiopia`).
fn is_dash_joiner(between: &str) -> bool {
    matches!(between.trim(), "-" | "\u{2013}" | "\u{2014}" | "/")
}

pub(super) fn is_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

// --- the TOML shape --------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DictFile {
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    states: Vec<String>,
    #[serde(default)]
    state: Vec<StateEntry>,
    #[serde(default)]
    actor: Vec<ActorEntry>,
    #[serde(default)]
    place: Vec<PlaceEntry>,
    /// A state's name (its node's label) → the demonyms that name it, each
    /// plain or with the years it names the state (as an alias).
    #[serde(default)]
    demonyms: std::collections::BTreeMap<String, Vec<Alias>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StateEntry {
    name: String,
    title: Option<String>,
    #[serde(default)]
    aliases: Vec<Alias>,
    #[serde(default)]
    acronyms: Vec<String>,
    /// Names for questions only: never looked for in a text.
    #[serde(default)]
    asked_as: Vec<String>,
    #[serde(default)]
    former: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorEntry {
    id: String,
    name: String,
    category: String,
    #[serde(default)]
    acronyms: Vec<String>,
    #[serde(default)]
    aliases: Vec<Alias>,
    established_by: Option<String>,
    /// `"1948-"` (still active) or `"1993-1997"`.
    active: Option<String>,
    mentions: Option<bool>,
    /// The id of the organization that fields the body or that it is
    /// part of: `part_of = "African Union"` (AMISOM).
    part_of: Option<String>,
}

/// A territory, region or city that is not a member state.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<Alias>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Alias {
    Plain(String),
    Dated {
        name: String,
        from: Option<u16>,
        until: Option<u16>,
        /// The alias applies only in a file that also holds this word.
        where_named: Option<String>,
    },
}

impl Alias {
    fn parts(&self) -> (&str, Option<u16>, Option<u16>) {
        match self {
            Alias::Plain(name) => (name, None, None),
            Alias::Dated {
                name, from, until, ..
            } => (name, *from, *until),
        }
    }

    fn where_named(&self) -> Option<&str> {
        match self {
            Alias::Plain(_) => None,
            Alias::Dated { where_named, .. } => where_named.as_deref(),
        }
    }
}

struct Builder<'a> {
    origin: &'a str,
    inner: Inner,
}

impl<'a> Builder<'a> {
    fn new(origin: &'a str) -> Builder<'a> {
        Builder {
            origin,
            inner: Inner::default(),
        }
    }

    fn invalid(&self, entry: &str, message: impl Into<String>) -> DictionaryError {
        DictionaryError::Invalid {
            origin: self.origin.to_string(),
            entry: entry.to_string(),
            message: message.into(),
        }
    }

    fn build(mut self, file: DictFile) -> Result<ActorDictionary, DictionaryError> {
        for name in &file.states {
            let entry = StateEntry {
                name: name.clone(),
                title: None,
                aliases: Vec::new(),
                acronyms: Vec::new(),
                asked_as: Vec::new(),
                former: false,
            };
            self.add_state(&entry)?;
        }
        for entry in &file.state {
            self.add_state(entry)?;
        }
        for entry in &file.actor {
            self.add_actor(entry)?;
        }
        for entry in &file.place {
            self.add_place(entry)?;
        }
        for entry in &file.actor {
            self.add_part_of(entry)?;
        }
        let mut demonym_patterns = Vec::new();
        for (state, forms) in &file.demonyms {
            self.add_demonyms(state, forms, &mut demonym_patterns)?;
        }
        for phrase in &file.ignore {
            self.add_name(phrase, false, None, None, None, "ignore")?;
        }
        // Names matched as written first: on a tie in length they win.
        let mut names = NameTrie::default();
        for case_sensitive in [true, false] {
            for (p, pattern) in self.inner.patterns.iter().enumerate() {
                // One case-insensitive variant per pattern: the others only
                // differ in case.
                let variants = pattern.variants.iter().enumerate();
                let mut variants: Vec<_> = variants
                    .filter(|(_, v)| v.case_sensitive == case_sensitive)
                    .collect();
                if !case_sensitive {
                    variants.truncate(1);
                }
                for (v, variant) in variants {
                    names.add(TrieName {
                        text: variant.text.clone(),
                        case_sensitive,
                        pattern: p as u32,
                        variant: v as u32,
                    });
                }
            }
        }
        self.inner.names = names;
        let entries = &self.inner.entries;
        let all = |p: &Pattern, ok: &dyn Fn(&Target) -> bool| {
            p.variants
                .iter()
                .all(|v| !v.targets.is_empty() && v.targets.iter().all(ok))
        };
        let kind = |t: &Target| t.entry.map(|e| entries[e].kind);
        self.inner.demonym_patterns = (0..self.inner.patterns.len())
            .map(|p| demonym_patterns.contains(&p))
            .collect();
        self.inner.body_patterns = (self.inner.patterns.iter())
            .map(|p| all(p, &|t| kind(t) == Some(NodeKind::Actor)))
            .collect();
        // A demonym is not read within a body's name: the `Lebanese Armed
        // Forces` are a body of their own, as the `Sudan People's Liberation
        // Movement` is.
        self.inner.place_patterns = (self.inner.patterns.iter().enumerate())
            .map(|(i, p)| {
                !demonym_patterns.contains(&i)
                    && all(p, &|t| {
                        matches!(kind(t), Some(NodeKind::State | NodeKind::Place))
                            && t.from.is_none()
                            && t.until.is_none()
                            && t.cue.is_none()
                    })
            })
            .collect();
        Ok(ActorDictionary {
            inner: Arc::new(self.inner),
        })
    }

    fn add_state(&mut self, s: &StateEntry) -> Result<(), DictionaryError> {
        let name = s.name.trim();
        if name.is_empty() {
            return Err(self.invalid("[[state]]", "empty `name`; give the state's short name"));
        }
        let mut aliases: Vec<String> = Vec::new();
        if let Some(t) = &s.title {
            aliases.push(t.clone());
        }
        aliases.extend(s.aliases.iter().map(|a| a.parts().0.to_string()));
        aliases.extend(s.acronyms.iter().cloned());
        aliases.retain(|a| a != name);
        aliases.dedup();
        let entry = Entry {
            id: format!("state:{name}"),
            kind: NodeKind::State,
            label: name.to_string(),
            title: Some(s.title.clone().unwrap_or_else(|| name.to_string())),
            category: Some(if s.former { "former_state" } else { "state" }.to_string()),
            aliases,
            established_by: None,
            active: None,
            mentions: true,
            part_of: None,
        };
        let i = self.add_entry(entry)?;
        for asked in &s.asked_as {
            let asked = asked.trim();
            if asked.is_empty() || self.inner.asked.insert(asked.to_string(), i).is_some() {
                return Err(self.invalid(
                    "[[state]]",
                    format!("`asked_as` of {name}: {asked:?} is empty or given twice"),
                ));
            }
        }
        let dated = |text: &str| dated_alias(&s.aliases, text);
        if !dated(name) {
            self.add_name(name, false, Some(i), None, None, name)?;
        }
        if let Some(t) = s.title.as_deref().filter(|t| !dated(t)) {
            self.add_name(t, false, Some(i), None, None, name)?;
        }
        for a in &s.aliases {
            self.add_alias(a, i, name)?;
        }
        for a in &s.acronyms {
            self.add_name(a, true, Some(i), None, None, name)?;
        }
        Ok(())
    }

    /// A state's demonyms (`[demonyms]`): each a name of the state matched
    /// as written (so "israeli" or "lebanese" in lower case never is), in
    /// every year unless it gives its years as an alias does ("Palestinian"
    /// names the State of Palestine from 1988, as "Palestine" does), and not
    /// one of the aliases on its node.
    fn add_demonyms(
        &mut self,
        state: &str,
        forms: &[Alias],
        patterns: &mut Vec<usize>,
    ) -> Result<(), DictionaryError> {
        let id = format!("state:{}", state.trim());
        let Some(&i) = self.inner.by_id.get(&id) else {
            return Err(self.invalid(
                state,
                "[demonyms] names no state of the dictionary; use the state's `name`",
            ));
        };
        for form in forms {
            if form.where_named().is_some() {
                return Err(self.invalid(state, "a demonym takes `from` and `until`, not `where_named`"));
            }
            let (text, from, until) = form.parts();
            self.add_name(text, true, Some(i), from, until, state)?;
            let key = super::fold::Folded::new(text.trim())
                .text
                .trim()
                .to_ascii_lowercase();
            if let Some(&p) = self.inner.by_key.get(&key) {
                patterns.push(p);
            }
        }
        Ok(())
    }

    fn add_place(&mut self, p: &PlaceEntry) -> Result<(), DictionaryError> {
        let name = p.name.trim();
        if name.is_empty() {
            return Err(self.invalid("[[place]]", "empty `name`; give the place's usual English name"));
        }
        let mut aliases: Vec<String> = p.aliases.iter().map(|a| a.parts().0.to_string()).collect();
        aliases.retain(|a| a != name);
        aliases.dedup();
        let entry = Entry {
            id: format!("place:{name}"),
            kind: NodeKind::Place,
            label: name.to_string(),
            title: None,
            category: None,
            aliases,
            established_by: None,
            active: None,
            mentions: true,
            part_of: None,
        };
        let i = self.add_entry(entry)?;
        self.add_name(name, false, Some(i), None, None, name)?;
        for a in &p.aliases {
            self.add_alias(a, i, name)?;
        }
        Ok(())
    }

    fn add_actor(&mut self, a: &ActorEntry) -> Result<(), DictionaryError> {
        let id = a.id.trim();
        if id.is_empty() || a.name.trim().is_empty() {
            return Err(self.invalid("[[actor]]", "empty `id` or `name`"));
        }
        if !CATEGORIES.contains(&a.category.as_str()) {
            return Err(self.invalid(
                id,
                format!(
                    "unknown category {:?}; use one of {}",
                    a.category,
                    CATEGORIES.join(", ")
                ),
            ));
        }
        let established_by = match &a.established_by {
            None => None,
            Some(s) => match s.parse::<Symbol>() {
                Ok(sym) if sym.kind() == SymbolKind::ScResolution => Some(sym.to_string()),
                _ => {
                    return Err(self.invalid(
                        id,
                        format!("established_by = {s:?} is not a resolution symbol; write it as \"S/RES/2374 (2017)\""),
                    ));
                }
            },
        };
        let active = match &a.active {
            None => None,
            Some(text) => Some(parse_years(text).ok_or_else(|| {
                self.invalid(
                    id,
                    format!("active = {text:?} is not a span of years; write \"1948-\" or \"1993-1997\""),
                )
            })?),
        };
        let mut aliases: Vec<String> = vec![a.name.clone()];
        aliases.extend(a.acronyms.iter().cloned());
        aliases.extend(a.aliases.iter().map(|x| x.parts().0.to_string()));
        aliases.retain(|x| x != id);
        aliases.dedup();
        let entry = Entry {
            id: format!("actor:{id}"),
            kind: NodeKind::Actor,
            label: id.to_string(),
            title: Some(a.name.clone()),
            category: Some(a.category.clone()),
            aliases,
            established_by,
            active,
            mentions: a.mentions.unwrap_or(true),
            part_of: None,
        };
        let i = self.add_entry(entry)?;
        if !dated_alias(&a.aliases, &a.name) {
            self.add_name(&a.name, false, Some(i), None, None, id)?;
        }
        for x in &a.acronyms {
            self.add_name(x, true, Some(i), None, None, id)?;
        }
        for x in &a.aliases {
            self.add_alias(x, i, id)?;
        }
        Ok(())
    }

    /// Resolve an actor's `part_of` to the organization's entry, once all
    /// entries are known.
    fn add_part_of(&mut self, a: &ActorEntry) -> Result<(), DictionaryError> {
        let Some(org) = a.part_of.as_deref().map(str::trim) else {
            return Ok(());
        };
        let id = a.id.trim();
        let found = (self.inner.by_id.get(&format!("actor:{org}")).copied())
            .filter(|&o| self.inner.entries[o].category.as_deref() == Some("organization"));
        let Some(o) = found else {
            return Err(self.invalid(
                id,
                format!("part_of = {org:?} is no organization's id; give the id of an [[actor]] of category organization"),
            ));
        };
        if let Some(&i) = self.inner.by_id.get(&format!("actor:{id}")) {
            self.inner.entries[i].part_of = Some(o);
        }
        Ok(())
    }

    fn add_entry(&mut self, entry: Entry) -> Result<usize, DictionaryError> {
        if self.inner.by_id.contains_key(&entry.id) {
            return Err(self.invalid(&entry.id, "two entries have this id; merge them or rename one"));
        }
        let i = self.inner.entries.len();
        self.inner.by_id.insert(entry.id.clone(), i);
        self.inner.entries.push(entry);
        Ok(i)
    }

    /// Add an alias of entry `i`, with its years and the word it may be
    /// conditioned on.
    fn add_alias(&mut self, alias: &Alias, i: usize, owner: &str) -> Result<(), DictionaryError> {
        let (text, from, until) = alias.parts();
        let cue = match alias.where_named().map(str::trim) {
            Some("") => return Err(self.invalid(owner, format!("alias {text:?} has an empty where_named"))),
            Some(word) => Some(match self.inner.cues.iter().position(|c| c == word) {
                Some(c) => c as u32,
                None => {
                    self.inner.cues.push(word.to_string());
                    (self.inner.cues.len() - 1) as u32
                }
            }),
            None => None,
        };
        self.add_target(
            text,
            false,
            Target {
                entry: Some(i),
                from,
                until,
                cue,
            },
            owner,
        )
    }

    /// Add one spelling, with no condition on the file.
    fn add_name(
        &mut self,
        text: &str,
        acronym: bool,
        entry: Option<usize>,
        from: Option<u16>,
        until: Option<u16>,
        owner: &str,
    ) -> Result<(), DictionaryError> {
        let target = Target {
            entry,
            from,
            until,
            cue: None,
        };
        self.add_target(text, acronym, target, owner)
    }

    /// Add one spelling. An acronym, and a name of one word, are matched
    /// case-sensitively; other names ignore ASCII case.
    fn add_target(
        &mut self,
        text: &str,
        acronym: bool,
        target: Target,
        owner: &str,
    ) -> Result<(), DictionaryError> {
        let Target { from, until, .. } = target;
        let folded = super::fold::Folded::new(text.trim());
        let text = folded.text.trim().to_string();
        if text.is_empty() {
            return Err(self.invalid(owner, "an empty alias or acronym"));
        }
        if !text.chars().next().is_some_and(char::is_alphanumeric) {
            return Err(self.invalid(owner, format!("{text:?} must begin with a letter or a digit")));
        }
        if let (Some(f), Some(u)) = (from, until)
            && f > u
        {
            return Err(self.invalid(owner, format!("alias {text:?} has from = {f} after until = {u}")));
        }
        for spelling in spellings(&text, acronym) {
            let case_sensitive = acronym || !spelling.contains(' ') || generic_name(&spelling);
            self.add_spelling(spelling, case_sensitive, target);
        }
        Ok(())
    }

    fn add_spelling(&mut self, text: String, case_sensitive: bool, target: Target) {
        let Target {
            entry,
            from,
            until,
            cue,
        } = target;
        let key = text.to_ascii_lowercase();
        let p = match self.inner.by_key.get(&key) {
            Some(&p) => p,
            None => {
                self.inner.patterns.push(Pattern::default());
                let p = self.inner.patterns.len() - 1;
                self.inner.by_key.insert(key, p);
                p
            }
        };
        let pattern = &mut self.inner.patterns[p];
        // A case-insensitive spelling covers every other spelling of its key.
        let existing = pattern
            .variants
            .iter_mut()
            .find(|v| v.case_sensitive == case_sensitive && (!case_sensitive || v.text == text));
        match existing {
            Some(v) => {
                if !v
                    .targets
                    .iter()
                    .any(|t| t.entry == entry && t.from == from && t.until == until && t.cue == cue)
                {
                    v.targets.push(target);
                }
            }
            None => {
                let v = Variant {
                    text,
                    case_sensitive,
                    targets: vec![target],
                };
                // Exact spellings are tried before the case-insensitive one.
                if case_sensitive {
                    pattern.variants.insert(0, v);
                } else {
                    pattern.variants.push(v);
                }
            }
        }
    }
}

/// Whether `name` is also one of `aliases` with dates or a condition: such
/// a name is matched only within them. "United Nations Angola
/// Verification Mission" is UNAVEM's up to 1990 and UNAVEM II's from 1991
/// (834 (1993): "the existing mandate of the United Nations Angola
/// Verification Mission (UNAVEM II)"), "Yugoslavia" the SFRY's up to 1992.
fn dated_alias(aliases: &[Alias], name: &str) -> bool {
    aliases
        .iter()
        .any(|a| a.parts().0 == name && matches!(a, Alias::Dated { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words the slow way: runs of alphanumeric characters.
    fn reference_words(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, text.len()));
        }
        out
    }

    #[test]
    fn word_bits_find_the_words_of_any_script_across_blocks() {
        // Multi-byte letters and punctuation straddling the 64-byte blocks
        // ("ô" is bytes 63 and 64).
        let text = format!(
            "{} Côte d’Ivoire—Viet Nam, «Россия» 2531 (2020){}é9",
            "x".repeat(61),
            " ".repeat(60)
        );
        let words: Vec<(usize, usize)> = WordBits::new(&text).spans().collect();
        assert_eq!(words, reference_words(&text));
        let found: Vec<&str> = words.iter().map(|&(s, e)| &text[s..e]).collect();
        assert!(found.contains(&"Côte") && found.contains(&"Россия") && found.contains(&"é9"));
    }

    proptest::proptest! {
        #[test]
        fn word_bits_agree_with_char_classes(text in "[ a-zA-Z0-9éÉ’—.,*\\n\u{a0}Ж]{0,200}") {
            let words: Vec<(usize, usize)> = WordBits::new(&text).spans().collect();
            proptest::prop_assert_eq!(words, reference_words(&text));
        }

        #[test]
        fn word_hash_ignores_ascii_case(word in "[a-zA-Z0-9]{1,20}") {
            let lower = word.to_ascii_lowercase();
            proptest::prop_assert_eq!(
                word_hash(word.as_bytes(), 0, word.len()),
                word_hash(lower.as_bytes(), 0, lower.len())
            );
        }
    }

    fn ids(dict: &ActorDictionary, text: &str, year: Option<u16>) -> Vec<String> {
        let found = dict.scan(text);
        let mut all = dict.scan_within(text, &found);
        all.extend(found);
        // The body first, then the names within it, in text order.
        all.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        all.iter()
            .filter_map(|f| dict.target(f, year))
            .map(|i| dict.entry(i).id.clone())
            .collect()
    }

    #[test]
    fn bundled_dictionary_parses() {
        let text = BUNDLED;
        let dict = ActorDictionary::parse(text, "bundled").expect("bundled dictionary is valid");
        assert!(dict.len() > 400, "{}", dict.len());
        let members = dict
            .inner
            .entries
            .iter()
            .filter(|e| e.category.as_deref() == Some("state"))
            .filter(|e| !matches!(e.id.as_str(), "state:Holy See" | "state:State of Palestine"))
            .count();
        assert_eq!(members, 193, "current member states");
    }

    /// The names within a body's name are kept by its text for one
    /// dictionary: read again at another offset they are shifted there, and
    /// a dictionary without the state finds none in the same text.
    #[test]
    fn names_within_are_kept_for_their_dictionary_alone() {
        let body =
            "[[actor]]\nid = \"UNMIM\"\nname = \"United Nations Mission in Mali\"\ncategory = \"mission\"\n";
        let with_mali = ActorDictionary::from_toml_str(&format!("states = [\"Mali\"]\n{body}")).unwrap();
        let without = ActorDictionary::from_toml_str(&format!("states = [\"Niger\"]\n{body}")).unwrap();
        let text = "the United Nations Mission in Mali, and later the United Nations Mission in Mali";
        let within = |dict: &ActorDictionary| dict.scan_within(text, &dict.scan(text)).len();
        for _ in 0..2 {
            assert_eq!(within(&with_mali), 2);
            assert_eq!(within(&without), 0);
        }
        let found = with_mali.scan(text);
        let spans: Vec<(usize, usize)> = (with_mali.scan_within(text, &found).iter())
            .map(|f| (f.start, f.end))
            .collect();
        let mali: Vec<(usize, usize)> = text
            .match_indices("Mali")
            .map(|(i, m)| (i, i + m.len()))
            .collect();
        assert_eq!(spans, mali);
    }

    #[test]
    fn overlapping_names_resolve_to_the_longest() {
        let dict = ActorDictionary::bundled();
        let text = "Guinea-Bissau, Equatorial Guinea, Guinea, Nigeria, the Niger, South Sudan, the Sudan, Papua New Guinea and the Gulf of Guinea";
        assert_eq!(
            ids(&dict, text, Some(2020)),
            [
                "state:Guinea-Bissau",
                "state:Equatorial Guinea",
                "state:Guinea",
                "state:Nigeria",
                "state:Niger",
                "state:South Sudan",
                "state:Sudan",
                "state:Papua New Guinea",
                "place:Gulf of Guinea"
            ]
        );
    }

    #[test]
    fn a_place_is_its_own_node() {
        let dict = ActorDictionary::bundled();
        let text = "the situation concerning Western Sahara and the State of Jammu and Kashmir";
        assert_eq!(
            ids(&dict, text, Some(1990)),
            ["place:Western Sahara", "place:Kashmir"]
        );
        let node = dict.node("place:Western Sahara").expect("a place");
        assert_eq!((node.kind, node.category), (NodeKind::Place, None));
        let err = ActorDictionary::from_toml_str("[[place]]\nname = \" \"\n")
            .expect_err("an empty name")
            .to_string();
        assert!(err.contains("empty `name`"), "{err}");
    }

    #[test]
    fn a_shorter_name_counts_where_the_longest_runs_into_a_word() {
        let dict = ActorDictionary::from_toml_str(
            r#"
states = ["Mali"]

[[actor]]
id = "UN"
name = "United Nations"
category = "organization"

[[actor]]
id = "UNMIL"
name = "United Nations Mission in Liberia"
category = "mission"
"#,
        )
        .expect("valid dictionary");
        // "…Mission in Liberian" is no name, but "United Nations" is one.
        assert_eq!(
            ids(&dict, "the United Nations Mission in Liberian waters", None),
            ["actor:UN"]
        );
        assert_eq!(
            ids(&dict, "the United Nations Mission in Liberia, Mali", None),
            ["actor:UNMIL", "state:Mali"]
        );
        // Names broken across words compare the text, not only the hashes.
        assert!(ids(&dict, "United Natios, Malian", None).is_empty());
    }

    #[test]
    fn case_rules() {
        let dict = ActorDictionary::bundled();
        // One-word names and acronyms are case-sensitive, longer names are not.
        assert!(ids(&dict, "the chad was hanging; icc", None).is_empty());
        assert_eq!(ids(&dict, "the g5 sahel joint force", None), ["actor:FC-G5S"]);
        assert_eq!(ids(&dict, "ICC and Chad", None), ["actor:ICC", "state:Chad"]);
    }

    #[test]
    fn names_change_meaning_with_the_year() {
        let dict = ActorDictionary::bundled();
        assert_eq!(
            ids(&dict, "the Federal Republic of Germany", Some(2020)),
            ["state:Germany"]
        );
        assert_eq!(
            ids(&dict, "the Federal Republic of Germany", Some(1975)),
            ["state:West Germany"]
        );
        assert_eq!(
            ids(&dict, "the Republic of the Congo", Some(1960)),
            ["state:Democratic Republic of the Congo"]
        );
        assert_eq!(
            ids(&dict, "the Republic of the Congo", Some(2004)),
            ["state:Congo"]
        );
        assert_eq!(
            ids(&dict, "Zaire", Some(1990)),
            ["state:Democratic Republic of the Congo"]
        );
        assert_eq!(ids(&dict, "Yugoslavia", Some(1985)), ["state:Yugoslavia"]);
        // The SFRY up to 1992 (the 1992 resolutions' "Yugoslavia" is the
        // SFRY's), the FRY (Serbia's node) from 1993.
        assert_eq!(ids(&dict, "Yugoslavia", Some(1992)), ["state:Yugoslavia"]);
        assert_eq!(ids(&dict, "Yugoslavia", Some(1998)), ["state:Serbia"]);
        // Inside a body's name a dated name is not read: the MLC is no
        // mention of the Republic of the Congo.
        assert_eq!(
            ids(&dict, "the Mouvement de libération du Congo", Some(2002)),
            ["actor:MLC"]
        );
        assert_eq!(
            ids(
                &dict,
                "the International Criminal Tribunal for Rwanda",
                Some(2002)
            ),
            ["actor:ICTR", "state:Rwanda"]
        );
        assert_eq!(
            ids(&dict, "Union of Soviet Socialist Republics", None),
            ["state:USSR"]
        );
    }

    #[test]
    fn demonyms_name_their_state_as_written() {
        let dict = ActorDictionary::from_toml_str(
            "states = [\"Israel\", \"Lebanon\"]\n[[actor]]\nid = \"LAF\"\nname = \"Lebanese Armed Forces\"\ncategory = \"national_force\"\n[demonyms]\n\"Israel\" = [\"Israeli\"]\n\"Lebanon\" = [\"Lebanese\"]\n",
        )
        .unwrap();
        let ids = |text: &str| -> Vec<&str> {
            dict.scan(text)
                .iter()
                .filter_map(|f| dict.target(f, None))
                .map(|e| dict.entry(e).id.as_str())
                .collect()
        };
        assert_eq!(
            ids("Israeli forces left Lebanese territory"),
            ["state:Israel", "state:Lebanon"]
        );
        assert_eq!(ids("the Lebanese Government"), ["state:Lebanon"]);
        // A longer name wins; a capitalised name the demonym begins is a body's.
        assert_eq!(ids("the Lebanese Armed Forces"), ["actor:LAF"]);
        assert!(ids("the Lebanese Higher Defence Council").is_empty());
        assert!(ids("israeli forces").is_empty());
        let err = ActorDictionary::from_toml_str("[demonyms]\n\"Atlantis\" = [\"Atlantean\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("names no state"), "{err}");
    }

    #[test]
    fn invalid_dictionaries_are_explained() {
        let err = ActorDictionary::from_toml_str(
            "[[actor]]\nid = \"X\"\nname = \"X Force\"\ncategory = \"army\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("unknown category \"army\""), "{err}");
        let err = ActorDictionary::from_toml_str(
            "[[actor]]\nid = \"X\"\nname = \"X Panel\"\ncategory = \"panel\"\nestablished_by = \"2374\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("not a resolution symbol"), "{err}");
        let err =
            ActorDictionary::from_toml_str("[[actor]]\nid = \"X\"\nname = \"X\"\ncategori = \"panel\"\n")
                .unwrap_err()
                .to_string();
        assert!(err.contains("not a valid actor dictionary"), "{err}");
        let err = ActorDictionary::from_path("/nonexistent/actors.toml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("cannot read"), "{err}");
    }
}
