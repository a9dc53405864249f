//! What every paginated list shares (sessions, recordings, chunks).

use crate::lenient::response;
use serde::{Deserialize, Serialize};

response! {
    /// The paging fields of a list response: `total`, `page`, `per_page`, `total_pages`.
    ///
    /// The reference's examples omit `per_page`; our reference server sends it. Every field
    /// may be missing: a page without paging fields is taken as the only page.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct PageInfo {
        /// Items across all pages.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub total: Option<u64>,
        /// This page's number, from 1.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub page: Option<u32>,
        /// Items per page.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub per_page: Option<u32>,
        /// Number of pages.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub total_pages: Option<u32>,
    }
}

impl PageInfo {
    /// Whether a page follows this one: from `total_pages`, else from `total` and
    /// `per_page`; `false` when the server sent neither.
    pub fn has_next(&self) -> bool {
        let page = self.page.unwrap_or(1);
        match (self.total_pages, self.total, self.per_page) {
            (Some(pages), _, _) => page < pages,
            (None, Some(total), Some(per_page)) => u64::from(page) * u64::from(per_page) < total,
            _ => false,
        }
    }
}

/// A page of a paginated list endpoint.
pub trait Page {
    /// The item type.
    type Item;
    /// The paging fields.
    fn page_info(&self) -> PageInfo;
    /// The page's items.
    fn items(&self) -> &[Self::Item];
    /// Consumes the page, giving its items.
    fn into_items(self) -> Vec<Self::Item>;
}

/// Implements [`Page`] for a list response with a flattened [`PageInfo`].
macro_rules! impl_page {
    ($page:ty, $field:ident, $item:ty) => {
        impl $crate::pagination::Page for $page {
            type Item = $item;
            fn page_info(&self) -> $crate::pagination::PageInfo {
                self.page_info
            }
            fn items(&self) -> &[$item] {
                &self.$field
            }
            fn into_items(self) -> Vec<$item> {
                self.$field
            }
        }
    };
}
pub(crate) use impl_page;
