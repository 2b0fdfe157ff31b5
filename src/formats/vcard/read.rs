//! Reading a vCard file card by card, holding one card at a time (and, in a damaged file,
//! a few): lines unfolded as bytes, grouped into cards, each card handed out as a record.
//!
//! Where a card ends is decided here, damaged files included, so that every card of the
//! file becomes a record:
//!
//! - a card ends at its END:VCARD; one without END ends at the next card's BEGIN:VCARD (or
//!   at the end of the file), and the record says it may be incomplete;
//! - a BEGIN:VCARD right after an AGENT property starts the agent's card, nested in this one
//!   (vCard 2.1) and left out as AGENT is;
//! - any other BEGIN:VCARD inside a card is the next card, unless the card goes on after it:
//!   AOSP's test files nest cards without AGENT, and then the outer card's END:VCARD (after
//!   properties of its own or not) follows the inner cards. Up to `UNSURE` cards are held
//!   until it shows; a BEGIN:VCARD first, more cards than that, or the end of the file make
//!   them separate cards (and lines between them that do not end in END:VCARD, a card
//!   without BEGIN when they name a person);
//! - a quoted-printable soft break (`=` last) joins the next line, unless that line begins
//!   or ends a card;
//! - the value of a property carnet keeps is at most `MAX_VALUE` bytes, a card at most
//!   `MAX_CARD`: what is cut is said on the record. Properties carnet does not keep (photos,
//!   sounds, keys) are not held at all, whatever their size.

use std::collections::VecDeque;
use std::io::{self, BufRead};

use super::{is_quoted_printable, parse_property, to_record, Property};
use crate::formats::lines::{Line, Lines, MAX_LINE};
use crate::formats::MAX_VALUE;
use crate::model::interop::{Cut, CutKind, Parsed};

/// The most a card may hold of the values carnet keeps.
pub const MAX_CARD: usize = 4 * MAX_VALUE;

/// How many cards that might be nested are held before they are taken as separate cards.
const UNSURE: usize = 16;

/// The properties whose values carnet keeps (and AGENT, which nests a card).
const KEPT: [&str; 17] = [
    "FN",
    "N",
    "ORG",
    "TITLE",
    "EMAIL",
    "TEL",
    "URL",
    "ADR",
    "BDAY",
    "NOTE",
    "CATEGORIES",
    "UID",
    "X-CARNET-HOW-MET",
    "RELATED",
    "X-ABRELATEDNAMES",
    "X-ABLABEL",
    "AGENT",
];

/// A card as read: where it starts, the properties carnet keeps, and what was left out.
#[derive(Debug, Default)]
pub(super) struct RawCard {
    pub line: usize,
    pub props: Vec<Property>,
    pub cuts: Vec<Cut>,
    explicit_begin: bool,
    /// The name of the last property read (AGENT nests the card that follows).
    last: Option<String>,
    /// Bytes of values held.
    held: usize,
    /// Whether `MAX_CARD` was reached.
    full: bool,
}

impl RawCard {
    fn new(line: usize, explicit_begin: bool) -> Self {
        RawCard {
            line,
            explicit_begin,
            ..Default::default()
        }
    }

    fn push(&mut self, p: Property) {
        self.last = Some(p.name.clone());
        if !KEPT.contains(&p.name.as_str()) {
            return;
        }
        if self.held + p.raw.len() > MAX_CARD {
            if !self.full {
                self.full = true;
                self.cuts.push(Cut {
                    line: p.line,
                    what: CutKind::CardTooLarge { limit: MAX_CARD },
                });
            }
            return;
        }
        self.held += p.raw.len();
        self.props.push(p);
    }

    /// Whether it is a card: it began with BEGIN:VCARD, or it says something of a person
    /// (stray lines outside any card that do not are not one).
    fn is_card(&self) -> bool {
        self.explicit_begin
            || self
                .props
                .iter()
                .any(|p| matches!(p.name.as_str(), "FN" | "N" | "EMAIL" | "TEL" | "ORG"))
    }
}

