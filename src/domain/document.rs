//! Reads a parsed JSON document into the domain types exactly as `serde_json::from_value` does,
//! the same values read and the same complaints, but offering a struct only a map of its fields.
//! serde_json offers a struct given as a JSON array its fields in order, through a second reader
//! of every field of every type (5 KB of the gzipped first load); here such an array is turned into
//! the map of the fields it holds, and its complaints into the ones serde_json gives. Every
//! struct of a playbook is written through it too (`Written`), as its derived `Serialize` would
//! write it.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Error, Map, Value};

use super::id::Id;
use super::iso8601;

/// `serde_json::from_value`, structs read from maps only.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    T::deserialize(Document(value))
}

/// Reads a text the app wrote itself (the stored index, a kept change) as a `T`: parsed as a
/// `Value` first, so serde_json's text parser is compiled once, for `Value`, not once more for
/// every type read from text. Such a text never holds a key twice, the one thing reading a map
/// first would let through.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Option<T> {
    from_value(serde_json::from_str(text).ok()?).ok()
}

/// Whether `value` reads as a `T`.
pub fn reads<T: DeserializeOwned>(value: &Value) -> bool {
    from_value::<T>(value.clone()).is_ok()
}

/// Reads one of a closed set of options without fields, stored by id, as serde's derived
/// `Deserialize` of such an enum reads it (`#[serde(rename = id)]` on each variant), with the same
/// complaints: the position of its id in `ids`. One reader serves every such enum.
pub fn read_choice<'de, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
    ids: &'static [&'static str],
) -> Result<usize, D::Error> {
    deserializer.deserialize_enum(name, ids, Choice { name, ids })
}

struct Choice {
    name: &'static str,
    ids: &'static [&'static str],
}

impl<'de> Visitor<'de> for Choice {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", self.name)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (at, variant) = data.variant_seed(ChoiceId(self.ids))?;
        variant.unit_variant()?;
        Ok(at)
    }
}

/// The id of an option: its position in the list.
struct ChoiceId(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for ChoiceId {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for ChoiceId {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: de::Error>(self, at: u64) -> Result<usize, E> {
        match usize::try_from(at) {
            Ok(at) if at < self.0.len() => Ok(at),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(at),
                &format!("variant index 0 <= i < {}", self.0.len()).as_str(),
            )),
        }
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|known| *known == id)
            .ok_or_else(|| E::unknown_variant(id, self.0))
    }

    fn visit_bytes<E: de::Error>(self, id: &[u8]) -> Result<usize, E> {
        match self.0.iter().position(|known| known.as_bytes() == id) {
            Some(at) => Ok(at),
            None => Err(E::unknown_variant(&String::from_utf8_lossy(id), self.0)),
        }
    }
}

/// A struct read field by field through `read_record`, as serde's derived reader reads it (the
/// same values, defaults and complaints), but by one reader for every such struct: the derived
/// one is compiled once per struct, with every field's reading inlined (15 KB of the gzipped
/// first load for the strategy alone). A record names its fields and lends each one out.
pub trait Record {
    /// The struct's name, as its complaints give it ("expected struct Milestone").
    fn name(&self) -> &'static str;
    /// The fields' names in a file, in order.
    fn fields(&self) -> &'static [&'static str];
    /// The field at `at` of `fields`.
    fn field(&mut self, at: usize) -> Field<'_>;
    /// The fields without a default, so that a record without one of them is refused; by
    /// default (`None`), an id alone. (The same for every struct, the default is compiled once.)
    fn needs(&self) -> Option<&'static [&'static str]> {
        None
    }
    /// The field at `at` of `fields`, to be written.
    fn written(&self, at: usize) -> FieldRef<'_>;
    /// Whether the field at `at` is left out of what is written, as a derived `Serialize`
    /// leaves out a field with `skip_serializing_if`: by default, none is.
    fn omitted(&self, _at: usize) -> bool {
        false
    }
}

/// Makes a struct a `Record` read by `read_record`, its `Deserialize` that reader and its `Clone`
/// `copy`: its fields
/// in order (`needs` the ones without a default, by default an id alone), each lent out by the
/// kind of value it holds (`Slot`), the ones `Written` leaves out when a rule holds (`omits`,
/// as the struct's `skip_serializing_if`), and the record the reader starts from (`from`).
macro_rules! record {
    (
        $name:ident { $first:ident $(, $field:ident)* }
        $(needs [$($needed:ident),*])?
        $(omits [$($omitted:ident if $rule:path),*])?
        from $blank:expr
    ) => {
        impl $crate::domain::document::Record for $name {
            fn name(&self) -> &'static str {
                stringify!($name)
            }

            fn fields(&self) -> &'static [&'static str] {
                &[stringify!($first) $(, stringify!($field))*]
            }

            // A struct of one field has no index to count.
            #[allow(unused_mut, unused_variables)]
            fn field(&mut self, at: usize) -> $crate::domain::document::Field<'_> {
                use $crate::domain::document::Slot;
                let mut index = 0;
                $(
                    index += 1;
                    if at == index {
                        return self.$field.slot();
                    }
                )*
                self.$first.slot()
            }

            #[allow(unused_mut, unused_variables)]
            fn written(&self, at: usize) -> $crate::domain::document::FieldRef<'_> {
                use $crate::domain::document::Slot;
                let mut index = 0;
                $(
                    index += 1;
                    if at == index {
                        return self.$field.slot_ref();
                    }
                )*
                self.$first.slot_ref()
            }

            $(
                fn omitted(&self, at: usize) -> bool {
                    let name = self.fields().get(at).copied();
                    $(
                        if name == Some(stringify!($omitted)) {
                            return $rule(&self.$omitted);
                        }
                    )*
                    false
                }
            )?

            $(
                fn needs(&self) -> Option<&'static [&'static str]> {
                    Some(&[$(stringify!($needed)),*])
                }
            )?
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let mut record = $blank;
                $crate::domain::document::read_record(deserializer, &mut record)?;
                Ok(record)
            }
        }

        // Compared as a derived `PartialEq` would compare it, by the one comparison of every
        // record.
        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                $crate::domain::document::same(self, other)
            }
        }

        // Copied as a derived `Clone` would copy it, by the one copy of every record.
        impl Clone for $name {
            fn clone(&self) -> Self {
                let mut copy = $blank;
                $crate::domain::document::copy(self, &mut copy);
                copy
            }
        }
    };
}

pub(crate) use record;

/// A field of a record by the kind of value it holds, for `record!`. A date is written as
/// `iso8601::OptionalDate`, a timestamp as `iso8601::Timestamp` or `OptionalTimestamp`.
pub trait Slot {
    fn slot(&mut self) -> Field<'_>;
    fn slot_ref(&self) -> FieldRef<'_>;
}

macro_rules! slots {
    ($($type:ty => $kind:ident),* $(,)?) => {$(
        impl Slot for $type {
            fn slot(&mut self) -> Field<'_> {
                Field::$kind(self)
            }

            fn slot_ref(&self) -> FieldRef<'_> {
                FieldRef::$kind(self)
            }
        }
    )*};
}

slots! {
    Id => Id,
    String => Text,
    Option<String> => OptionalText,
    bool => Flag,
    u32 => Count,
    Option<Id> => Link,
    Option<NaiveDate> => Date,
    NaiveDate => Day,
    Vec<Id> => Ids,
    Vec<String> => Texts,
    DateTime<Utc> => Timestamp,
    Option<DateTime<Utc>> => OptionalTimestamp,
}

