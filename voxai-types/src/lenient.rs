//! Tolerant decoding: what a response may leave out, send as `null` or write differently.
//!
//! The decoding rule: a response field is required only when the response is
//! useless without it; everything else is optional, `null` means the same as absent, and
//! an integer may be written as an integral float (`42.0`, `1.7119e9`). Only a lossy
//! number (fractional, out of range) is refused, and serde's error then names the field.
//!
//! These are `deserialize_with` helpers for the models of this crate; they are public so
//! that code decoding its own extensions of VoxAI bodies can apply the same rule.
//!
//! ```
//! use serde::Deserialize;
//!
//! #[derive(Deserialize)]
//! struct Count {
//!     #[serde(deserialize_with = "voxai_types::lenient::int")]
//!     total: u64,
//!     #[serde(default, deserialize_with = "voxai_types::lenient::opt_int")]
//!     used: Option<u32>,
//!     #[serde(default, deserialize_with = "voxai_types::lenient::null_as_default")]
//!     names: Vec<String>,
//! }
//!
//! let c: Count = serde_json::from_str(r#"{"total": 42.0, "used": null, "names": null}"#)?;
//! assert_eq!((c.total, c.used, c.names.len()), (42, None, 0));
//! assert!(serde_json::from_str::<Count>(r#"{"total": 4.5}"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde_json::{Map, Value};

/// An integer type that [`int`] can produce.
pub trait WireInt: Sized + TryFrom<u64> + TryFrom<i64> {}
impl WireInt for u16 {}
impl WireInt for u32 {}
impl WireInt for u64 {}
impl WireInt for i32 {}
impl WireInt for i64 {}

struct IntVisitor<T>(PhantomData<T>);

impl<T: WireInt> IntVisitor<T> {
    fn out_of_range<E: de::Error>(shown: &dyn fmt::Display) -> E {
        E::custom(format_args!(
            "integer {shown} is out of range for a {}",
            std::any::type_name::<T>()
        ))
    }
}

impl<T: WireInt> Visitor<'_> for IntVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer (an integral float such as 42.0 is accepted)")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        T::try_from(v).map_err(|_| Self::out_of_range(&v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        T::try_from(v).map_err(|_| Self::out_of_range(&v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        if !v.is_finite() || v.fract() != 0.0 {
            return Err(E::custom(format_args!(
                "expected an integer, found {v}, which would lose its fraction"
            )));
        }
        // Casts saturate; the range checks make sure nothing was clipped.
        if v >= 0.0 && v < u64::MAX as f64 {
            self.visit_u64(v as u64)
        } else if v < 0.0 && v >= i64::MIN as f64 {
            self.visit_i64(v as i64)
        } else {
            Err(Self::out_of_range(&v))
        }
    }
}

/// An integer, or an integral float of one.
///
/// # Errors
///
/// When the value is not an integer, or is a float that is not whole or out of range.
pub fn int<'de, D: Deserializer<'de>, T: WireInt>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_any(IntVisitor(PhantomData))
}

/// [`int`] for a type that is an integer wherever it appears: asks the format for an
/// integer, so a format that writes numbers as text (a query string) parses it, while
/// JSON still takes `42` and `42.0` and refuses `"42"`.
pub(crate) fn unsigned<'de, D: Deserializer<'de>, T: WireInt>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_u64(IntVisitor(PhantomData))
}

/// One integer as [`int`] reads it; for containers of integers.
struct Int<T>(T);

impl<'de, T: WireInt> Deserialize<'de> for Int<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        int(deserializer).map(Int)
    }
}

/// An optional integer: absent and `null` are `None`. Use with `#[serde(default)]`.
///
/// # Errors
///
/// When the value is present and not an integer (or a lossy float).
pub fn opt_int<'de, D: Deserializer<'de>, T: WireInt>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    Ok(Option::<Int<T>>::deserialize(deserializer)?.map(|Int(v)| v))
}

/// A list of integers; `null` is the empty list. Use with `#[serde(default)]`.
///
/// # Errors
///
/// When the value is not a list of integers or `null`.
pub fn int_vec<'de, D: Deserializer<'de>, T: WireInt>(deserializer: D) -> Result<Vec<T>, D::Error> {
    let list = Option::<Vec<Int<T>>>::deserialize(deserializer)?;
    Ok(list
        .unwrap_or_default()
        .into_iter()
        .map(|Int(v)| v)
        .collect())
}

/// An optional list of integers: absent and `null` are `None`. Use with
/// `#[serde(default)]`.
///
/// # Errors
///
/// When the value is present and not a list of integers.
pub fn opt_int_vec<'de, D: Deserializer<'de>, T: WireInt>(
    deserializer: D,
) -> Result<Option<Vec<T>>, D::Error> {
    let list = Option::<Vec<Int<T>>>::deserialize(deserializer)?;
    Ok(list.map(|list| list.into_iter().map(|Int(v)| v).collect()))
}

