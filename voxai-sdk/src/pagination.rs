//! Paginated lists: one page with `send`, every item with `stream`.

use std::fmt;
use std::future::IntoFuture;

use futures::future::BoxFuture;
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;
use voxai_types::Page;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::request::{Call, Request, RequestOptions};

/// The query of a paginated list endpoint.
pub trait ListQuery: Serialize + Clone + Send + Sync + 'static {
    /// The page the endpoint returns.
    type Page: Page + DeserializeOwned + Send + 'static;
    /// Sets the page number (from 1).
    fn set_page(&mut self, page: u32);
    /// Sets the page size.
    fn set_per_page(&mut self, per_page: u32);
    /// The page number asked for, if set.
    fn page(&self) -> Option<u32>;
}

macro_rules! impl_list_query {
    ($query:ty => $page:ty) => {
        impl $crate::pagination::ListQuery for $query {
            type Page = $page;
            fn set_page(&mut self, page: u32) {
                self.page = Some(page);
            }
            fn set_per_page(&mut self, per_page: u32) {
                self.per_page = Some(per_page);
            }
            fn page(&self) -> Option<u32> {
                self.page
            }
        }
    };
}
pub(crate) use impl_list_query;

/// A request for a paginated list. `.await` (or [`send`](Self::send)) fetches one page;
/// [`stream`](Self::stream) yields every item of every page, fetching lazily.
///
/// ```no_run
/// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
/// use futures::TryStreamExt;
/// use voxai_sdk::types::sessions::SessionStatus;
///
/// let page = client.sessions().list().status(SessionStatus::Completed).per_page(50).await?;
/// println!("{:?} sessions in all", page.page_info.total);
///
/// let mut all = client.sessions().list().per_page(100).stream();
/// while let Some(session) = all.try_next().await? {
///     println!("{} {}", session.id, session.room_name);
/// }
/// # Ok(()) }
/// ```
#[must_use = "a request does nothing until it is awaited, sent or streamed"]
pub struct PageRequest<Q: ListQuery> {
    client: Client,
    segments: Vec<String>,
    pub(crate) query: Q,
    options: RequestOptions,
}

impl<Q: ListQuery + fmt::Debug> fmt::Debug for PageRequest<Q> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageRequest")
            .field("segments", &self.segments)
            .field("query", &self.query)
            .finish_non_exhaustive()
    }
}

impl<Q: ListQuery> PageRequest<Q> {
    pub(crate) fn new(client: &Client, segments: Vec<String>, query: Q) -> Self {
        Self {
            client: client.clone(),
            segments,
            query,
            options: RequestOptions::default(),
        }
    }

    /// The page to fetch, from 1 (with `stream`: the first page to fetch).
    pub fn page(mut self, page: u32) -> Self {
        self.query.set_page(page);
        self
    }

    /// Items per page.
    pub fn per_page(mut self, per_page: u32) -> Self {
        self.query.set_per_page(per_page);
        self
    }

    crate::request::request_option_setters!();

    fn request(&self) -> Request<Q::Page> {
        let call = Call::new(Method::GET, self.segments.clone()).with_query(&self.query);
        let mut request = Request::json(&self.client, call);
        if let Some(timeout) = self.options.timeout {
            request = request.timeout(timeout);
        }
        if let Some(policy) = &self.options.retry {
            request = request.retry_policy(policy.clone());
        }
        request
    }

    /// Fetches the page.
    pub async fn send(self) -> Result<Q::Page> {
        self.request().send().await
    }

    /// Fetches the page as raw JSON, fields this version does not model included.
    pub async fn send_raw(self) -> Result<serde_json::Value> {
        self.request().raw().send().await
    }

    /// Every item from the requested page (default 1) to the last, fetching one page at a
    /// time as the stream is read; memory stays at one page however many there are.
    /// An error ends the stream after it is yielded.
    pub fn stream(self) -> BoxStream<'static, Result<<Q::Page as Page>::Item>>
    where
        <Q::Page as Page>::Item: Send + 'static,
    {
        let first = self.query.page().unwrap_or(1);
        stream::try_unfold(Some((self, first)), |state| async move {
            let Some((mut request, page)) = state else {
                return Ok::<_, Error>(None);
            };
            request.query.set_page(page);
            let fetched = request.request().send().await?;
            let info = fetched.page_info();
            let items = fetched.into_items();
            // Stop on an empty page too, so a server that miscounts cannot loop us forever.
            let next = (info.has_next() && !items.is_empty()).then(|| (request, page + 1));
            Ok(Some((
                stream::iter(items.into_iter().map(Ok::<_, Error>)),
                next,
            )))
        })
        .try_flatten()
        .boxed()
    }
}

impl<Q: ListQuery> IntoFuture for PageRequest<Q> {
    type Output = Result<Q::Page>;
    type IntoFuture = BoxFuture<'static, Result<Q::Page>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