/// A field of a `Record`, by the kind of value it holds. A field the reader does not find
/// keeps its value in the record as handed to the reader, its default, unless it is required.
pub enum Field<'a> {
    Id(&'a mut Id),
    Text(&'a mut String),
    OptionalText(&'a mut Option<String>),
    Flag(&'a mut bool),
    Count(&'a mut u32),
    Link(&'a mut Option<Id>),
    /// `#[serde(with = "iso8601::OptionalDate")]`.
    Date(&'a mut Option<NaiveDate>),
    /// `#[serde(with = "iso8601::Date")]`: a day that is always there.
    Day(&'a mut NaiveDate),
    /// A list of ids, such as the milestones a review marks reached.
    Ids(&'a mut Vec<Id>),
    /// A list of texts, such as the keys the stored index names.
    Texts(&'a mut Vec<String>),
    /// `#[serde(with = "iso8601::Timestamp")]`.
    Timestamp(&'a mut DateTime<Utc>),
    /// `#[serde(with = "iso8601::OptionalTimestamp")]`.
    OptionalTimestamp(&'a mut Option<DateTime<Utc>>),
    Choice(&'a mut dyn OptionalChoice),
    /// A set of options, as serde reads a `BTreeSet` of them.
    Choices(&'a mut dyn ChoiceSet),
    /// An option that may carry a value, as serde reads an `Option` of a derived enum.
    Tagged(&'a mut dyn OptionalTagged),
    List(&'a mut dyn RecordList),
    /// Records by text keys, as serde reads a `BTreeMap<String, _>` of them.
    Map(&'a mut dyn RecordMap),
    Record(&'a mut dyn Record),
}

/// A field of a `Record` lent out to be written, by the kind of value it holds, as `Field`
/// lends it out to be read.
pub enum FieldRef<'a> {
    Id(&'a Id),
    Text(&'a String),
    OptionalText(&'a Option<String>),
    Flag(&'a bool),
    Count(&'a u32),
    Link(&'a Option<Id>),
    Date(&'a Option<NaiveDate>),
    Day(&'a NaiveDate),
    Ids(&'a Vec<Id>),
    Texts(&'a Vec<String>),
    Timestamp(&'a DateTime<Utc>),
    OptionalTimestamp(&'a Option<DateTime<Utc>>),
    Choice(&'a dyn OptionalChoice),
    Choices(&'a dyn ChoiceSet),
    Tagged(&'a dyn OptionalTagged),
    List(&'a dyn RecordList),
    Map(&'a dyn RecordMap),
    Record(&'a dyn Record),
}

/// A set of options of a closed set, as `read_choice` reads each.
pub trait ChoiceSet {
    /// The options' name and ids, as `read_choice` takes them.
    fn choices(&self) -> (&'static str, &'static [&'static str]);
    /// Adds the option at `at` of the ids.
    fn insert(&mut self, at: usize);
    /// The options held, by their place in the ids, in the order they are written.
    fn chosen(&self) -> Vec<usize>;
}

/// What an option of an `OptionalTagged` carries.
#[derive(PartialEq)]
pub enum Payload {
    Nothing,
    /// `#[serde(with = "iso8601::Date")]`.
    Date(NaiveDate),
    Text(String),
}

/// A field holding an option of a closed set, or none, where an option may carry a value.
pub trait OptionalTagged {
    /// The options' name and ids.
    fn tags(&self) -> (&'static str, &'static [&'static str]);
    /// What the option at `at` carries (the value it is given is only its kind).
    fn payload(&self, at: usize) -> Payload;
    /// Sets the option at `at` of the ids with what it carries, or none.
    fn set(&mut self, tagged: Option<(usize, Payload)>);
    /// The option held, at its place in the ids, with what it carries, or none.
    fn tagged(&self) -> Option<(usize, Payload)>;
}

/// Records by text keys.
pub trait RecordMap {
    /// The record of `key`, with its defaults (replacing one already there), to be read into.
    fn insert_default(&mut self, key: String) -> &mut dyn Record;
    /// Every record with its key, in key order.
    fn records(&self) -> Vec<(&str, &dyn Record)>;
}

/// A field holding one of a closed set of options or none, as `read_choice` reads one.
pub trait OptionalChoice {
    /// The options' name and ids, as `read_choice` takes them.
    fn choices(&self) -> (&'static str, &'static [&'static str]);
    /// Sets the option at `at` of the ids, or none.
    fn choose(&mut self, at: Option<usize>);
    /// The option held, by its place in the ids, or none.
    fn chosen(&self) -> Option<usize>;
}

/// A list of records, each read as `read_record` reads one.
pub trait RecordList {
    /// A new record at the end, with its defaults, to be read into.
    fn push_default(&mut self) -> &mut dyn Record;
    /// Every record, in order.
    fn records(&self) -> Vec<&dyn Record>;
}

/// What `read_record` reads a record of a list into: its defaults, with a placeholder for
/// each field it needs, which the reader reads over.
pub trait Blank {
    fn blank() -> Self;
}

impl<T: Record + Blank + 'static> Slot for Vec<T> {
    fn slot(&mut self) -> Field<'_> {
        Field::List(self)
    }

    fn slot_ref(&self) -> FieldRef<'_> {
        FieldRef::List(self)
    }
}

impl<T: Record + Blank + 'static> RecordList for Vec<T> {
    fn push_default(&mut self) -> &mut dyn Record {
        let at = self.len();
        self.push(T::blank());
        &mut self[at]
    }

    fn records(&self) -> Vec<&dyn Record> {
        self.iter().map(|record| record as &dyn Record).collect()
    }
}

/// Reads `record` from `deserializer` as the derived `Deserialize` of its struct would: from a
/// map of its fields (or a list of them in order), each field at most once, the ones missing
/// left at their defaults, a missing id refused.
pub fn read_record<'de, D: Deserializer<'de>>(
    deserializer: D,
    record: &mut dyn Record,
) -> Result<(), D::Error> {
    let (name, fields) = (record.name(), record.fields());
    deserializer.deserialize_struct(name, fields, RecordVisitor(record))
}

struct RecordVisitor<'a>(&'a mut dyn Record);

impl<'de> Visitor<'de> for RecordVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", self.0.name())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let fields = self.0.fields();
        let mut seen = vec![false; fields.len()];
        while let Some(key) = map.next_key_seed(FieldName(fields))? {
            match key {
                Some(at) if seen[at] => return Err(de::Error::duplicate_field(fields[at])),
                Some(at) => {
                    seen[at] = true;
                    map.next_value_seed(FieldSeed(self.0.field(at)))?;
                }
                None => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        match (0..fields.len()).find(|&at| !seen[at] && required(self.0, at)) {
            Some(at) => Err(de::Error::missing_field(fields[at])),
            None => Ok(()),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let fields = self.0.fields();
        for at in 0..fields.len() {
            let required = required(self.0, at);
            if seq
                .next_element_seed(FieldSeed(self.0.field(at)))?
                .is_none()
                && required
            {
                let count = match fields.len() {
                    1 => "1 element".to_owned(),
                    n => format!("{n} elements"),
                };
                let expected = format!("struct {} with {count}", self.0.name());
                return Err(de::Error::invalid_length(at, &expected.as_str()));
            }
        }
        Ok(())
    }
}

/// Whether the field at `at` of `record` has no default, so that a record without it is refused.
fn required(record: &mut dyn Record, at: usize) -> bool {
    match record.needs() {
        Some(needs) => needs.contains(&record.fields()[at]),
        None => matches!(record.field(at), Field::Id(_)),
    }
}

/// A key of a record's map: the position of its field, or none for a key it does not have.
struct FieldName(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldName {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldName {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_u64<E: de::Error>(self, at: u64) -> Result<Option<usize>, E> {
        Ok(usize::try_from(at).ok().filter(|&at| at < self.0.len()))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|name| *name == key))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|name| name.as_bytes() == key))
    }
}

/// Reads a field's value into it.
struct FieldSeed<'a>(Field<'a>);

impl<'de> DeserializeSeed<'de> for FieldSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        match self.0 {
            Field::Id(id) => *id = Id::deserialize(deserializer)?,
            Field::Text(text) => *text = String::deserialize(deserializer)?,
            Field::OptionalText(text) => *text = Option::<String>::deserialize(deserializer)?,
            Field::Flag(flag) => *flag = bool::deserialize(deserializer)?,
            Field::Count(count) => *count = u32::deserialize(deserializer)?,
            Field::Link(link) => *link = Option::<Id>::deserialize(deserializer)?,
            Field::Date(date) => *date = iso8601::OptionalDate::deserialize(deserializer)?,
            Field::Day(day) => *day = iso8601::Date::deserialize(deserializer)?,
            Field::Ids(ids) => *ids = Vec::<Id>::deserialize(deserializer)?,
            Field::Texts(texts) => *texts = Vec::<String>::deserialize(deserializer)?,
            Field::Timestamp(at) => *at = iso8601::Timestamp::deserialize(deserializer)?,
            Field::OptionalTimestamp(at) => {
                *at = iso8601::OptionalTimestamp::deserialize(deserializer)?;
            }
            Field::Choice(choice) => deserializer.deserialize_option(ChoiceSeed(choice))?,
            Field::Choices(set) => deserializer.deserialize_seq(SetVisitor(set))?,
            Field::Tagged(tagged) => deserializer.deserialize_option(TaggedSeed(tagged))?,
            Field::List(list) => deserializer.deserialize_seq(ListVisitor(list))?,
            Field::Map(map) => deserializer.deserialize_map(MapVisitor(map))?,
            Field::Record(record) => read_record(deserializer, record)?,
        }
        Ok(())
    }
}

/// An optional choice, read as serde reads an `Option` of a derived enum.
struct ChoiceSeed<'a>(&'a mut dyn OptionalChoice);

impl<'de> Visitor<'de> for ChoiceSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("option")
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.0.choose(None);
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.0.choose(None);
        Ok(())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let (name, ids) = self.0.choices();
        let at = read_choice(deserializer, name, ids)?;
        self.0.choose(Some(at));
        Ok(())
    }
}

/// A set of options, read as serde reads a `BTreeSet`.
struct SetVisitor<'a>(&'a mut dyn ChoiceSet);

impl<'de> Visitor<'de> for SetVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let (name, ids) = self.0.choices();
        while let Some(at) = seq.next_element_seed(OneChoice(name, ids))? {
            self.0.insert(at);
        }
        Ok(())
    }
}

/// One option, as `read_choice` reads it.
struct OneChoice(&'static str, &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for OneChoice {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        read_choice(deserializer, self.0, self.1)
    }
}

/// An optional tagged option, read as serde reads an `Option` of a derived enum.
struct TaggedSeed<'a>(&'a mut dyn OptionalTagged);

impl<'de> Visitor<'de> for TaggedSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("option")
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.0.set(None);
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.0.set(None);
        Ok(())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let (name, ids) = self.0.tags();
        deserializer.deserialize_enum(name, ids, TaggedVisitor(self.0))
    }
}

struct TaggedVisitor<'a>(&'a mut dyn OptionalTagged);

impl<'de> Visitor<'de> for TaggedVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", self.0.tags().0)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        let (at, variant) = data.variant_seed(ChoiceId(self.0.tags().1))?;
        let payload = match self.0.payload(at) {
            Payload::Nothing => {
                variant.unit_variant()?;
                Payload::Nothing
            }
            Payload::Date(_) => Payload::Date(variant.newtype_variant_seed(DateSeed)?),
            Payload::Text(_) => Payload::Text(variant.newtype_variant()?),
        };
        self.0.set(Some((at, payload)));
        Ok(())
    }
}

/// `iso8601::Date`, as a seed.
struct DateSeed;

impl<'de> DeserializeSeed<'de> for DateSeed {
    type Value = NaiveDate;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<NaiveDate, D::Error> {
        iso8601::Date::deserialize(deserializer)
    }
}

/// Records by text keys, read as serde reads a `BTreeMap`.
struct MapVisitor<'a>(&'a mut dyn RecordMap);

impl<'de> Visitor<'de> for MapVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            map.next_value_seed(RecordSeed(self.0.insert_default(key)))?;
        }
        Ok(())
    }
}

/// A record, as a seed.
struct RecordSeed<'a>(&'a mut dyn Record);

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        read_record(deserializer, self.0)
    }
}

/// A list of records, read as serde reads a `Vec`.
struct ListVisitor<'a>(&'a mut dyn RecordList);

impl<'de> Visitor<'de> for ListVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(ItemSeed(&mut *self.0))?.is_some() {}
        Ok(())
    }
}

/// The next record of a list.
struct ItemSeed<'a>(&'a mut dyn RecordList);

impl<'de> DeserializeSeed<'de> for ItemSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        read_record(deserializer, self.0.push_default())
    }
}

/// A record written as the derived `Serialize` of its struct writes it (the same fields in the
/// same order, the same values, the same ones left out), by one writer for every struct of a
/// playbook: the derived one is compiled once per struct, every field's writing inlined. Every
/// playbook that is stored or saved as a file is written through it.
pub struct Written<'a>(pub &'a dyn Record);

impl Serialize for Written<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        write_record(self.0, None, serializer)
    }
}

/// A record written as `Written` writes it, except that the field named `.1` holds `.2`: how
/// storage writes a playbook whose interviews it keeps apart, their names in their place.
pub struct WrittenWith<'a>(pub &'a dyn Record, pub &'static str, pub FieldRef<'a>);

impl Serialize for WrittenWith<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        write_record(self.0, Some((self.1, &self.2)), serializer)
    }
}

