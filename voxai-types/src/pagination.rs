//! What every paginated list shares (sessions, recordings, chunks).

use serde::{Deserialize, Serialize};

/// The paging fields of a list response: `total`, `page`, `per_page`, `total_pages`.
///
/// The reference's examples omit `per_page`; wire.md has servers send it, so it is
/// optional here to accept both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageInfo {
    /// Items across all pages.
    pub total: u64,
    /// This page's number, from 1.
    pub page: u32,
    /// Items per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
    /// Number of pages.
    pub total_pages: u32,
}

impl PageInfo {
    /// Whether a page follows this one.
    pub fn has_next(&self) -> bool {
        self.page < self.total_pages
    }
}

/// A page of a paginated list endpoint.
pub trait Page {
    /// The item type.
    type Item;
    /// The paging fields.
    fn page_info(&self) -> PageInfo;
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
            fn into_items(self) -> Vec<$item> {
                self.$field
            }
        }
    };
}
pub(crate) use impl_page;
