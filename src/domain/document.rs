//! Reads a parsed JSON document into the domain types exactly as `serde_json::from_value` does,
//! the same values read and the same complaints, but offering a struct only a map of its fields.
//! serde_json offers a struct given as a JSON array its fields in order, through a second reader
//! of every field of every type (5 KB of the gzipped first load); here such an array is turned into
//! the map of the fields it holds, and its complaints into the ones serde_json gives.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};
use serde::Deserialize;
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
}

/// A field of a `Record`, by the kind of value it holds. Every field but an id has a default
/// (its value in the record as handed to the reader); an id must be there.
pub enum Field<'a> {
    Id(&'a mut Id),
    Text(&'a mut String),
    Link(&'a mut Option<Id>),
    /// `#[serde(with = "iso8601::OptionalDate")]`.
    Date(&'a mut Option<NaiveDate>),
    Choice(&'a mut dyn OptionalChoice),
    List(&'a mut dyn RecordList),
    Record(&'a mut dyn Record),
}

/// A field holding one of a closed set of options or none, as `read_choice` reads one.
pub trait OptionalChoice {
    /// The options' name and ids, as `read_choice` takes them.
    fn choices(&self) -> (&'static str, &'static [&'static str]);
    /// Sets the option at `at` of the ids, or none.
    fn choose(&mut self, at: Option<usize>);
}

/// A list of records, each read as `read_record` reads one.
pub trait RecordList {
    /// A new record at the end, with its defaults, to be read into.
    fn push_default(&mut self) -> &mut dyn Record;
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
        match (0..fields.len()).find(|&at| !seen[at] && matches!(self.0.field(at), Field::Id(_))) {
            Some(at) => Err(de::Error::missing_field(fields[at])),
            None => Ok(()),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let fields = self.0.fields();
        for at in 0..fields.len() {
            let field = self.0.field(at);
            let required = matches!(field, Field::Id(_));
            if seq.next_element_seed(FieldSeed(field))?.is_none() && required {
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
            Field::Link(link) => *link = Option::<Id>::deserialize(deserializer)?,
            Field::Date(date) => *date = iso8601::OptionalDate::deserialize(deserializer)?,
            Field::Choice(choice) => deserializer.deserialize_option(ChoiceSeed(choice))?,
            Field::List(list) => deserializer.deserialize_seq(ListVisitor(list))?,
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
        use super::*;

        #[derive(Debug, PartialEq, serde::Deserialize)]
        pub enum Size {
            #[serde(rename = "small")]
            Small,
            #[serde(rename = "large")]
            Large,
        }

        #[derive(Debug, PartialEq, serde::Deserialize)]
        pub struct Derived {
            pub id: Id,
            #[serde(default)]
            pub text: String,
            #[serde(default)]
            pub link: Option<Id>,
            #[serde(default, with = "iso8601::OptionalDate")]
            pub due: Option<NaiveDate>,
            #[serde(default)]
            pub size: Option<Size>,
            #[serde(default)]
            pub parts: Vec<DerivedPart>,
        }

        #[derive(Debug, PartialEq, serde::Deserialize)]
        pub struct DerivedPart {
            pub id: Id,
            #[serde(default)]
            pub text: String,
        }

        #[derive(Debug, PartialEq)]
        pub struct Ours {
            pub id: Id,
            pub text: String,
            pub link: Option<Id>,
            pub due: Option<NaiveDate>,
            pub size: Option<usize>,
            pub parts: Vec<OursPart>,
        }

        #[derive(Debug, PartialEq)]
        pub struct OursPart {
            pub id: Id,
            pub text: String,
        }

        impl Record for Ours {
            fn name(&self) -> &'static str {
                "Derived"
            }

            fn fields(&self) -> &'static [&'static str] {
                &["id", "text", "link", "due", "size", "parts"]
            }

            fn field(&mut self, at: usize) -> Field<'_> {
                match at {
                    1 => Field::Text(&mut self.text),
                    2 => Field::Link(&mut self.link),
                    3 => Field::Date(&mut self.due),
                    4 => Field::Choice(&mut self.size),
                    5 => Field::List(&mut self.parts),
                    _ => Field::Id(&mut self.id),
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
        }

        impl RecordList for Vec<OursPart> {
            fn push_default(&mut self) -> &mut dyn Record {
                self.push(OursPart {
                    id: Id::unread(),
                    text: String::new(),
                });
                let at = self.len() - 1;
                &mut self[at]
            }
        }

        impl<'de> serde::Deserialize<'de> for Ours {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let mut ours = Ours {
                    id: Id::unread(),
                    text: String::new(),
                    link: None,
                    due: None,
                    size: None,
                    parts: Vec::new(),
                };
                read_record(deserializer, &mut ours)?;
                Ok(ours)
            }
        }

        /// What the derived reader read, in `Ours`'s terms.
        pub fn as_ours(derived: Derived) -> Ours {
            Ours {
                id: derived.id,
                text: derived.text,
                link: derived.link,
                due: derived.due,
                size: derived.size.map(|size| size as usize),
                parts: derived
                    .parts
                    .into_iter()
                    .map(|part| OursPart {
                        id: part.id,
                        text: part.text,
                    })
                    .collect(),
            }
        }
    }

    #[test]
    fn records_read_as_serde_derives_them() {
        use twins::{as_ours, Derived, Ours};

        let theirs = |read: Result<Derived, Error>| read.map(as_ours).map_err(|e| e.to_string());
        let ours = |read: Result<Ours, Error>| read.map_err(|error| error.to_string());
        let id = r#""3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3""#;
        let texts = [
            format!(r#"{{"id": {id}}}"#),
            format!(
                r#"{{"id": {id}, "text": "a", "link": {id}, "due": "2027-03-31", "size": "large", "parts": [{{"id": {id}, "text": "b"}}]}}"#
            ),
            r#"{"text": "a", "link": null, "due": "", "size": null, "parts": []}"#.to_owned(),
            format!(r#"{{"id": {id}, "id": {id}}}"#),
            format!(r#"{{"id": {id}, "text": "a", "text": "b"}}"#),
            format!(r#"{{"id": {id}, "unknown": [1, {{"x": 2}}], "text": "a"}}"#),
            r#"{"id": "x"}"#.to_owned(),
            format!(r#"{{"id": {id}, "text": 3}}"#),
            format!(r#"{{"id": {id}, "link": "x"}}"#),
            format!(r#"{{"id": {id}, "due": "soon"}}"#),
            format!(r#"{{"id": {id}, "due": 3}}"#),
            format!(r#"{{"id": {id}, "size": "medium"}}"#),
            format!(r#"{{"id": {id}, "size": 1}}"#),
            format!(r#"{{"id": {id}, "size": {{"large": null}}}}"#),
            format!(r#"{{"id": {id}, "parts": {{}}}}"#),
            format!(r#"{{"id": {id}, "parts": [{{}}]}}"#),
            format!(r#"{{"id": {id}, "parts": [null]}}"#),
            format!(r#"{{"id": {id}, "parts": [[{id}, "b"]]}}"#),
            format!(r#"{{"id": {id}, "parts": [[{id}, "b", 1]]}}"#),
            format!(r#"{{"id": {id}, "parts": [[]]}}"#),
            format!(r#"[{id}, "a", null, "2027-03-31", "small", []]"#),
            format!(r#"[{id}, "a"]"#),
            format!(r#"[{id}, "a", null, null, null, [], 7]"#),
            "[]".to_owned(),
            "null".to_owned(),
            "3".to_owned(),
            r#""text""#.to_owned(),
        ];
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
        assert_eq!(
            ours(serde_json::from_str(&texts[1])).map(|read| read.parts.len()),
            Ok(1)
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