/// A logical line: a property after unfolding.
struct Logical {
    line: usize,
    bytes: Vec<u8>,
    /// Whether bytes were left out (the line was longer than `MAX_LINE`).
    cut: bool,
}

/// What a logical line is, for grouping lines into cards.
enum Kind {
    Begin,
    End,
    Property(Property),
    /// Not a property (no `NAME:`): a comment, or damage.
    Other,
}

/// Whether a line (without its end) is `BEGIN:VCARD` or `END:VCARD`, in any case, spaces
/// around.
fn begin_or_end(line: &[u8]) -> bool {
    let t = line.trim_ascii();
    t.eq_ignore_ascii_case(b"BEGIN:VCARD") || t.eq_ignore_ascii_case(b"END:VCARD")
}

/// The name of the property a line starts (before `;` or `:`, without its group), in upper
/// case: whether its value is kept decides whether its folded lines are.
fn name_of(line: &[u8]) -> Vec<u8> {
    let end = line
        .iter()
        .position(|b| *b == b';' || *b == b':')
        .unwrap_or(line.len());
    let full = &line[..end];
    let name = match full.iter().rposition(|b| *b == b'.') {
        Some(dot) => &full[dot + 1..],
        None => full,
    };
    name.trim_ascii().to_ascii_uppercase()
}

/// The cards of a vCard stream (already made UTF-8 if it was UTF-16; see `lines::open`),
/// one record each. An I/O error ends the stream.
pub struct Reader<R> {
    lines: Lines<R>,
    /// The physical line after the logical line being read, once looked at.
    next: Option<Line>,
    /// The card being read (a candidate when `parent` is set).
    card: Option<RawCard>,
    /// How deep inside a card nested by AGENT the lines are (0: not inside one).
    agent_depth: usize,
    /// A card with a BEGIN:VCARD inside it that AGENT did not introduce: `cards` (and
    /// `card`, if one is being read) may be nested in it, or it may lack its END.
    parent: Option<RawCard>,
    unsure: Vec<RawCard>,
    /// Records ready to be handed out.
    ready: VecDeque<Parsed>,
    index: usize,
    done: bool,
}

impl<R: BufRead> Reader<R> {
    pub fn new(reader: R) -> Self {
        Reader {
            lines: Lines::new(reader, false),
            next: None,
            card: None,
            agent_depth: 0,
            parent: None,
            unsure: Vec::new(),
            ready: VecDeque::new(),
            index: 0,
            done: false,
        }
    }

    fn physical(&mut self) -> io::Result<Option<Line>> {
        match self.next.take() {
            Some(l) => Ok(Some(l)),
            None => self.lines.next_line(),
        }
    }

    /// The next logical line: a physical line and the lines folded into it (a leading space
    /// or tab), or joined by a quoted-printable soft break. Blank lines are skipped.
    fn logical(&mut self) -> io::Result<Option<Logical>> {
        let first = loop {
            match self.physical()? {
                None => return Ok(None),
                Some(l) if l.content().iter().all(u8::is_ascii_whitespace) => continue,
                Some(l) => break l,
            }
        };
        let keep = {
            let name = name_of(first.content());
            matches!(name.as_slice(), b"BEGIN" | b"END")
                || KEPT.iter().any(|k| k.as_bytes() == name.as_slice())
        };
        let mut cut = first.cut;
        let mut bytes = first.content().to_vec();
        let line = first.number;
        let quoted_printable = is_quoted_printable(&bytes);
        // Whether the last physical line ended with `=` (a soft break, in quoted-printable).
        let mut soft = bytes.ends_with(b"=");
        while let Some(next) = self.physical()? {
            let content = next.content();
            let soft_break = soft && quoted_printable && !begin_or_end(content);
            if !soft_break && content.iter().all(u8::is_ascii_whitespace) {
                // A blank line is nothing: folding goes on across it, as exporters' files
                // sometimes need.
                continue;
            }
            let rest = if soft_break {
                if keep && bytes.ends_with(b"=") {
                    bytes.pop();
                }
                content
            } else if let Some(rest) = content
                .strip_prefix(b" ")
                .or_else(|| content.strip_prefix(b"\t"))
            {
                rest
            } else {
                self.next = Some(next);
                break;
            };
            soft = rest.ends_with(b"=");
            cut |= next.cut;
            // Of a property carnet does not keep, only the name and parameters are read.
            if !keep && super::split_at_colon(&bytes).is_some() {
                continue;
            }
            let room = MAX_LINE.saturating_sub(bytes.len());
            if rest.len() > room {
                bytes.extend_from_slice(&rest[..room]);
                cut = true;
            } else {
                bytes.extend_from_slice(rest);
            }
        }
        Ok(Some(Logical { line, bytes, cut }))
    }