fn write_record<S: Serializer>(
    record: &dyn Record,
    replaced: Option<(&str, &FieldRef<'_>)>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let fields = record.fields();
    let kept: Vec<usize> = (0..fields.len())
        .filter(|&at| !record.omitted(at))
        .collect();
    let mut out = serializer.serialize_struct(record.name(), kept.len())?;
    for at in kept {
        match replaced {
            Some((name, value)) if name == fields[at] => out.serialize_field(fields[at], value)?,
            _ => out.serialize_field(fields[at], &record.written(at))?,
        }
    }
    out.end()
}

impl Serialize for FieldRef<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            FieldRef::Id(id) => id.serialize(serializer),
            FieldRef::Text(text) => text.serialize(serializer),
            FieldRef::OptionalText(text) => text.serialize(serializer),
            FieldRef::Flag(flag) => flag.serialize(serializer),
            FieldRef::Count(count) => count.serialize(serializer),
            FieldRef::Link(link) => link.serialize(serializer),
            FieldRef::Date(date) => iso8601::OptionalDate::serialize(date, serializer),
            FieldRef::Day(day) => iso8601::Date::serialize(day, serializer),
            FieldRef::Ids(ids) => ids.serialize(serializer),
            FieldRef::Texts(texts) => texts.serialize(serializer),
            FieldRef::Timestamp(at) => iso8601::Timestamp::serialize(at, serializer),
            FieldRef::OptionalTimestamp(at) => {
                iso8601::OptionalTimestamp::serialize(at, serializer)
            }
            FieldRef::Choice(choice) => {
                let (name, ids) = choice.choices();
                match choice.chosen() {
                    Some(at) => serializer.serialize_some(&Variant(name, ids, at)),
                    None => serializer.serialize_none(),
                }
            }
            FieldRef::Choices(set) => {
                let (name, ids) = set.choices();
                serializer.collect_seq(set.chosen().into_iter().map(|at| Variant(name, ids, at)))
            }
            FieldRef::Tagged(tagged) => match tagged.tagged() {
                Some((at, payload)) => {
                    serializer.serialize_some(&TaggedVariant(tagged.tags(), at, payload))
                }
                None => serializer.serialize_none(),
            },
            FieldRef::List(list) => serializer.collect_seq(list.records().into_iter().map(Written)),
            FieldRef::Map(map) => serializer.collect_map(
                map.records()
                    .into_iter()
                    .map(|(key, record)| (key, Written(record))),
            ),
            FieldRef::Record(record) => Written(record).serialize(serializer),
        }
    }
}