/// A value whose `null` means its default (an empty list, `false`). Use with
/// `#[serde(default)]` so that an absent field means the same.
///
/// # Errors
///
/// When the value is neither `null` nor a `T`.
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// Decodes one member of an object as `T` if it can, taking it out of `fields`.
///
/// A member that is `null` is taken and gives `None`; one that does not decode stays in
/// `fields`, so a caller can keep it raw. An integral float is retried as an integer.
pub fn take<T: DeserializeOwned>(fields: &mut Map<String, Value>, name: &str) -> Option<T> {
    let value = fields.get(name)?;
    if value.is_null() {
        fields.remove(name);
        return None;
    }
    let decoded = serde_json::from_value::<T>(value.clone())
        .ok()
        .or_else(|| {
            let whole = value
                .as_f64()
                .filter(|f| f.fract() == 0.0 && f.is_finite())?;
            let integer = if whole < 0.0 {
                Value::from(whole as i64)
            } else {
                Value::from(whole as u64)
            };
            serde_json::from_value::<T>(integer).ok()
        })?;
    fields.remove(name);
    Some(decoded)
}

/// The members of a JSON object; `null` (an empty body) is an empty object.
pub(crate) fn object_or_empty<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Map<String, Value>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::Object(fields) => fields,
        Value::Null => Map::new(),
        other => {
            let mut fields = Map::new();
            fields.insert("body".to_owned(), other);
            fields
        }
    })
}

/// Declares the response of an endpoint that the reference shows no body for (or only an
/// acknowledgement): any 2xx decodes, whatever parts the server chose to echo.
///
/// `success` defaults to `true` (the status already said so), each part is an `Option`
/// decoded on its own, and `extra` keeps every member that is not modelled or did not
/// decode, so nothing the server sent is lost.
/// A response type (or a type inside one): `#[non_exhaustive]`, so the API may add
/// fields, with a builder (bon's) for users' tests, where names and strings are `Into`.
macro_rules! response {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        $(#[$meta])*
        #[derive(::bon::Builder)]
        #[builder(
            on(String, into),
            on(RoomName, into),
            on(FullRoomName, into),
            derive(Debug)
        )]
        #[allow(missing_debug_implementations)] // bon's state types, not the builder
        #[non_exhaustive]
        pub struct $name { $($body)* }
    };
}

macro_rules! acknowledgement {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : Option<$ty:ty> ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        ///
        /// Any 2xx body decodes: an empty one, `{}`, `{"success": true}` or a richer one.
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::bon::Builder)]
        #[cfg_attr(feature = "openapi", derive(::utoipa::ToSchema))]
        #[builder(
            on(String, into),
            on(RoomName, into),
            on(FullRoomName, into),
            derive(Debug)
        )]
        #[allow(missing_debug_implementations)]
        #[non_exhaustive]
        pub struct $name {
            /// `true` unless the server said `false`; a 2xx is a success either way.
            #[cfg_attr(feature = "openapi", schema(required = false))]
            #[builder(default = true)]
            pub success: bool,
            /// A short human-readable note, when the server sends one.
            #[serde(skip_serializing_if = "Option::is_none")]
            pub message: Option<String>,
            $(
                $(#[$fmeta])*
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )*
            /// Every other member of the body as received, including any part that did
            /// not decode.
            #[serde(flatten)]
            #[cfg_attr(feature = "openapi", schema(ignore))]
            #[builder(default)]
            pub extra: ::serde_json::Map<String, ::serde_json::Value>,
        }

        impl $name {
            /// A successful acknowledgement with no parts.
            pub fn ok() -> Self {
                Self {
                    success: true,
                    message: None,
                    $( $field: None, )*
                    extra: ::serde_json::Map::new(),
                }
            }

            /// The body as JSON: the decoded parts and everything else that was sent.
            pub fn to_json(&self) -> ::serde_json::Value {
                ::serde_json::to_value(self).unwrap_or(::serde_json::Value::Null)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let mut fields = $crate::lenient::object_or_empty(deserializer)?;
                let success = $crate::lenient::take::<bool>(&mut fields, "success").unwrap_or(true);
                let message = $crate::lenient::take::<String>(&mut fields, "message");
                $( let $field = $crate::lenient::take::<$ty>(&mut fields, stringify!($field)); )*
                Ok(Self { success, message, $( $field, )* extra: fields })
            }
        }
    };
}
pub(crate) use acknowledgement;
pub(crate) use response;

/// `true`: the default of a `success` member, which a 2xx body may leave out.
pub fn yes() -> bool {
    true
}

/// A `success` member: `null` is `true`, as absent is. Use with `#[serde(default = "yes")]`.
///
/// # Errors
///
/// When the value is neither `null` nor a boolean.
pub fn null_as_true<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    Ok(Option::<bool>::deserialize(deserializer)?.unwrap_or(true))
}

/// Writes a measure that is usually whole (seconds, a duration) as an integer when it is
/// one (`185`, not `185.0`), as the reference shows it; a fraction is written as it is.
///
/// # Errors
///
/// When the serializer fails.
pub fn whole_as_int<S: serde::Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match *value {
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => serializer.serialize_i64(v as i64),
        Some(v) => serializer.serialize_f64(v),
        None => serializer.serialize_none(),
    }
}