    fn kind(l: Logical) -> Kind {
        let Some(mut p) = parse_property(&l.bytes) else {
            return Kind::Other;
        };
        let is_vcard = || p.raw.trim_ascii().eq_ignore_ascii_case(b"VCARD");
        match p.name.as_str() {
            "BEGIN" if is_vcard() => Kind::Begin,
            "END" if is_vcard() => Kind::End,
            _ => {
                p.line = l.line;
                p.cut = l.cut;
                Kind::Property(p)
            }
        }
    }

    /// A card read whole (or as whole as the file has it): a record, when it is a card.
    fn emit(&mut self, card: RawCard) {
        if !card.is_card() {
            return;
        }
        let index = self.index;
        self.index += 1;
        self.ready.push_back(to_record(card, index));
    }

    /// The held cards were cards of their own: the parent lacks its END.
    fn apart(&mut self) {
        let Some(mut parent) = self.parent.take() else {
            return;
        };
        let next = self.unsure.first().or(self.card.as_ref()).map(|c| c.line);
        parent.cuts.push(Cut {
            line: parent.line,
            what: CutKind::NoEnd { next },
        });
        self.emit(parent);
        for c in std::mem::take(&mut self.unsure) {
            self.emit(c);
        }
    }

    /// The held cards were nested in the parent after all: they are left out, and the
    /// parent is read on.
    fn nested(&mut self) {
        let Some(mut parent) = self.parent.take() else {
            return;
        };
        for c in std::mem::take(&mut self.unsure) {
            parent.cuts.push(Cut {
                line: c.line,
                what: CutKind::Nested { line: c.line },
            });
        }
        self.card = Some(parent);
    }