/// Copies every field of `from` into `into`, a record of the same struct holding its defaults,
/// as a derived `Clone` copies them, by one copy for every struct: the derived one is compiled
/// once per struct, every field's copy inlined.
pub fn copy(from: &dyn Record, into: &mut dyn Record) {
    for at in 0..from.fields().len() {
        match (from.written(at), into.field(at)) {
            (FieldRef::Id(from), Field::Id(into)) => into.clone_from(from),
            (FieldRef::Text(from), Field::Text(into)) => into.clone_from(from),
            (FieldRef::OptionalText(from), Field::OptionalText(into)) => into.clone_from(from),
            (FieldRef::Flag(from), Field::Flag(into)) => *into = *from,
            (FieldRef::Count(from), Field::Count(into)) => *into = *from,
            (FieldRef::Link(from), Field::Link(into)) => into.clone_from(from),
            (FieldRef::Date(from), Field::Date(into)) => *into = *from,
            (FieldRef::Day(from), Field::Day(into)) => *into = *from,
            (FieldRef::Ids(from), Field::Ids(into)) => into.clone_from(from),
            (FieldRef::Texts(from), Field::Texts(into)) => into.clone_from(from),
            (FieldRef::Timestamp(from), Field::Timestamp(into)) => *into = *from,
            (FieldRef::OptionalTimestamp(from), Field::OptionalTimestamp(into)) => *into = *from,
            (FieldRef::Choice(from), Field::Choice(into)) => into.choose(from.chosen()),
            (FieldRef::Choices(from), Field::Choices(into)) => {
                for at in from.chosen() {
                    into.insert(at);
                }
            }
            (FieldRef::Tagged(from), Field::Tagged(into)) => into.set(from.tagged()),
            (FieldRef::List(from), Field::List(into)) => {
                for record in from.records() {
                    copy(record, into.push_default());
                }
            }
            (FieldRef::Map(from), Field::Map(into)) => {
                for (key, record) in from.records() {
                    copy(record, into.insert_default(key.to_owned()));
                }
            }
            (FieldRef::Record(from), Field::Record(into)) => copy(from, into),
            _ => {}
        }
    }
}

/// Whether two records of one struct hold the same values, as a derived `PartialEq` of the
/// struct says, by one comparison for every struct: the derived one is compiled once per
/// struct, every field's comparison inlined.
pub fn same(a: &dyn Record, b: &dyn Record) -> bool {
    (0..a.fields().len()).all(|at| same_field(a.written(at), b.written(at)))
}

fn same_field(a: FieldRef<'_>, b: FieldRef<'_>) -> bool {
    match (a, b) {
        (FieldRef::Id(a), FieldRef::Id(b)) => a == b,
        (FieldRef::Text(a), FieldRef::Text(b)) => a == b,
        (FieldRef::OptionalText(a), FieldRef::OptionalText(b)) => a == b,
        (FieldRef::Flag(a), FieldRef::Flag(b)) => a == b,
        (FieldRef::Count(a), FieldRef::Count(b)) => a == b,
        (FieldRef::Link(a), FieldRef::Link(b)) => a == b,
        (FieldRef::Date(a), FieldRef::Date(b)) => a == b,
        (FieldRef::Day(a), FieldRef::Day(b)) => a == b,
        (FieldRef::Ids(a), FieldRef::Ids(b)) => a == b,
        (FieldRef::Texts(a), FieldRef::Texts(b)) => a == b,
        (FieldRef::Timestamp(a), FieldRef::Timestamp(b)) => a == b,
        (FieldRef::OptionalTimestamp(a), FieldRef::OptionalTimestamp(b)) => a == b,
        (FieldRef::Choice(a), FieldRef::Choice(b)) => a.chosen() == b.chosen(),
        (FieldRef::Choices(a), FieldRef::Choices(b)) => a.chosen() == b.chosen(),
        (FieldRef::Tagged(a), FieldRef::Tagged(b)) => a.tagged() == b.tagged(),
        (FieldRef::List(a), FieldRef::List(b)) => {
            let (a, b) = (a.records(), b.records());
            a.len() == b.len() && a.into_iter().zip(b).all(|(a, b)| same(a, b))
        }
        (FieldRef::Map(a), FieldRef::Map(b)) => {
            let (a, b) = (a.records(), b.records());
            a.len() == b.len()
                && a.into_iter()
                    .zip(b)
                    .all(|((a_key, a), (b_key, b))| a_key == b_key && same(a, b))
        }
        (FieldRef::Record(a), FieldRef::Record(b)) => same(a, b),
        _ => false,
    }
}

