//! String enums that keep values a newer server may add.

/// What every string enum of the wire format has: the values this version knows, as
/// written on the wire. Tools build their choices from it (the CLI's `--status`,
/// `--speaker`, `--period`, ...), so they cannot drift from the API's values.
pub trait WireEnum: Sized + Clone + 'static {
    /// Every value this version knows, in documentation order.
    fn known() -> &'static [Self];
    /// The value as written on the wire.
    fn as_str(&self) -> &str;
    /// A known value from its wire text.
    fn parse_known(value: &str) -> Option<Self>;
}

/// Declares a string-valued wire enum with an `Unknown(String)` fallback.
///
/// Serde's `#[serde(other)]` can only map unknown values to a unit variant and so loses
/// the value; this keeps it, so a newer server never breaks decoding and the value
/// round-trips unchanged.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version of the crate does not know, kept verbatim.
            Unknown(String),
        }

        impl $name {
            /// Every value this version knows, in documentation order.
            pub const KNOWN: &'static [Self] = &[ $( Self::$variant ),+ ];

            /// The value as it is written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )+
                    Self::Unknown(other) => other,
                }
            }

            /// Parses a known value; `None` for anything else (use `From<&str>` to keep
            /// unknown values instead).
            pub fn parse_known(value: &str) -> Option<Self> {
                match value {
                    $( $wire => Some(Self::$variant), )+
                    _ => None,
                }
            }
        }

        impl $crate::WireEnum for $name {
            fn known() -> &'static [Self] {
                Self::KNOWN
            }

            fn as_str(&self) -> &str {
                $name::as_str(self)
            }

            fn parse_known(value: &str) -> Option<Self> {
                $name::parse_known(value)
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::parse_known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self::parse_known(&value).unwrap_or(Self::Unknown(value))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }

        #[cfg(feature = "openapi")]
        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::schema::Schema> {
                $crate::openapi::wire_enum_schema(&[ $( $wire ),+ ])
            }
        }

        #[cfg(feature = "openapi")]
        impl ::utoipa::ToSchema for $name {}
    };
}

pub(crate) use wire_enum;
