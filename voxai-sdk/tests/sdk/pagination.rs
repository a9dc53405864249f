use futures::{StreamExt, TryStreamExt};
use serde_json::json;
use voxai_sdk::Error;
use voxai_sdk::types::Page;
use wiremock::matchers::query_param;
use wiremock::{Request, ResponseTemplate};

use crate::common::{api, json as respond, setup};

/// Serves `total` sessions, `per_page` at a time, like the service's pagination.
fn sessions(
    total: u64,
    claimed_pages: Option<u32>,
) -> impl Fn(&Request) -> ResponseTemplate + Send + Sync + 'static {
    move |request: &Request| {
        let param = |name: &str| {
            request
                .url
                .query_pairs()
                .find(|(k, _)| k == name)
                .and_then(|(_, v)| v.parse::<u64>().ok())
        };
        let page = param("page").unwrap_or(1);
        let per_page = param("per_page").unwrap_or(25);
        let first = (page - 1) * per_page;
        let items: Vec<_> = (first..total.min(first + per_page))
            .map(|id| {
                json!({"id": id + 1, "room_name": format!("proj_r{id}"), "status": "completed",
                             "session_type": "voice", "duration": 10, "message_count": 1,
                             "started_at": "2026-03-31T10:00:00Z"})
            })
            .collect();
        let total_pages = claimed_pages.unwrap_or(total.div_ceil(per_page) as u32);
        respond(
            200,
            json!({"sessions": items, "total": total, "page": page, "per_page": per_page, "total_pages": total_pages}),
        )
    }
}

#[tokio::test]
async fn pages_and_items_walk_every_page_in_order() {
    let (server, client) = setup().await;
    api("GET", "/sessions")
        .respond_with(sessions(7, None))
        .expect(6)
        .mount(&server)
        .await;
    let list = client.sessions().list().per_page(3);
    let ids: Vec<u64> = list
        .clone()
        .stream()
        .map_ok(|s| s.id.get())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, (1..=7).collect::<Vec<_>>());
    let pages: Vec<_> = list
        .pages()
        .map_ok(|page| {
            let ids: Vec<u64> = page.items().iter().map(|s| s.id.get()).collect();
            (page.page_info().page, page.page_info().total, ids)
        })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        pages,
        vec![
            (Some(1), Some(7), vec![1, 2, 3]),
            (Some(2), Some(7), vec![4, 5, 6]),
            (Some(3), Some(7), vec![7]),
        ]
    );
}

#[tokio::test]
async fn stream_reads_at_most_one_page_ahead() {
    let (server, client) = setup().await;
    api("GET", "/sessions")
        .respond_with(sessions(100, None))
        .mount(&server)
        .await;
    let first_two: Vec<_> = client
        .sessions()
        .list()
        .per_page(2)
        .stream()
        .take(2)
        .collect()
        .await;
    assert_eq!(first_two.len(), 2);
    let fetched = server.received_requests().await.unwrap().len();
    assert!(
        fetched <= 2,
        "fetched {fetched} pages for one page read: more than one ahead"
    );
}

#[tokio::test]
async fn stream_fetches_the_next_page_while_the_current_one_is_read() {
    let (server, client) = setup().await;
    let (asked, mut pages_asked) = tokio::sync::mpsc::unbounded_channel();
    let serve = sessions(4, None);
    api("GET", "/sessions")
        .respond_with(move |request: &Request| {
            let page = request
                .url
                .query_pairs()
                .find(|(k, _)| k == "page")
                .map(|(_, v)| v.into_owned());
            let _ = asked.send(page);
            serve(request)
        })
        .mount(&server)
        .await;
    let mut stream = client.sessions().list().per_page(2).stream();
    let first = stream.try_next().await.unwrap().unwrap();
    assert_eq!(first.id, 1);
    assert_eq!(pages_asked.recv().await.flatten().as_deref(), Some("1"));
    // Page 2 is asked for while item 2 of page 1 is still unread (the timeout only
    // turns a missing prefetch into a failure instead of a hang).
    let second = tokio::time::timeout(std::time::Duration::from_secs(30), pages_asked.recv())
        .await
        .expect("page 2 was not fetched ahead");
    assert_eq!(second.flatten().as_deref(), Some("2"));
    let rest: Vec<u64> = stream.map_ok(|s| s.id.get()).try_collect().await.unwrap();
    assert_eq!(rest, [2, 3, 4]);
}

#[tokio::test]
async fn stream_stops_on_an_empty_page_even_if_the_server_claims_more() {
    let (server, client) = setup().await;
    api("GET", "/sessions")
        .respond_with(sessions(2, Some(1000)))
        .expect(2)
        .mount(&server)
        .await;
    let all: Vec<_> = client
        .sessions()
        .list()
        .per_page(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
}

#[tokio::test]
async fn stream_yields_an_error_then_ends() {
    let (server, client) = setup().await;
    api("GET", "/sessions")
        .and(query_param("page", "2"))
        .respond_with(respond(404, json!({"error": "gone", "code": "NOT_FOUND"})))
        .mount(&server)
        .await;
    api("GET", "/sessions")
        .respond_with(sessions(4, None))
        .mount(&server)
        .await;
    let items: Vec<Result<_, Error>> = client
        .sessions()
        .list()
        .per_page(2)
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 3);
    assert!(items[0].is_ok() && items[1].is_ok());
    assert_eq!(items[2].as_ref().unwrap_err().status(), Some(404));
}

#[tokio::test]
async fn recordings_and_chunks_stream_too() {
    let (server, client) = setup().await;
    api("GET", "/recordings")
        .respond_with(respond(200, json!({"recordings": [{"id": 1, "egress_id": "EG_1", "room_name": "proj_a", "format": "wav", "status": "completed"}], "total": 1, "page": 1, "per_page": 25, "total_pages": 1})))
        .mount(&server)
        .await;
    api("GET", "/knowledge-bases/1/chunks")
        .respond_with(respond(200, json!({"chunks": [{"id": 1, "content": "c", "source": "s", "chunk_index": 0, "is_active": true}], "total": 1, "page": 1, "per_page": 20, "total_pages": 1})))
        .mount(&server)
        .await;
    let recs: Vec<_> = client
        .recordings()
        .list()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(recs[0].egress_id, "EG_1");
    let chunks: Vec<_> = client
        .knowledge_bases()
        .chunks(1)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(chunks[0].source.as_deref(), Some("s"));
}