    fn on_line(&mut self, l: Logical) {
        let line = l.line;
        let kind = Self::kind(l);
        if self.agent_depth > 0 {
            let after_agent = self
                .card
                .as_ref()
                .is_some_and(|c| c.last.as_deref() == Some("AGENT"));
            match kind {
                Kind::Begin if after_agent => self.agent_depth += 1,
                // The agent's card lacks its END: this card is not nested in it.
                Kind::Begin => self.agent_depth = 0,
                Kind::End => {
                    self.agent_depth -= 1;
                    if let Some(c) = self.card.as_mut() {
                        c.last = None;
                    }
                    return;
                }
                Kind::Property(p) => {
                    if let Some(c) = self.card.as_mut() {
                        c.last = Some(p.name);
                    }
                    return;
                }
                Kind::Other => return,
            }
            if self.agent_depth > 0 {
                return;
            }
        }
        let Some(card) = self.card.as_mut() else {
            // Between cards.
            match kind {
                Kind::Begin => {
                    if self.parent.is_some() && self.unsure.len() >= UNSURE {
                        self.apart();
                    }
                    self.card = Some(RawCard::new(line, true));
                }
                Kind::End if self.parent.is_some() => {
                    self.nested();
                    if let Some(c) = self.card.take() {
                        self.emit(c);
                    }
                }
                Kind::End => {}
                Kind::Property(p) => {
                    // Without BEGIN: the rest of the parent if END:VCARD follows (the held
                    // cards were nested), else stray lines or a card without its BEGIN.
                    let mut card = RawCard::new(line, false);
                    card.push(p);
                    self.card = Some(card);
                }
                Kind::Other => {
                    if let Some(parent) = self.parent.as_mut() {
                        parent.cuts.push(Cut {
                            line,
                            what: CutKind::NotAProperty,
                        });
                    }
                }
            }
            return;
        };
        let orphan = !card.explicit_begin && self.parent.is_some();
        match kind {
            Kind::Begin if card.last.as_deref() == Some("AGENT") => self.agent_depth = 1,
            Kind::Begin if orphan => {
                // Lines after the held cards, then a card: the held cards were cards.
                let lines = self.card.take();
                self.apart();
                if let Some(c) = lines {
                    self.emit(c);
                }
                self.card = Some(RawCard::new(line, true));
            }
            Kind::End if orphan => {
                // The parent's last properties and its END: the held cards were nested.
                let rest = self.card.take();
                self.nested();
                if let (Some(parent), Some(rest)) = (self.card.as_mut(), rest) {
                    for p in rest.props {
                        parent.push(p);
                    }
                    parent.cuts.extend(rest.cuts);
                }
                if let Some(c) = self.card.take() {
                    self.emit(c);
                }
            }
            Kind::Begin => {
                if self.parent.is_some() {
                    // A card held as maybe nested has a BEGIN inside it too: the parent was
                    // not closed, and neither is this one.
                    self.apart();
                }
                self.parent = self.card.take();
                self.card = Some(RawCard::new(line, true));
            }
            Kind::End => {
                if let Some(c) = self.card.take() {
                    if self.parent.is_some() {
                        self.unsure.push(c);
                    } else {
                        self.emit(c);
                    }
                }
            }
            Kind::Property(p) => card.push(p),
            Kind::Other => {
                card.last = None;
                card.cuts.push(Cut {
                    line,
                    what: CutKind::NotAProperty,
                });
            }
        }
    }