/// An option without fields, as serde derives its writing: its id.
struct Variant(&'static str, &'static [&'static str], usize);

impl Serialize for Variant {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Variant(name, ids, at) = *self;
        // An enum's options are far fewer than `u32::MAX`.
        serializer.serialize_unit_variant(name, at as u32, ids[at])
    }
}

/// An option that may carry a value, as serde derives its writing: its id, or its id and what
/// it carries.
struct TaggedVariant((&'static str, &'static [&'static str]), usize, Payload);

impl Serialize for TaggedVariant {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let TaggedVariant((name, ids), at, ref payload) = *self;
        let (index, id) = (at as u32, ids[at]);
        match payload {
            Payload::Nothing => serializer.serialize_unit_variant(name, index, id),
            Payload::Date(day) => {
                serializer.serialize_newtype_variant(name, index, id, &FieldRef::Day(day))
            }
            Payload::Text(text) => serializer.serialize_newtype_variant(name, index, id, text),
        }
    }
}

/// A value of the document being read.
struct Document(Value);

/// What serde_json's `Value` says it found when it is not what was expected.
fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(flag) => Unexpected::Bool(*flag),
        Value::Number(number) => match (number.as_u64(), number.as_i64()) {
            (Some(n), _) => Unexpected::Unsigned(n),
            (None, Some(n)) => Unexpected::Signed(n),
            (None, None) => Unexpected::Float(number.as_f64().unwrap_or_default()),
        },
        Value::String(text) => Unexpected::Str(text),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

fn invalid_type<'de, V: Visitor<'de>>(value: &Value, visitor: &V) -> Error {
    de::Error::invalid_type(unexpected(value), visitor)
}

fn visit_array<'de, V: Visitor<'de>>(items: Vec<Value>, visitor: V) -> Result<V::Value, Error> {
    let len = items.len();
    let mut items = Items(items.into_iter());
    let read = visitor.visit_seq(&mut items)?;
    if items.0.len() == 0 {
        Ok(read)
    } else {
        Err(too_long(len))
    }
}

/// serde_json's complaint about an array with more items than were read.
fn too_long(len: usize) -> Error {
    de::Error::invalid_length(len, &"fewer elements in array")
}

/// Offers `visitor` the fields. What does not depend on the visitor is left to `Fields`, out of
/// line, so that it is not repeated in the wasm for every struct.
fn visit_fields<'de, V: Visitor<'de>>(mut fields: Fields, visitor: V) -> Result<V::Value, Error> {
    match visitor.visit_map(&mut fields) {
        Ok(read) => fields.left_over().map_or(Ok(read), Err),
        Err(error) => Err(fields.complaint(error)),
    }
}

/// serde_json reads the items of a struct given as an array in the order of its fields and
/// complains of the first one missing that has no default, by its place and the number of fields;
/// the map of those items complains of the same field, by its name. (Serde reads an `Option`
/// field missing from a map as `None` even without a default, where it complains of a missing
/// item: every `Option` field of the domain types has a default.)
#[inline(never)]
fn missing_item(error: Error, name: &str, names: &[&str]) -> Error {
    let said = error.to_string();
    match names
        .iter()
        .position(|field| said == format!("missing field `{field}`"))
    {
        Some(at) => {
            let count = match names.len() {
                1 => "1 element".to_owned(),
                n => format!("{n} elements"),
            };
            de::Error::invalid_length(at, &format!("struct {name} with {count}").as_str())
        }
        None => error,
    }
}

impl<'de> Deserializer<'de> for Document {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(flag) => visitor.visit_bool(flag),
            Value::Number(number) => number.deserialize_any(visitor),
            Value::String(text) => visitor.visit_string(text),
            Value::Array(items) => visit_array(items, visitor),
            Value::Object(fields) => visit_fields(Fields::of_object(fields), visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Array(items) => visit_array(items, visitor),
            other => Err(invalid_type(&other, &visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Object(fields) => visit_fields(Fields::of_object(fields), visitor),
            other => Err(invalid_type(&other, &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        names: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match Fields::of_struct(self.0, name, names) {
            Ok(fields) => visit_fields(fields, visitor),
            Err(other) => Err(invalid_type(&other, &visitor)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // The domain's enums are options without fields: nothing inside them is a struct.
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_bool(visitor)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_i8(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_i16(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_i32(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_i64(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_u8(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_u16(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_u32(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_u64(visitor)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_f32(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_f64(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_char(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_str(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_string(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_byte_buf(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(text) => visitor.visit_string(text),
            Value::Array(items) => visit_array(items, visitor),
            other => Err(invalid_type(&other, &visitor)),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_unit(visitor)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_identifier(visitor)
    }
}

/// The items of a JSON array, each read as a `Document`.
struct Items(std::vec::IntoIter<Value>);

impl<'de> SeqAccess<'de> for Items {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.0
            .next()
            .map(|item| seed.deserialize(Document(item)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// The fields of a JSON object, or the items of an array given for a struct named by its
/// fields, each value read as a `Document`.
struct Fields {
    fields: std::vec::IntoIter<(String, Value)>,
    /// How many fields there are.
    len: usize,
    value: Option<Value>,
    /// For a struct given as an array: its name, its fields, and the number of items.
    array: Option<(&'static str, &'static [&'static str], usize)>,
    /// Whether every field has been offered.
    all_read: bool,
}

impl Fields {
    #[inline(never)]
    fn of_object(fields: Map<String, Value>) -> Self {
        Self::new(fields.into_iter().collect(), None)
    }

    fn new(
        fields: Vec<(String, Value)>,
        array: Option<(&'static str, &'static [&'static str], usize)>,
    ) -> Self {
        Self {
            len: fields.len(),
            fields: fields.into_iter(),
            value: None,
            array,
            all_read: false,
        }
    }

    /// The fields offered to a struct; the value itself when it is neither an object nor an
    /// array.
    #[inline(never)]
    fn of_struct(
        value: Value,
        name: &'static str,
        names: &'static [&'static str],
    ) -> Result<Self, Value> {
        match value {
            Value::Object(fields) => Ok(Self::of_object(fields)),
            // A struct given as an array: its items named by the fields in order, read as
            // serde_json reads them, the first complaint about an item first, then one about
            // the length.
            Value::Array(items) => {
                let len = items.len();
                let named = names.iter().map(|name| (*name).to_owned()).zip(items);
                Ok(Self::new(named.collect(), Some((name, names, len))))
            }
            other => Err(other),
        }
    }

    /// After the last field: an array given for a struct with more items than it has fields
    /// is refused once they have been read, as serde_json refuses it.
    #[inline(never)]
    fn end(&mut self) -> Result<(), Error> {
        match self.array {
            Some((_, names, len)) if len > names.len() => Err(too_long(len)),
            _ => {
                self.all_read = true;
                Ok(())
            }
        }
    }

    /// serde_json's complaint when a visitor is done before the last field.
    #[inline(never)]
    fn left_over(&self) -> Option<Error> {
        (self.fields.len() > 0)
            .then(|| de::Error::invalid_length(self.len, &"fewer elements in map"))
    }

    /// The visitor's complaint as serde_json gives it.
    #[inline(never)]
    fn complaint(&self, error: Error) -> Error {
        match self.array {
            // A struct that has had every field complains only of a field it needs that is
            // missing.
            Some((name, names, _)) if self.all_read => missing_item(error, name, names),
            _ => error,
        }
    }
}

impl<'de> MapAccess<'de> for Fields {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.fields.next() else {
            return self.end().map(|()| None);
        };
        self.value = Some(value);
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let value = self
            .value
            .take()
            .ok_or_else(|| <Error as de::Error>::custom("value is missing"))?;
        seed.deserialize(Document(value))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len())
    }
}

/// Fails unless `record` reads exactly the fields of `written`, its written form: a field
/// missing from a `record!` would be written to files but never read back.
#[cfg(test)]
pub(crate) fn reads_every_field_written(record: &dyn Record, written: &serde_json::Value) {
    let mut written: Vec<&str> = written
        .as_object()
        .map(|object| object.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let mut read = record.fields().to_vec();
    written.sort_unstable();
    read.sort_unstable();
    assert_eq!(read, written, "{}", record.name());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::sequential::fresh_ids;
    use crate::domain::playbook::Playbook;

    /// What reading `document` gives: the playbook, or the parser's complaint.
    fn outcome(read: Result<Playbook, Error>) -> Result<Playbook, String> {
        read.map_err(|error| error.to_string())
    }

    fn example() -> Value {
        let now = "2026-11-23T10:00:00Z".parse().unwrap();
        serde_json::to_value(crate::domain::example::example_playbook(fresh_ids(), now)).unwrap()
    }

    /// The example with `value` at `pointer`, read both ways.
    fn both_read(
        pointer: &str,
        value: Value,
    ) -> (Result<Playbook, String>, Result<Playbook, String>) {
        let mut document = example();
        *document.pointer_mut(pointer).unwrap() = value;
        (
            outcome(from_value(document.clone())),
            outcome(serde_json::from_value(document)),
        )
    }

    #[test]
    fn a_struct_given_as_a_list_reads_as_serde_json_reads_it() {
        let goal = example()["strategy"]["goals"]["goals"][0].clone();
        let milestone = goal["milestones"][0].clone();
        let as_list =
            serde_json::json!([milestone["id"], milestone["milestone"], milestone["due"]]);
        let cases = [
            // Every field has a default.
            ("/strategy/goals", serde_json::json!([])),
            ("/strategy/goals", serde_json::json!([[goal]])),
            ("/strategy/goals/goals/0/milestones/0", as_list.clone()),
            // Too short: the id has no default.
            (
                "/strategy/goals/goals/0/milestones/0",
                serde_json::json!([]),
            ),
            // Too long, and too long with a wrong item.
            (
                "/strategy/goals/goals/0/milestones/0",
                serde_json::json!([milestone["id"], "", null, 1]),
            ),
            (
                "/strategy/goals/goals/0/milestones/0",
                serde_json::json!([milestone["id"], 7, null, 1]),
            ),
            (
                "/strategy/goals/goals/0/milestones/0",
                serde_json::json!([milestone["id"], "", "soon"]),
            ),
            (
                "/assessments/0",
                serde_json::json!(["3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "Dana"]),
            ),
        ];
        for (pointer, value) in cases {
            let (ours, theirs) = both_read(pointer, value.clone());
            assert_eq!(ours, theirs, "{pointer} = {value}");
        }
        let (read, _) = both_read("/strategy/goals/goals/0/milestones/0", as_list);
        assert_eq!(
            read.unwrap().strategy.goals.goals[0].milestones[0].milestone,
            milestone["milestone"]
        );
        assert_eq!(
            both_read(
                "/strategy/goals/goals/0/milestones/0",
                serde_json::json!([])
            )
            .0,
            Err("invalid length 0, expected struct Milestone with 3 elements".to_owned())
        );
        assert_eq!(
            both_read(
                "/assessments/0",
                serde_json::json!(["3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "Dana"])
            )
            .0,
            Err("invalid length 8, expected struct Assessment with 10 elements".to_owned())
        );
    }

    #[test]
    fn options_read_as_serde_derives_them() {
        #[derive(Debug, PartialEq, serde::Deserialize)]
        enum Derived {
            #[serde(rename = "first-one")]
            First,
            #[serde(rename = "second")]
            Second,
        }

        #[derive(Debug, PartialEq)]
        struct Ours(usize);

        impl<'de> serde::Deserialize<'de> for Ours {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                read_choice(deserializer, "Derived", &["first-one", "second"]).map(Ours)
            }
        }

        let index = |read: Result<Derived, Error>| {
            read.map(|derived| derived as usize)
                .map_err(|error| error.to_string())
        };
        let ours =
            |read: Result<Ours, Error>| read.map(|Ours(at)| at).map_err(|error| error.to_string());
        let texts = [
            r#""first-one""#,
            r#""second""#,
            r#""First""#,
            r#""""#,
            "1",
            "7",
            "-1",
            "1.5",
            "null",
            "true",
            "[]",
            r#"["second"]"#,
            "{}",
            r#"{"second": null}"#,
            r#"{"second": 1}"#,
            r#"{"third": null}"#,
            r#"{"first-one": null, "second": null}"#,
        ];
        for text in texts {
            let value: Value = serde_json::from_str(text).unwrap();
            let theirs = index(serde_json::from_value(value.clone()));
            assert_eq!(ours(from_value(value.clone())), theirs, "{text}");
            assert_eq!(ours(serde_json::from_value(value)), theirs, "{text}");
            assert_eq!(
                ours(serde_json::from_str(text)),
                index(serde_json::from_str(text)),
                "{text}"
            );
        }
        assert_eq!(ours(serde_json::from_str(r#""second""#)), Ok(1));
    }

    /// A struct with a field of every kind `read_record` reads, twice: read by serde's derived
    /// reader and as a `Record`.
    mod twins {
        use std::collections::{BTreeMap, BTreeSet};

        use super::*;

        #[derive(Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize, serde::Serialize)]
        pub enum Size {
            #[serde(rename = "small")]
            Small,
            #[serde(rename = "large")]
            Large,
        }

        #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
        pub enum Tag {
            #[serde(rename = "done")]
            Done(#[serde(with = "iso8601::Date")] NaiveDate),
            #[serde(rename = "skipped")]
            Skipped(String),
            #[serde(rename = "open")]
            Open,
        }

        #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
        pub struct Derived {
            pub id: Id,
            pub count: u32,
            #[serde(with = "iso8601::Timestamp")]
            pub at: DateTime<Utc>,
            #[serde(default)]
            pub text: String,
            #[serde(default)]
            pub note: Option<String>,
            #[serde(default)]
            pub flag: bool,
            #[serde(default)]
            pub link: Option<Id>,
            #[serde(default, with = "iso8601::OptionalDate")]
            pub due: Option<NaiveDate>,
            #[serde(default, with = "iso8601::OptionalTimestamp")]
            pub seen: Option<DateTime<Utc>>,
            #[serde(default)]
            pub size: Option<Size>,
            #[serde(default)]
            pub sizes: BTreeSet<Size>,
            #[serde(default)]
            pub tag: Option<Tag>,
            #[serde(default)]
            pub parts: Vec<DerivedPart>,
            #[serde(default)]
            pub named: BTreeMap<String, DerivedPart>,
            #[serde(default, with = "iso8601::Date")]
            pub day: NaiveDate,
            #[serde(default)]
            pub ids: Vec<Id>,
            #[serde(default)]
            pub names: Vec<String>,
        }

        #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
        pub struct DerivedPart {
            pub id: Id,
            #[serde(default)]
            pub text: String,
        }

        #[derive(Debug, PartialEq)]
        pub struct Ours {
            pub id: Id,
            pub count: u32,
            pub at: DateTime<Utc>,
            pub text: String,
            pub note: Option<String>,
            pub flag: bool,
            pub link: Option<Id>,
            pub due: Option<NaiveDate>,
            pub seen: Option<DateTime<Utc>>,
            pub size: Option<usize>,
            pub sizes: Sizes,
            pub tag: Tags,
            pub parts: Vec<OursPart>,
            pub named: BTreeMap<String, OursPart>,
            pub day: NaiveDate,
            pub ids: Vec<Id>,
            pub names: Vec<String>,
        }

        #[derive(Debug, Default, PartialEq)]
        pub struct Sizes(pub BTreeSet<usize>);

        /// The tag as its id and what it carries, in words.
        #[derive(Debug, Default, PartialEq)]
        pub struct Tags(pub Option<String>);

        #[derive(Debug, PartialEq)]
        pub struct OursPart {
            pub id: Id,
            pub text: String,
        }

        impl OursPart {
            fn unread() -> Self {
                Self {
                    id: Id::unread(),
                    text: String::new(),
                }
            }
        }

        impl Record for Ours {
            fn name(&self) -> &'static str {
                "Derived"
            }

            fn fields(&self) -> &'static [&'static str] {
                &[
                    "id", "count", "at", "text", "note", "flag", "link", "due", "seen", "size",
                    "sizes", "tag", "parts", "named", "day", "ids", "names",
                ]
            }

            fn field(&mut self, at: usize) -> Field<'_> {
                match at {
                    1 => Field::Count(&mut self.count),
                    2 => Field::Timestamp(&mut self.at),
                    3 => Field::Text(&mut self.text),
                    4 => Field::OptionalText(&mut self.note),
                    5 => Field::Flag(&mut self.flag),
                    6 => Field::Link(&mut self.link),
                    7 => Field::Date(&mut self.due),
                    8 => Field::OptionalTimestamp(&mut self.seen),
                    9 => Field::Choice(&mut self.size),
                    10 => Field::Choices(&mut self.sizes),
                    11 => Field::Tagged(&mut self.tag),
                    12 => Field::List(&mut self.parts),
                    13 => Field::Map(&mut self.named),
                    14 => Field::Day(&mut self.day),
                    15 => Field::Ids(&mut self.ids),
                    16 => Field::Texts(&mut self.names),
                    _ => Field::Id(&mut self.id),
                }
            }

            fn needs(&self) -> Option<&'static [&'static str]> {
                Some(&["id", "count", "at"])
            }

            fn written(&self, at: usize) -> FieldRef<'_> {
                match at {
                    1 => FieldRef::Count(&self.count),
                    2 => FieldRef::Timestamp(&self.at),
                    3 => FieldRef::Text(&self.text),
                    4 => FieldRef::OptionalText(&self.note),
                    5 => FieldRef::Flag(&self.flag),
                    6 => FieldRef::Link(&self.link),
                    7 => FieldRef::Date(&self.due),
                    8 => FieldRef::OptionalTimestamp(&self.seen),
                    9 => FieldRef::Choice(&self.size),
                    10 => FieldRef::Choices(&self.sizes),
                    11 => FieldRef::Tagged(&self.tag),
                    12 => FieldRef::List(&self.parts),
                    13 => FieldRef::Map(&self.named),
                    14 => FieldRef::Day(&self.day),
                    15 => FieldRef::Ids(&self.ids),
                    16 => FieldRef::Texts(&self.names),
                    _ => FieldRef::Id(&self.id),
                }
            }
        }

        impl OptionalChoice for Option<usize> {
            fn choices(&self) -> (&'static str, &'static [&'static str]) {
                ("Size", &["small", "large"])
            }

            fn choose(&mut self, at: Option<usize>) {
                *self = at;
            }

            fn chosen(&self) -> Option<usize> {
                *self
            }
        }

        impl ChoiceSet for Sizes {
            fn choices(&self) -> (&'static str, &'static [&'static str]) {
                ("Size", &["small", "large"])
            }

            fn insert(&mut self, at: usize) {
                self.0.insert(at);
            }

            fn chosen(&self) -> Vec<usize> {
                self.0.iter().copied().collect()
            }
        }

        impl OptionalTagged for Tags {
            fn tags(&self) -> (&'static str, &'static [&'static str]) {
                ("Tag", &["done", "skipped", "open"])
            }

            fn payload(&self, at: usize) -> Payload {
                match at {
                    0 => Payload::Date(NaiveDate::default()),
                    1 => Payload::Text(String::new()),
                    _ => Payload::Nothing,
                }
            }

            fn set(&mut self, tagged: Option<(usize, Payload)>) {
                self.0 = tagged.map(|(at, payload)| match payload {
                    Payload::Date(day) => format!("{at} {day}"),
                    Payload::Text(text) => format!("{at} {text}"),
                    Payload::Nothing => format!("{at}"),
                });
            }

            fn tagged(&self) -> Option<(usize, Payload)> {
                let (at, carried) = self.0.as_deref()?.split_at(1);
                let payload = match at {
                    "0" => Payload::Date(carried.trim().parse().unwrap()),
                    "1" => Payload::Text(carried[1..].to_owned()),
                    _ => Payload::Nothing,
                };
                Some((at.parse().unwrap(), payload))
            }
        }

        impl Record for OursPart {
            fn name(&self) -> &'static str {
                "DerivedPart"
            }

            fn fields(&self) -> &'static [&'static str] {
                &["id", "text"]
            }

            fn field(&mut self, at: usize) -> Field<'_> {
                match at {
                    1 => Field::Text(&mut self.text),
                    _ => Field::Id(&mut self.id),
                }
            }

            fn written(&self, at: usize) -> FieldRef<'_> {
                match at {
                    1 => FieldRef::Text(&self.text),
                    _ => FieldRef::Id(&self.id),
                }
            }
        }

        impl RecordList for Vec<OursPart> {
            fn push_default(&mut self) -> &mut dyn Record {
                self.push(OursPart::unread());
                let at = self.len() - 1;
                &mut self[at]
            }

            fn records(&self) -> Vec<&dyn Record> {
                self.iter().map(|part| part as &dyn Record).collect()
            }
        }

        impl RecordMap for BTreeMap<String, OursPart> {
            fn insert_default(&mut self, key: String) -> &mut dyn Record {
                let part = self.entry(key).or_insert_with(OursPart::unread);
                *part = OursPart::unread();
                part
            }

            fn records(&self) -> Vec<(&str, &dyn Record)> {
                self.iter()
                    .map(|(key, part)| (key.as_str(), part as &dyn Record))
                    .collect()
            }
        }

        impl<'de> serde::Deserialize<'de> for Ours {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let mut ours = Ours {
                    id: Id::unread(),
                    count: 0,
                    at: DateTime::default(),
                    text: String::new(),
                    note: None,
                    flag: false,
                    link: None,
                    due: None,
                    seen: None,
                    size: None,
                    sizes: Sizes::default(),
                    tag: Tags::default(),
                    parts: Vec::new(),
                    named: BTreeMap::new(),
                    day: NaiveDate::default(),
                    ids: Vec::new(),
                    names: Vec::new(),
                };
                read_record(deserializer, &mut ours)?;
                Ok(ours)
            }
        }

        fn part(part: DerivedPart) -> OursPart {
            OursPart {
                id: part.id,
                text: part.text,
            }
        }

        /// What the derived reader read, in `Ours`'s terms.
        pub fn as_ours(derived: Derived) -> Ours {
            Ours {
                id: derived.id,
                count: derived.count,
                at: derived.at,
                text: derived.text,
                note: derived.note,
                flag: derived.flag,
                link: derived.link,
                due: derived.due,
                seen: derived.seen,
                size: derived.size.map(|size| size as usize),
                sizes: Sizes(
                    derived
                        .sizes
                        .into_iter()
                        .map(|size| size as usize)
                        .collect(),
                ),
                tag: Tags(derived.tag.map(|tag| match tag {
                    Tag::Done(day) => format!("0 {day}"),
                    Tag::Skipped(text) => format!("1 {text}"),
                    Tag::Open => "2".to_owned(),
                })),
                parts: derived.parts.into_iter().map(part).collect(),
                named: derived
                    .named
                    .into_iter()
                    .map(|(key, value)| (key, part(value)))
                    .collect(),
                day: derived.day,
                ids: derived.ids,
                names: derived.names,
            }
        }
    }

    #[test]
    fn records_read_as_serde_derives_them() {
        use twins::{as_ours, Derived, Ours};

        let theirs = |read: Result<Derived, Error>| read.map(as_ours).map_err(|e| e.to_string());
        let ours = |read: Result<Ours, Error>| read.map_err(|error| error.to_string());
        let id = r#""3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3""#;
        let at = r#""2026-11-23T10:00:00Z""#;
        let with = |more: &str| format!(r#"{{"id": {id}, "count": 2, "at": {at}{more}}}"#);
        let mut texts = vec![
            with(""),
            with(&format!(
                r#", "text": "a", "note": "n", "flag": true, "link": {id}, "due": "2027-03-31",
                "seen": {at}, "size": "large", "sizes": ["large", "small", "large"],
                "tag": {{"done": "2026-11-24"}}, "parts": [{{"id": {id}, "text": "b"}}],
                "named": {{"x": {{"id": {id}}}, "y": {{"id": {id}, "text": "c"}}}},
                "day": "2026-12-01", "ids": [{id}, {id}], "names": ["a", "b"]"#
            )),
            r#"{"count": 2, "at": "2026-11-23T10:00:00Z"}"#.to_owned(),
            format!(r#"{{"id": {id}, "at": {at}}}"#),
            format!(r#"{{"id": {id}, "count": 2}}"#),
            with(&format!(r#", "id": {id}"#)),
            with(r#", "text": "a", "text": "b""#),
            with(r#", "tag": "open", "tag": "open""#),
            with(
                r#", "named": {"x": {"id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3"}, "x": {"id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "text": "d"}}"#,
            ),
            with(r#", "unknown": [1, {"x": 2}], "text": "a""#),
            r#"{"id": "x", "count": 1, "at": "2026-11-23T10:00:00Z"}"#.to_owned(),
            format!(
                r#"[{id}, 2, {at}, "a", null, false, null, "2027-03-31", null, "small", [], "skipped", [], {{}}]"#
            ),
            format!(r#"[{id}, 2, {at}, "a"]"#),
            format!(r#"[{id}, 2]"#),
            format!(
                r#"[{id}, 2, {at}, "a", null, false, null, null, null, null, [], null, [], {{}}, 7]"#
            ),
            "[]".to_owned(),
            "null".to_owned(),
            "3".to_owned(),
            r#""text""#.to_owned(),
        ];
        let values = [
            "null",
            "true",
            "3",
            "-1",
            "4294967296",
            "1.5",
            r#""""#,
            r#""x""#,
            r#""small""#,
            r#""open""#,
            r#""done""#,
            r#""2026-11-23""#,
            at,
            id,
            "[]",
            r#"["small"]"#,
            r#"["small", "medium"]"#,
            r#"[1]"#,
            "[null]",
            "[{}]",
            r#"[{"id": 3}]"#,
            "{}",
            r#"{"done": "2026-11-23"}"#,
            r#"{"done": "soon"}"#,
            r#"{"done": null}"#,
            r#"{"skipped": "why"}"#,
            r#"{"skipped": 3}"#,
            r#"{"open": null}"#,
            r#"{"open": 1}"#,
            r#"{"later": null}"#,
            r#"{"done": "2026-11-23", "open": null}"#,
            r#"{"x": {}}"#,
            r#"{"x": null}"#,
            r#"{"x": [1]}"#,
        ];
        for field in [
            "id", "count", "at", "text", "note", "flag", "link", "due", "seen", "size", "sizes",
            "tag", "parts", "named", "day", "ids", "names",
        ] {
            for value in values {
                texts.push(
                    with("")
                        .replacen(&format!(r#""{field}": "#), "\"was\": ", 1)
                        .replacen('}', &format!(r#", "{field}": {value}}}"#), 1),
                );
            }
        }
        for text in &texts {
            let value: Value = serde_json::from_str(text).unwrap();
            let derived = theirs(serde_json::from_value(value.clone()));
            assert_eq!(ours(from_value(value.clone())), derived, "{text}");
            assert_eq!(ours(serde_json::from_value(value)), derived, "{text}");
            assert_eq!(
                ours(serde_json::from_str(text)),
                theirs(serde_json::from_str(text)),
                "{text}"
            );
        }
        let read = ours(serde_json::from_str(&texts[1])).unwrap();
        assert_eq!((read.parts.len(), read.named.len()), (1, 2));
        assert_eq!(read.tag.0.as_deref(), Some("0 2026-11-24"));
    }

    #[test]
    fn records_are_written_as_serde_derives_their_writing() {
        use twins::{Derived, Ours};

        let id = r#""3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3""#;
        let at = r#""2026-11-23T10:00:00.120Z""#;
        let with = |more: &str| format!(r#"{{"id": {id}, "count": 2, "at": {at}{more}}}"#);
        let texts = [
            with(""),
            with(&format!(
                r#", "text": "a \"b\"", "note": "n", "flag": true, "link": {id},
                "due": "2027-03-31", "seen": {at}, "size": "large", "sizes": ["large", "small"],
                "tag": {{"done": "2026-11-24"}}, "parts": [{{"id": {id}, "text": "b"}}, {{"id": {id}}}],
                "named": {{"y": {{"id": {id}}}, "x": {{"id": {id}, "text": "c"}}}},
                "day": "2026-12-01", "ids": [{id}, {id}]"#
            )),
            with(r#", "tag": {"skipped": "no time"}, "size": "small", "sizes": ["small"]"#),
            with(r#", "tag": "open", "due": "", "note": null"#),
        ];
        for text in texts {
            let ours: Ours = serde_json::from_str(&text).unwrap();
            let derived: Derived = serde_json::from_str(&text).unwrap();
            assert_eq!(
                serde_json::to_string(&Written(&ours)).unwrap(),
                serde_json::to_string(&derived).unwrap(),
                "{text}"
            );
            assert_eq!(
                serde_json::to_value(Written(&ours)).unwrap(),
                serde_json::to_value(&derived).unwrap(),
                "{text}"
            );
        }
    }

    /// Every field a playbook leaves out when empty, filled, then emptied again: written through
    /// `Written` as the derived `Serialize` writes it.
    #[test]
    fn a_playbook_is_written_as_serde_derives_its_writing() {
        let mut document = example();
        document["onboarding"] = serde_json::json!({"start": "2026-11-20", "tasks": [
            {"task": "align/read-goals", "title": "Read them", "due": "2026-11-30",
             "mark": {"done": "2026-11-25"}, "removed": true},
            {"task": "align/map-problems", "mark": {"skipped": "Done last quarter"}},
            {"task": "listen/intro", "mark": "open"}],
            "reviews": [{"id": "5c0e1d2f3a4b5c6d7e8f9a0b1c2d3e4f", "on": "2026-12-14", "goals": [
                {"goal": "a17f0c2e9b3d4f5a6b7c8d9e0f1a2b3c", "value": "52",
                 "reached": ["9d3b1a2c3d4e5f60718293a4b5c6d7e8"], "note": "Twelve newcomers."},
                {"goal": "a17f0c2e9b3d4f5a6b7c8d9e0f1a2b3c"}]},
                {"id": "6c0e1d2f3a4b5c6d7e8f9a0b1c2d3e4f", "on": "2026-12-28"}]});
        document["exported_at"] = Value::from("2026-11-23T11:00:00Z");
        document["edits_since_export"] = Value::from(3);
        document["example"] = Value::from(true);
        let full: Playbook = from_value(document).unwrap();
        let mut empty = full.clone();
        empty.strategy = Box::default();
        empty.onboarding = Default::default();
        (empty.exported_at, empty.edits_since_export, empty.example) = (None, 0, false);
        for playbook in [full, empty] {
            assert_eq!(
                serde_json::to_string(&Written(&playbook)).unwrap(),
                serde_json::to_string(&playbook).unwrap()
            );
            // Copied and compared through the same record: serde's derived writer writes the
            // copy as it writes the original.
            let copy = playbook.clone();
            assert_eq!(
                serde_json::to_value(&copy).unwrap(),
                serde_json::to_value(&playbook).unwrap()
            );
            assert_eq!(copy, playbook);
        }
    }

    /// `record!` names a struct's fields for reading, the struct itself for writing: a field
    /// missing from its `record!` would be written to files but never read back. (The
    /// strategy's structs have a test of their own.)
    #[test]
    fn every_field_a_playbook_writes_is_one_it_reads() {
        let same =
            |record: &mut dyn Record, written: &Value| reads_every_field_written(record, written);
        let mut document = example();
        // Every field that is left out when empty, filled.
        document["onboarding"] = serde_json::json!({"start": "2026-11-20", "tasks": [
            {"task": "align/read-goals", "title": "Read them", "due": "2026-11-30",
             "mark": {"done": "2026-11-25"}, "removed": true}],
            "reviews": [{"id": "5c0e1d2f3a4b5c6d7e8f9a0b1c2d3e4f", "on": "2026-12-14", "goals": [
                {"goal": "a17f0c2e9b3d4f5a6b7c8d9e0f1a2b3c", "value": "52",
                 "reached": ["9d3b1a2c3d4e5f60718293a4b5c6d7e8"], "note": "Twelve newcomers."}]}]});
        document["exported_at"] = Value::from("2026-11-23T11:00:00Z");
        document["edits_since_export"] = Value::from(3);
        document["example"] = Value::from(true);
        let mut playbook: Playbook = from_value(document).unwrap();
        let written = serde_json::to_value(&playbook).unwrap();
        same(&mut playbook, &written);
        let assessment = &mut playbook.assessments[0];
        let answers = assessment.answers.iter().next().unwrap().0.to_owned();
        same(assessment, &written["assessments"][0]);
        let answer = assessment.answers.get_or_blank(&answers);
        let answer_written = serde_json::to_value(&*answer).unwrap();
        same(answer, &answer_written);
        same(&mut playbook.onboarding, &written["onboarding"]);
        same(
            &mut playbook.onboarding.tasks[0],
            &written["onboarding"]["tasks"][0],
        );
        let review = &mut playbook.onboarding.reviews[0];
        same(review, &written["onboarding"]["reviews"][0]);
        same(
            &mut review.goals[0],
            &written["onboarding"]["reviews"][0]["goals"][0],
        );
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    mod damaged {
        use super::*;
        use proptest::prelude::*;
        use proptest::sample::Index;

        /// Every place in `value`, as the keys and positions leading to it.
        fn places(value: &Value, at: &mut Vec<Value>, into: &mut Vec<Vec<Value>>) {
            into.push(at.clone());
            let children: Vec<(Value, &Value)> = match value {
                Value::Array(items) => items
                    .iter()
                    .enumerate()
                    .map(|(n, item)| (Value::from(n), item))
                    .collect(),
                Value::Object(fields) => fields
                    .iter()
                    .map(|(key, item)| (Value::from(key.as_str()), item))
                    .collect(),
                _ => Vec::new(),
            };
            for (step, child) in children {
                at.push(step);
                places(child, at, into);
                at.pop();
            }
        }

        fn place_mut<'a>(mut value: &'a mut Value, steps: &[Value]) -> &'a mut Value {
            for step in steps {
                value = match step {
                    Value::String(key) => &mut value[key.as_str()],
                    _ => &mut value[step.as_u64().unwrap() as usize],
                };
            }
            value
        }

        /// Values a hand-edited or damaged document may hold: the example's own texts (ids,
        /// dates, options), other texts, numbers of every kind, lists and groups of fields.
        fn any_value() -> impl Strategy<Value = Value> {
            let mut texts = Vec::new();
            places(&example(), &mut Vec::new(), &mut texts);
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::from),
                any::<u64>().prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<f64>().prop_map(Value::from),
                Just(Value::from(u64::from(u32::MAX) + 1)),
                ".{0,8}".prop_map(Value::from),
                Just(Value::from("2026-11-23")),
                Just(Value::from("2026-11-23T10:00:00Z")),
                Just(Value::from("3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3")),
                Just(Value::from("partial")),
                Just(Value::from("no-budget")),
            ];
            leaf.prop_recursive(3, 24, 4, |inner| {
                prop_oneof![
                    proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                    proptest::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                        .prop_map(|map| Value::Object(map.into_iter().collect())),
                ]
            })
        }

        fn any_damage() -> impl Strategy<Value = Value> {
            let document = example();
            let mut all = Vec::new();
            places(&document, &mut Vec::new(), &mut all);
            (any::<Index>(), any_value(), any::<bool>()).prop_map(move |(which, value, remove)| {
                let mut damaged = document.clone();
                let steps = which.get(&all);
                match steps.split_last() {
                    Some((Value::String(key), parent)) if remove => {
                        if let Some(fields) = place_mut(&mut damaged, parent).as_object_mut() {
                            fields.remove(key);
                        }
                    }
                    _ => *place_mut(&mut damaged, steps) = value,
                }
                damaged
            })
        }

        proptest::proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]
            #[test]
            fn a_damaged_document_reads_as_serde_json_reads_it(damaged in any_damage()) {
                prop_assert_eq!(
                    outcome(from_value(damaged.clone())),
                    outcome(serde_json::from_value(damaged))
                );
            }
        }
    }
}
