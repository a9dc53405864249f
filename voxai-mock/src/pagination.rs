//! Cutting a list into the documented pages.

use voxai_types::pagination::PageInfo;

use crate::error::{ApiError, ApiResult};

/// Largest page a client may ask for.
pub(crate) const MAX_PER_PAGE: u32 = 100;

/// Page `page` (from 1) of `items`, `per_page` at a time (default `default_per_page`),
/// each made into what is listed by `show`.
///
/// `items` is walked twice (to count, unless it knows its length, then to the page) but
/// only the page's items are shown: listing page 400 of 100,000 builds 25 answers, not
/// 100,000.
pub(crate) fn paginate<I, T>(
    items: I,
    show: impl FnMut(I::Item) -> T,
    page: Option<u32>,
    per_page: Option<u32>,
    default_per_page: u32,
) -> ApiResult<(Vec<T>, PageInfo)>
where
    I: Iterator + Clone,
{
    let page = page.unwrap_or(1);
    let per_page = per_page.unwrap_or(default_per_page);
    if page == 0 {
        return Err(ApiError::invalid("page", "must be 1 or more"));
    }
    if per_page == 0 || per_page > MAX_PER_PAGE {
        return Err(ApiError::invalid(
            "per_page",
            format!("must be between 1 and {MAX_PER_PAGE}"),
        ));
    }
    // An iterator that knows its length (a slice) is not walked to count it.
    let total = match items.size_hint() {
        (low, Some(high)) if low == high => low,
        _ => items.clone().count(),
    } as u64;
    let total_pages = u32::try_from(total.div_ceil(u64::from(per_page))).unwrap_or(u32::MAX);
    let skip = (page as usize - 1).saturating_mul(per_page as usize);
    let items = items.skip(skip).take(per_page as usize).map(show).collect();
    Ok((
        items,
        PageInfo::builder()
            .total(total)
            .page(page)
            .per_page(per_page)
            .total_pages(total_pages)
            .build(),
    ))
}
