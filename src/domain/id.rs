//! Identities of playbooks and of the records inside them.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An identity: 32 lowercase hex digits. Ids name storage keys and URLs, so they are checked
/// wherever they come from outside.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Id(String);

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^[0-9a-f]{32}$", "description": "32 lowercase hex digits" })
    }
}

impl Id {
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn parse(text: &str) -> Option<Self> {
        let valid =
            text.len() == 32 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        valid.then(|| Self(text.to_owned()))
    }

    /// The id of a record being read until its own is read (`document::read_record`), which
    /// refuses a record whose id is missing: it never leaves the reader.
    pub(crate) fn unread() -> Self {
        Self(String::new())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Id {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text).ok_or_else(|| format!("“{text}” is not an id (32 hex digits)"))
    }
}

impl From<Id> for String {
    fn from(id: Id) -> Self {
        id.0
    }
}

/// Ids that tests can name: the same on every run, so an expected text can hold them.
#[cfg(test)]
pub(crate) mod sequential {
    use super::Id;

    /// Id number `n`: the byte `n` sixteen times, so `id(171)` is `abab…ab`.
    pub(crate) fn id(n: u8) -> Id {
        Id::from_random_bytes([n; 16])
    }

    /// Fresh ids for code that asks for them as it goes (the example, a duplicate): ids 1, 2,
    /// 3, and so on.
    pub(crate) fn fresh_ids() -> impl FnMut() -> Id {
        let mut n = 0;
        move || {
            n += 1;
            id(n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sequential::id;
    use super::*;

    #[test]
    fn ids_are_32_hex_digits() {
        assert_eq!(id(171).as_str(), "ab".repeat(16));
        assert!(Id::parse(&"ab".repeat(16)).is_some());
        for bad in [
            "",
            "xyz",
            &"AB".repeat(16),
            &"a".repeat(31),
            "../../etc/passwd",
        ] {
            assert!(Id::parse(bad).is_none(), "{bad:?} accepted");
        }
    }
}