    /// The end of the file: what is still open ends here.
    fn finish(&mut self) {
        if self.parent.is_some() {
            self.apart();
        }
        if let Some(mut c) = self.card.take() {
            if c.explicit_begin {
                c.cuts.push(Cut {
                    line: c.line,
                    what: CutKind::NoEnd { next: None },
                });
            }
            self.emit(c);
        }
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = io::Result<Parsed>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(r) = self.ready.pop_front() {
                return Some(Ok(r));
            }
            if self.done {
                return None;
            }
            match self.logical() {
                Ok(Some(l)) => self.on_line(l),
                Ok(None) => {
                    self.done = true;
                    self.finish();
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::vcard::read;

    /// Each record as `line name [cut kinds at lines]`, or `line skipped`.
    fn shape(text: &str) -> Vec<String> {
        read(text.as_bytes())
            .into_iter()
            .map(|p| match p {
                Ok(r) => {
                    let cuts: Vec<String> = r
                        .cuts
                        .iter()
                        .map(|c| format!("{}@{}", c.what.kind(), c.line))
                        .collect();
                    format!("{} {} {}", r.line, r.contact.name, cuts.join(","))
                        .trim_end()
                        .to_owned()
                }
                Err(e) => format!("{} skipped", e.line),
            })
            .collect()
    }

    fn card(name: &str) -> String {
        format!("BEGIN:VCARD\nFN:{name}\nEND:VCARD\n")
    }

    #[test]
    fn a_card_without_end_ends_at_the_next_begin() {
        let text = format!("BEGIN:VCARD\nFN:Zoë\n{}{}", card("Ana"), card("Luc"));
        assert_eq!(
            shape(&text),
            ["1 Zoë no_end@1", "3 Ana", "6 Luc"],
            "the next card's line is said"
        );
        let r = read(text.as_bytes());
        let cut = &r[0].as_ref().unwrap().cuts[0];
        assert_eq!(cut.what, CutKind::NoEnd { next: Some(3) });
        let indexes: Vec<usize> = r.iter().map(|p| p.as_ref().unwrap().index).collect();
        assert_eq!(indexes, [0, 1, 2]);
        // Two in a row, and one cut by the end of the file.
        let text = "BEGIN:VCARD\nFN:Zoë\nBEGIN:VCARD\nFN:Ana\nBEGIN:VCARD\nFN:Luc";
        assert_eq!(
            shape(text),
            ["1 Zoë no_end@1", "3 Ana no_end@3", "5 Luc no_end@5"]
        );
    }

    #[test]
    fn more_held_cards_than_unsure_are_cards_of_their_own() {
        let mut text = String::from("BEGIN:VCARD\nFN:Zoë\n");
        for i in 0..UNSURE + 3 {
            text.push_str(&card(&format!("P{i}")));
        }
        text.push_str("TEL:1\nEND:VCARD\n");
        let s = shape(&text);
        // Zoë and every card, then the TEL and END left over: a card without BEGIN or name.
        assert_eq!(s.len(), UNSURE + 5, "{s:?}");
        assert_eq!(s[UNSURE + 4], format!("{} skipped", 3 + 3 * (UNSURE + 3)));
        assert_eq!(s[0], "1 Zoë no_end@1");
        assert_eq!(s[UNSURE + 1], format!("{} P{UNSURE}", 3 + 3 * UNSURE));
        // Exactly UNSURE held cards still wait for the parent's END.
        let mut text = String::from("BEGIN:VCARD\nFN:Zoë\n");
        for i in 0..UNSURE {
            text.push_str(&card(&format!("P{i}")));
        }
        text.push_str("TEL:1\nEND:VCARD\n");
        assert_eq!(shape(&text).len(), 1);
    }

    #[test]
    fn cards_nested_without_agent_are_left_out_when_the_outer_card_goes_on() {
        // AOSP's test file: two cards inside, then the outer card's TEL and END.
        let text = format!(
            "BEGIN:VCARD\nN:parent\n{}{}TEL:1\nEND:VCARD\n",
            card("a"),
            card("b")
        );
        let r = read(text.as_bytes());
        assert_eq!(r.len(), 1);
        let parent = r[0].as_ref().unwrap();
        assert_eq!(parent.contact.phones[0].value, "1");
        let kinds: Vec<_> = parent
            .cuts
            .iter()
            .map(|c| (c.what.clone(), c.line))
            .collect();
        assert_eq!(
            kinds,
            [
                (CutKind::Nested { line: 3 }, 3),
                (CutKind::Nested { line: 6 }, 6)
            ]
        );
        // An END:VCARD alone after them says the same.
        let text = format!("BEGIN:VCARD\nN:parent\n{}END:VCARD\n", card("a"));
        assert_eq!(shape(&text), ["1 parent nested_card@3"]);
    }

    #[test]
    fn lines_after_held_cards_without_end_do_not_swallow_them() {
        // A file cut inside the next BEGIN line: the held cards are cards.
        let text = format!(
            "BEGIN:VCARD\nFN:Zoë\n{}{}BEGIN:VC",
            card("Ana"),
            card("Luc")
        );
        assert_eq!(shape(&text), ["1 Zoë no_end@1", "3 Ana", "6 Luc"]);
        // Stray lines, then a card.
        let text = format!(
            "BEGIN:VCARD\nFN:Zoë\n{}X-JUNK:1\n{}",
            card("Ana"),
            card("Luc")
        );
        assert_eq!(shape(&text), ["1 Zoë no_end@1", "3 Ana", "7 Luc"]);
        // A card without BEGIN after them is a card of its own.
        let text = format!(
            "BEGIN:VCARD\nFN:Zoë\n{}FN:Luc\nEMAIL:l@e.org\n",
            card("Ana")
        );
        assert_eq!(shape(&text), ["1 Zoë no_end@1", "3 Ana", "6 Luc"]);
        let text = format!(
            "BEGIN:VCARD\nFN:Zoë\n{}FN:Luc\n{}",
            card("Ana"),
            card("Léa")
        );
        assert_eq!(shape(&text), ["1 Zoë no_end@1", "3 Ana", "6 Luc", "7 Léa"]);
    }

    #[test]
    fn agent_nests_the_card_after_it_and_only_it() {
        let text = "BEGIN:VCARD\nFN:Zoë\nAGENT:\nBEGIN:VCARD\nFN:Assistante\nAGENT:\nBEGIN:VCARD\nFN:Deep\nEND:VCARD\nEND:VCARD\nTEL:2\nEND:VCARD\n";
        let r = read(text.as_bytes());
        assert_eq!(r.len(), 1, "{r:?}");
        let zoe = r[0].as_ref().unwrap();
        assert_eq!(zoe.contact.name, "Zoë");
        assert_eq!(zoe.contact.phones[0].value, "2");
        assert!(zoe.cuts.is_empty(), "{:?}", zoe.cuts);
        // An agent's card without END: the next BEGIN is the next card.
        let text = format!(
            "BEGIN:VCARD\nFN:Zoë\nAGENT:\nBEGIN:VCARD\nFN:Assistante\n{}",
            card("Ana")
        );
        let s = shape(&text);
        assert_eq!(s.last().unwrap(), "6 Ana", "{s:?}");
        // A property between AGENT and BEGIN: the BEGIN is not the agent's.
        let text = format!("BEGIN:VCARD\nFN:Zoë\nAGENT:\nTEL:1\n{}", card("Ana"));
        assert_eq!(shape(&text), ["1 Zoë no_end@1", "5 Ana"]);
    }

    #[test]
    fn a_soft_break_joins_the_next_line_unless_it_begins_or_ends_a_card() {
        let text = "BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:Zo=\n=C3=AB\nNOTE;ENCODING=QUOTED-PRINTABLE:fin=\nEND:VCARD\nBEGIN:VCARD\nFN:Ana\nNOTE;ENCODING=QUOTED-PRINTABLE:x=\nBEGIN:VCARD\nFN:Luc\nEND:VCARD\n";
        let r = read(text.as_bytes());
        let names: Vec<_> = r
            .iter()
            .map(|p| p.as_ref().unwrap().contact.name.clone())
            .collect();
        assert_eq!(names, ["Zoë", "Ana", "Luc"]);
        assert_eq!(r[0].as_ref().unwrap().notes[0].1, "fin");
    }

    #[test]
    fn a_line_that_is_not_a_property_is_said() {
        assert_eq!(
            shape("BEGIN:VCARD\nFN:Zoë\n# comment\nEND:VCARD\n"),
            ["1 Zoë not_a_property@3"]
        );
        // Outside any card, lines that say nothing of a person are no card.
        assert_eq!(
            shape("PRODID:x\n\nBEGIN:VCARD\nFN:Zoë\nEND:VCARD\n"),
            ["3 Zoë"]
        );
        // Blank lines inside a fold are passed over.
        assert_eq!(shape("BEGIN:VCARD\nFN:Zo\n\n ë\nEND:VCARD\n"), ["1 Zoë"]);
    }

    #[test]
    fn a_card_holds_at_most_max_card_of_values() {
        let note = "x".repeat(MAX_VALUE - 10);
        let mut text = String::from("BEGIN:VCARD\nFN:Zoë\n");
        for _ in 0..5 {
            text.push_str(&format!("NOTE:{note}\n"));
        }
        text.push_str("PHOTO:ignored\nEND:VCARD\n");
        let r = read(text.as_bytes());
        let zoe = r[0].as_ref().unwrap();
        assert_eq!(zoe.notes.len(), 4, "the fifth note would pass MAX_CARD");
        assert_eq!(zoe.cuts.len(), 1);
        assert_eq!(zoe.cuts[0].what, CutKind::CardTooLarge { limit: MAX_CARD });
        assert_eq!(zoe.cuts[0].line, 7);
        // Properties carnet does not keep are not held, whatever their size.
        let photo = "A".repeat(3 * MAX_VALUE);
        let text = format!("BEGIN:VCARD\nFN:Zoë\nPHOTO:{photo}\n {photo}\nEND:VCARD\n");
        assert_eq!(shape(&text), ["1 Zoë"]);
    }
}
