//! `EventId`, an event's identifier: text that reads like a `&str`, kept inside the event when
//! it is short (a dataset's `gdelt-1042193367`, up to 22 bytes) and on the heap otherwise, so
//! that a million dataset events cost no allocation for their ids.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// The longest id kept inline, in bytes: as much as fits in the 24 bytes a `String` takes.
const INLINE: usize = 22;

/// An event's identifier. It derefs to `str` and compares, orders and hashes as its text.
#[derive(Clone)]
pub struct EventId(Repr);

#[derive(Clone)]
enum Repr {
    /// The first `len` bytes of `bytes` are the id (valid UTF-8).
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Heap(Box<str>),
}

impl EventId {
    /// The id `text`.
    pub fn new(text: &str) -> EventId {
        if text.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..text.len()].copy_from_slice(text.as_bytes());
            EventId(Repr::Inline {
                len: text.len() as u8,
                bytes,
            })
        } else {
            EventId(Repr::Heap(text.into()))
        }
    }

    /// `prefix` followed by the decimal digits of `n` (`gdelt-1042193367`), without a
    /// temporary `String` when it is short.
    pub fn numbered(prefix: &str, n: u64) -> EventId {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let digits = &digits[at..];
        let len = prefix.len() + digits.len();
        if len <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..prefix.len()].copy_from_slice(prefix.as_bytes());
            bytes[prefix.len()..len].copy_from_slice(digits);
            EventId(Repr::Inline {
                len: len as u8,
                bytes,
            })
        } else {
            let mut text = String::with_capacity(len);
            text.push_str(prefix);
            // ASCII digits.
            text.extend(digits.iter().map(|&d| char::from(d)));
            EventId(Repr::Heap(text.into()))
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => std::str::from_utf8(&bytes[..usize::from(*len)])
                .expect("an inline id holds the bytes of a str"),
            Repr::Heap(text) => text,
        }
    }
}

impl Deref for EventId {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for EventId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for EventId {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl Default for EventId {
    fn default() -> Self {
        EventId::new("")
    }
}

impl From<&str> for EventId {
    fn from(text: &str) -> Self {
        EventId::new(text)
    }
}

impl From<String> for EventId {
    fn from(text: String) -> Self {
        if text.len() <= INLINE {
            EventId::new(&text)
        } else {
            EventId(Repr::Heap(text.into_boxed_str()))
        }
    }
}

impl From<&String> for EventId {
    fn from(text: &String) -> Self {
        EventId::new(text)
    }
}

impl From<EventId> for String {
    fn from(id: EventId) -> Self {
        id.as_str().to_string()
    }
}

impl PartialEq for EventId {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for EventId {}

impl PartialOrd for EventId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for EventId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for EventId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for EventId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for EventId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for EventId {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<EventId> for str {
    fn eq(&self, other: &EventId) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<EventId> for &str {
    fn eq(&self, other: &EventId) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<EventId> for String {
    fn eq(&self, other: &EventId) -> bool {
        self.as_str() == other.as_str()
    }
}

impl fmt::Debug for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_id_takes_no_more_room_than_a_string() {
        assert_eq!(
            std::mem::size_of::<EventId>(),
            std::mem::size_of::<String>()
        );
    }

    #[test]
    fn short_ids_stay_inline_and_long_ones_go_to_the_heap() {
        assert!(matches!(
            EventId::new("gdelt-1042193367").0,
            Repr::Inline { .. }
        ));
        assert!(matches!(
            EventId::new("2020-09-29-kremlin-urges-turkey/turkey").0,
            Repr::Heap(_)
        ));
        assert_eq!(EventId::numbered("gdelt-", 0).as_str(), "gdelt-0");
        assert_eq!(
            EventId::numbered("gdelt-", u64::MAX).as_str(),
            format!("gdelt-{}", u64::MAX)
        );
        assert_eq!(
            EventId::numbered("a-long-prefix-of-twenty-", 7).as_str(),
            "a-long-prefix-of-twenty-7"
        );
    }

    proptest! {
        #[test]
        fn an_id_is_its_text(a in "\\PC{0,30}", b in "\\PC{0,30}", n: u64) {
            let (x, y) = (EventId::new(&a), EventId::from(b.clone()));
            prop_assert_eq!(x.as_str(), a.as_str());
            prop_assert_eq!(y.as_str(), b.as_str());
            prop_assert_eq!(x.cmp(&y), a.cmp(&b));
            prop_assert_eq!(x == y, a == b);
            prop_assert_eq!(format!("{x:?}"), format!("{a:?}"));
            let numbered = EventId::numbered(&a, n);
            prop_assert_eq!(numbered.as_str(), format!("{a}{n}"));
        }
    }
}
