//! Paginated lists: one page with `send`, every page with `pages`, every item with
//! `stream`.

use std::fmt;
use std::future::IntoFuture;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::stream::{self, BoxStream, Stream, StreamExt, TryStreamExt};
use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;
use voxai_types::Page;

use crate::call::Call;
use crate::client::Client;
use crate::error::{Error, Result};
use crate::request::{Request, RequestOptions};

/// Only the SDK's own list queries are [`ListQuery`]s: the trait may grow.
mod sealed {
    pub trait Sealed {}
}

/// The query of a paginated list endpoint (sealed: implemented by the SDK's list
/// queries only).
pub trait ListQuery: Sealed + Serialize + Clone + Send + Sync + 'static {
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
        impl $crate::pagination::Sealed for $query {}
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
pub(crate) use sealed::Sealed;

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

impl<Q: ListQuery> Clone for PageRequest<Q> {
    fn clone(&self) -> Self {
        Self {
            client: self.client.clone(),
            segments: self.segments.clone(),
            query: self.query.clone(),
            options: self.options.clone(),
        }
    }
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
        self.request_for(&self.query)
    }

    /// The request of this list with `query` and this request's options.
    fn request_for(&self, query: &Q) -> Request<Q::Page> {
        let call = Call::new(Method::GET, self.segments.clone()).with_query(query);
        self.options.apply(Request::json(&self.client, call))
    }

    /// Fetches the page.
    ///
    /// # Errors
    ///
    /// As [`Request::send`].
    pub async fn send(self) -> Result<Q::Page> {
        self.request().send().await
    }

    /// The same request, answered with the page as raw JSON: everything the server sent,
    /// fields this version does not model included (as [`Request::raw`]).
    pub fn raw(self) -> Request<serde_json::Value> {
        self.request().raw()
    }

    /// Every page from the requested one (default 1) to the last, each with its
    /// `page_info` (to show `total` and progress). While one page is read, the next is
    /// already being fetched (on a spawned task, so it needs a Tokio runtime, as every
    /// request does); memory stays at two pages however many there are. An error ends
    /// the stream after it is yielded; dropping the stream cancels the fetch in flight.
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// use futures::TryStreamExt;
    /// use voxai_sdk::types::Page;
    ///
    /// let mut pages = client.sessions().list().per_page(100).pages();
    /// let mut seen = 0;
    /// while let Some(page) = pages.try_next().await? {
    ///     seen += page.sessions.len();
    ///     println!("{seen} of {:?}", page.page_info().total);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn pages(self) -> Pages<Q::Page> {
        let first = self.query.page().unwrap_or(1);
        let state = Some((self, first, None::<Prefetch<Q::Page>>));
        let pages = stream::try_unfold(state, |state| async move {
            let Some((request, page, prefetched)) = state else {
                return Ok::<_, Error>(None);
            };
            let fetched = match prefetched {
                Some(prefetch) => prefetch.join().await?,
                None => request.fetch(page).await?,
            };
            let info = fetched.page_info();
            // Stop on an empty page too, so a server that miscounts cannot loop us forever.
            let next = (info.has_next() && !fetched.items().is_empty()).then(|| {
                let prefetch = Prefetch(crate::telemetry::spawn(request.fetch(page + 1)));
                (request, page + 1, Some(prefetch))
            });
            Ok(Some((fetched, next)))
        });
        Pages {
            inner: pages.boxed(),
        }
    }

    /// Every item of [`pages`](Self::pages), in order: the same prefetching, memory and
    /// errors.
    pub fn stream(self) -> Items<<Q::Page as Page>::Item>
    where
        <Q::Page as Page>::Item: Send + 'static,
    {
        let items = self
            .pages()
            .map_ok(|page| stream::iter(page.into_items().into_iter().map(Ok::<_, Error>)))
            .try_flatten();
        Items {
            inner: items.boxed(),
        }
    }

    /// Page `page` of this list.
    fn fetch(&self, page: u32) -> impl Future<Output = Result<Q::Page>> + Send + 'static {
        let mut query = self.query.clone();
        query.set_page(page);
        crate::telemetry::Span::page(page).instrument(self.request_for(&query).send())
    }
}

/// Every page of a list, from [`PageRequest::pages`].
#[must_use = "streams do nothing unless polled"]
pub struct Pages<P> {
    inner: BoxStream<'static, Result<P>>,
}

/// Every item of a list, from [`PageRequest::stream`].
#[must_use = "streams do nothing unless polled"]
pub struct Items<T> {
    inner: BoxStream<'static, Result<T>>,
}

macro_rules! boxed_stream {
    ($name:ident) => {
        impl<T> Stream for $name<T> {
            type Item = Result<T>;

            fn poll_next(
                mut self: Pin<&mut Self>,
                cx: &mut Context<'_>,
            ) -> Poll<Option<Self::Item>> {
                self.inner.poll_next_unpin(cx)
            }
        }

        impl<T> fmt::Debug for $name<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name)).finish_non_exhaustive()
            }
        }
    };
}
boxed_stream!(Pages);
boxed_stream!(Items);

/// The next page, being fetched on its own task; cancelled when dropped unread.
struct Prefetch<P>(tokio::task::JoinHandle<Result<P>>);

impl<P> Prefetch<P> {
    async fn join(mut self) -> Result<P> {
        match (&mut self.0).await {
            Ok(page) => page,
            // The task only ends early if it panicked (pass the panic on) or the runtime
            // is shutting down.
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(_) => Err(Error::Io(std::io::Error::other(
                "the page fetch was cancelled: the runtime is shutting down",
            ))),
        }
    }
}

impl<P> Drop for Prefetch<P> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl<Q: ListQuery> IntoFuture for PageRequest<Q> {
    type Output = Result<Q::Page>;
    type IntoFuture = BoxFuture<'static, Result<Q::Page>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
