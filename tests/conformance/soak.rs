//! 64 clients writing at once: every acknowledged write is found exactly once afterwards,
//! and the rate limiter admits no more than its window. Bounded to a few seconds in CI;
//! `VOXAI_SOAK_SECS=30 cargo test -p voxai-conformance soak -- --nocapture` is the long run.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use voxai_mock::{MockServer, keys};
use voxai_sdk::types::call_control::SendDataRequest;
use voxai_sdk::types::knowledge::CreateKnowledgeBaseRequest;
use voxai_sdk::types::sessions::{AddTranscriptRequest, CreateSessionRequest, Speaker};

use crate::target::Target;

const CLIENTS: usize = 64;
const KNOWLEDGE_BASES: usize = 16;

fn soak_duration() -> Duration {
    let secs = std::env::var("VOXAI_SOAK_SECS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(3);
    Duration::from_secs(secs.clamp(1, 600))
}

/// What one client had acknowledged.
#[derive(Debug, Default)]
struct Acknowledged {
    live_rooms: BTreeSet<String>,
    deleted_rooms: usize,
    /// Session id → the one transcript line added to it.
    transcripts: BTreeMap<u64, String>,
    /// Knowledge base id → texts ingested into it.
    ingested: BTreeMap<u64, Vec<String>>,
    other_writes: usize,
}

async fn one_client(
    client: voxai_sdk::Client,
    kb: voxai_sdk::types::ids::KnowledgeBaseId,
    me: usize,
    until: Instant,
) -> Acknowledged {
    let mut done = Acknowledged::default();
    let mut n = 0u64;
    while Instant::now() < until {
        n += 1;
        let room = format!("soak-{me}-{n}");
        client.rooms().create(room.as_str()).await.unwrap();
        let full = format!("proj_{room}");
        let session = client
            .sessions()
            .create(CreateSessionRequest::new(full.as_str()).agent(1))
            .await
            .unwrap()
            .session;
        let line = format!("line {me}/{n}");
        client
            .sessions()
            .add_transcript(
                full.as_str(),
                AddTranscriptRequest::new(Speaker::User, line.as_str()),
            )
            .await
            .unwrap();
        done.transcripts.insert(session.id.into(), line);
        let text = format!("fact {me}/{n}: refunds take {n} days");
        client
            .knowledge_bases()
            .ingest(kb, text.as_str())
            .await
            .unwrap();
        done.ingested.entry(kb.into()).or_default().push(text);
        client
            .call_control()
            .send_data(room.as_str(), SendDataRequest::new("ping"))
            .await
            .unwrap();
        client
            .sessions()
            .end(full.as_str(), Default::default())
            .await
            .unwrap();
        done.other_writes += 2;
        // Every third room is closed again.
        if n % 3 == 0 {
            client.rooms().delete(room.as_str()).await.unwrap();
            done.deleted_rooms += 1;
        } else {
            done.live_rooms.insert(room);
        }
    }
    done
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn concurrent_writers_lose_and_duplicate_nothing() {
    // No rate limit and no quotas: this is about the store, not the plan.
    let mut fixtures = voxai_mock::Fixtures::builtin();
    for resource in [
        "rooms",
        "sessions",
        "knowledge_bases",
        "chunks_per_knowledge_base",
    ] {
        fixtures.projects[0]
            .quota_limits
            .insert(resource.into(), -1);
    }
    let target =
        Target::mock_with(MockServer::builder().rate_limit(false).fixtures(fixtures)).await;
    let client = target.client();
    let mut kbs = Vec::new();
    // Clients share knowledge bases: concurrent ingests into one.
    for i in 0..KNOWLEDGE_BASES {
        let kb = target
            .create_kb(CreateKnowledgeBaseRequest::new(format!("soak {i}")).chunk_size(1000))
            .await;
        kbs.push(kb.id);
    }
    let began = Instant::now();
    let until = began + soak_duration();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|me| {
            tokio::spawn(one_client(
                target.client(),
                kbs[me % KNOWLEDGE_BASES],
                me,
                until,
            ))
        })
        .collect();
    let mut all = Vec::new();
    for task in tasks {
        all.push(task.await.unwrap());
    }
    let elapsed = began.elapsed();

    // Rooms: the list holds exactly the acknowledged, not deleted, ones.
    let listed: Vec<String> = client
        .rooms()
        .list()
        .await
        .unwrap()
        .rooms
        .into_iter()
        .map(|r| r.name.into_string())
        .collect();
    let listed_set: BTreeSet<String> = listed.iter().cloned().collect();
    assert_eq!(listed.len(), listed_set.len(), "a room is listed twice");
    let live: BTreeSet<String> = all
        .iter()
        .flat_map(|a| a.live_rooms.iter().cloned())
        .collect();
    assert_eq!(listed_set, live);

    // Sessions: one per acknowledged create, each with its one line.
    let sessions: Vec<_> = client
        .sessions()
        .list()
        .stream()
        .try_collect()
        .await
        .unwrap();
    let expected: BTreeMap<u64, String> = all
        .iter()
        .flat_map(|a| a.transcripts.iter().map(|(k, v)| (*k, v.clone())))
        .collect();
    assert_eq!(
        sessions.len(),
        expected.len(),
        "sessions listed vs acknowledged"
    );
    for (id, line) in &expected {
        let transcript = client.sessions().transcript(*id).await.unwrap().transcripts;
        let lines: Vec<_> = transcript.iter().map(|t| t.content.as_str()).collect();
        assert_eq!(lines, [line.as_str()], "session {id}");
    }

    // Knowledge: every ingested text is a chunk of its knowledge base, once.
    let mut ingested = BTreeMap::<u64, Vec<String>>::new();
    for done in &all {
        for (kb, texts) in &done.ingested {
            ingested
                .entry(*kb)
                .or_default()
                .extend(texts.iter().cloned());
        }
    }
    let mut chunks_seen = 0;
    {
        for (kb, texts) in &ingested {
            let chunks: Vec<_> = client
                .knowledge_bases()
                .chunks(*kb)
                .stream()
                .try_collect()
                .await
                .unwrap();
            let mut contents: Vec<_> = chunks.iter().map(|c| c.content.clone()).collect();
            contents.sort();
            let mut texts = texts.clone();
            texts.sort();
            assert_eq!(contents, texts, "knowledge base {kb}");
            chunks_seen += contents.len();
        }
    }

    let writes: usize = all
        .iter()
        .map(|a| {
            a.live_rooms.len()
                + 2 * a.deleted_rooms
                + 2 * a.transcripts.len()
                + a.ingested.values().map(Vec::len).sum::<usize>()
                + a.other_writes
        })
        .sum();
    eprintln!(
        "soak: {CLIENTS} clients, {:.1} s, {writes} acknowledged writes ({:.0}/s); \
         {} rooms live, {} sessions, {chunks_seen} chunks: none lost, none twice",
        elapsed.as_secs_f64(),
        writes as f64 / elapsed.as_secs_f64(),
        live.len(),
        expected.len(),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn concurrent_clients_never_get_past_the_rate_limit() {
    let target = Target::mock_with(MockServer::builder()).await;
    let free = Arc::new(target.client_with(keys::FREE));
    let until = Instant::now() + soak_duration().min(Duration::from_secs(10));
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let free = free.clone();
            tokio::spawn(async move {
                let (mut admitted, mut refused) = (0usize, 0usize);
                while Instant::now() < until {
                    match free.agents().list().await {
                        Ok(_) => admitted += 1,
                        Err(e) if e.status() == Some(429) => refused += 1,
                        Err(e) => panic!("{e}"),
                    }
                }
                (admitted, refused)
            })
        })
        .collect();
    let (mut admitted, mut refused) = (0, 0);
    for task in tasks {
        let (a, r) = task.await.unwrap();
        admitted += a;
        refused += r;
    }
    eprintln!(
        "rate limit: {CLIENTS} clients, {admitted} admitted, {refused} refused (free plan: 60 a minute)"
    );
    // The run is shorter than the 60-second window: exactly the limit gets through.
    assert_eq!(admitted, 60);
    assert!(refused > 0);
}
