//! The monitor WebSocket end to end: the reference server's hub and the SDK's client.

use std::time::Duration;

use futures::{SinkExt, StreamExt, TryStreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use voxai_mock::{MockServer, keys};
use voxai_sdk::monitor::{Monitor, MonitorMessage};
use voxai_sdk::types::ErrorCode;
use voxai_sdk::types::monitor::{Channel, MonitorEvent};
use voxai_sdk::types::recordings::RecordingStatus;
use voxai_sdk::types::room_names::RoomName;
use voxai_sdk::types::sessions::{AddTranscriptRequest, CreateSessionRequest, Speaker};
use voxai_sdk::types::sip::{CallStatus, DialRequest};

use crate::target::Target;

/// The next event, skipping nothing; fails the test after 10 s.
async fn next_event(monitor: &mut Monitor) -> MonitorEvent {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), monitor.try_next())
            .await
            .expect("no monitor message within 10 s")
            .expect("monitor error")
            .expect("monitor ended");
        if let MonitorMessage::Event { event, .. } = message {
            return event;
        }
    }
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn every_event_type_arrives_typed() {
    let target = Target::mock().await;
    let client = target.client();
    let mut monitor = client.monitor().rooms().connect().await.unwrap();

    client.rooms().create("live").await.unwrap();
    let MonitorEvent::RoomCreated(created) = next_event(&mut monitor).await else {
        panic!("room.created first")
    };
    assert_eq!(created.room_name, "proj_live");
    assert!(created.created_at.unwrap().unix_seconds().unwrap() > 1_700_000_000);

    target.join("proj_live", "user1").await;
    let MonitorEvent::ParticipantJoined(joined) = next_event(&mut monitor).await else {
        panic!()
    };
    assert_eq!(
        (
            joined.room_name.as_str(),
            joined.identity.as_str(),
            joined.name.as_ref().unwrap().as_str()
        ),
        ("proj_live", "user1", "user1")
    );

    let session = client
        .sessions()
        .create(CreateSessionRequest::new("proj_live"))
        .await
        .unwrap()
        .session
        .id;
    client
        .sessions()
        .add_transcript(
            "proj_live",
            AddTranscriptRequest::new(Speaker::User, "Hello").at_ms(1500),
        )
        .await
        .unwrap();
    let MonitorEvent::TranscriptNew(line) = next_event(&mut monitor).await else {
        panic!()
    };
    assert_eq!(
        (
            line.session_id,
            line.speaker,
            line.content.as_str(),
            line.timestamp_ms
        ),
        (Some(session), Some(Speaker::User), "Hello", Some(1500))
    );

    let recording = client
        .recordings()
        .start("live")
        .await
        .unwrap()
        .recording
        .id;
    let MonitorEvent::RecordingStatus(status) = next_event(&mut monitor).await else {
        panic!()
    };
    assert_eq!(
        (status.recording_id, status.status),
        (recording, Some(RecordingStatus::Recording))
    );
    client.recordings().stop("live", None).await.unwrap();
    let MonitorEvent::RecordingStatus(status) = next_event(&mut monitor).await else {
        panic!()
    };
    assert_eq!(status.status, Some(RecordingStatus::Completed));

    client.rooms().kick("live", "user1").await.unwrap();
    let MonitorEvent::ParticipantLeft(left) = next_event(&mut monitor).await else {
        panic!()
    };
    assert_eq!(
        (
            left.identity.as_str(),
            left.reason.as_ref().unwrap().as_str()
        ),
        ("user1", "kicked")
    );

    client.rooms().delete("live").await.unwrap();
    let MonitorEvent::RoomClosed(closed) = next_event(&mut monitor).await else {
        panic!()
    };
    assert_eq!(closed.room_name, "proj_live");

    client
        .sip()
        .dial(DialRequest::new("+17751234567").room_name("phone"))
        .await
        .unwrap();
    let mut seen = Vec::new();
    let call = loop {
        match next_event(&mut monitor).await {
            MonitorEvent::CallStatus(call) => break call,
            other => seen.push(other.event_type().to_string()),
        }
    };
    assert_eq!(
        seen,
        ["room.created", "participant.joined", "participant.joined"]
    );
    assert_eq!(
        (
            call.room_name.as_str(),
            call.phone_number.as_deref(),
            call.status
        ),
        (
            "proj_phone",
            Some("+17751234567"),
            Some(CallStatus::Dialing)
        )
    );
    target
        .control()
        .set_call_status("proj_phone", CallStatus::Answered)
        .await
        .unwrap();
    let MonitorEvent::CallStatus(call) = next_event(&mut monitor).await else {
        panic!()
    };
    assert_eq!(call.status, Some(CallStatus::Answered));
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_room_channel_gets_only_its_room() {
    let target = Target::mock().await;
    let client = target.client();
    let mut monitor = client.monitor().room("mine").connect().await.unwrap();
    client.rooms().create("other").await.unwrap();
    target.join("proj_other", "x").await;
    client.rooms().create("mine").await.unwrap();
    // Events arrive in order: had "other" leaked, it would come first.
    assert_eq!(
        next_event(&mut monitor).await.room_name(),
        Some("proj_mine")
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn projects_do_not_see_each_other() {
    let target = Target::mock().await;
    let mut theirs = target
        .client_with(keys::FREE)
        .monitor()
        .rooms()
        .connect()
        .await
        .unwrap();
    target.client().rooms().create("pro-room").await.unwrap();
    target
        .client_with(keys::FREE)
        .rooms()
        .create("free-room")
        .await
        .unwrap();
    assert_eq!(
        next_event(&mut theirs).await.room_name(),
        Some("free_free-room")
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn refused_keys_are_closed_with_4001() {
    let target = Target::mock().await;
    for key in ["pk_nope", keys::REVOKED] {
        let err = target
            .client_with(key)
            .monitor()
            .rooms()
            .connect()
            .await
            .unwrap_err();
        assert_api_error_lite(&err);
    }
    // Without subscriptions the refusal is still seen.
    let err = target
        .client_with("pk_nope")
        .monitor()
        .connect()
        .await
        .unwrap_err();
    assert_api_error_lite(&err);
    let connections = target.control().monitor_connections().await.unwrap();
    let codes: Vec<_> = connections.iter().map(|c| c.close_code).collect();
    assert!(codes.iter().all(|c| *c == Some(4001)), "{codes:?}");
}

fn assert_api_error_lite(err: &voxai_sdk::Error) {
    assert_eq!(err.code(), Some(&ErrorCode::Unauthorized), "{err:?}");
    assert_eq!(err.status(), Some(401));
}

/// A raw WebSocket client, for what the SDK never sends.
async fn raw(
    target: &Target,
    key: &str,
) -> tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>> {
    let url = format!("{}?api_key={key}", target.server().ws_url());
    tokio_tungstenite::connect_async(url).await.unwrap().0
}

async fn next_json<S>(socket: &mut S) -> Value
where
    S: futures::Stream<Item = Result<Message, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        if let Message::Text(text) = frame {
            return serde_json::from_str(&text).unwrap();
        }
    }
}

#[tokio::test]
#[cfg_attr(
    any(deployment, minimal),
    ignore = "needs what only the reference server's full mode sends"
)]
async fn malformed_messages_get_an_error_frame_not_a_disconnect() {
    let target = Target::mock().await;
    // Error frames and confirmations are extensions the reference does not document.
    let mut socket = raw(&target, keys::PRO).await;
    for bad in [
        "not json",
        r#"{"action":"dance","channel":"rooms"}"#,
        r#"{"action":"subscribe","channel":"everything"}"#,
        "{}",
    ] {
        socket.send(Message::Text(bad.into())).await.unwrap();
        let reply = next_json(&mut socket).await;
        assert_eq!(reply["type"], "error", "{bad}: {reply}");
        assert!(reply["data"]["message"].as_str().unwrap().len() > 5);
    }
    socket
        .send(Message::Binary(vec![1, 2, 3].into()))
        .await
        .unwrap();
    assert_eq!(next_json(&mut socket).await["type"], "error");
    socket
        .send(Message::Text(
            r#"{"action":"subscribe","channel":"rooms"}"#.into(),
        ))
        .await
        .unwrap();
    assert_eq!(
        next_json(&mut socket).await,
        json!({"type": "subscribed", "data": {"channel": "rooms"}})
    );
    target.client().rooms().create("still-here").await.unwrap();
    let event = next_json(&mut socket).await;
    assert_eq!(
        (event["type"].as_str(), event["data"]["room_name"].as_str()),
        (Some("room.created"), Some("proj_still-here"))
    );
}

#[tokio::test]
#[cfg_attr(
    any(deployment, minimal),
    ignore = "needs what only the reference server's full mode sends"
)]
async fn subscriptions_change_while_connected() {
    let target = Target::mock().await;
    // Error frames and confirmations are extensions the reference does not document.
    let client = target.client();
    let mut monitor = client.monitor().connect().await.unwrap();
    monitor.subscribe(Channel::Room("a".into())).await.unwrap();
    client.rooms().create("a").await.unwrap();
    assert_eq!(next_event(&mut monitor).await.room_name(), Some("proj_a"));
    monitor.subscribe(Channel::Room("b".into())).await.unwrap();
    monitor
        .unsubscribe(Channel::Room("a".into()))
        .await
        .unwrap();
    target.join("proj_a", "ignored").await;
    client.rooms().create("b").await.unwrap();
    assert_eq!(next_event(&mut monitor).await.room_name(), Some("proj_b"));
    let err = monitor
        .subscribe(Channel::Room(RoomName::default()))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            voxai_sdk::Error::Validation {
                field: "channel",
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_restarted_server_is_reconnected_to() {
    let first = MockServer::start().await.unwrap();
    let addr = first.addr();
    let client = voxai_sdk::Client::builder()
        .api_key(keys::PRO)
        .base_url(first.base_url())
        .build()
        .unwrap();
    let mut monitor = client
        .monitor()
        .rooms()
        .reconnect_backoff(Duration::from_millis(20), Duration::from_millis(200))
        .connect()
        .await
        .unwrap();
    client.rooms().create("before").await.unwrap();
    assert_eq!(
        next_event(&mut monitor).await.room_name(),
        Some("proj_before")
    );

    first.shutdown().await;
    let message = tokio::time::timeout(Duration::from_secs(10), monitor.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(
        matches!(message, MonitorMessage::Disconnected { .. }),
        "{message:?}"
    );
    let _second = MockServer::builder().addr(addr).start().await.unwrap();
    let message = tokio::time::timeout(Duration::from_secs(10), monitor.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(
        matches!(message, MonitorMessage::Reconnected { attempts } if attempts >= 1),
        "{message:?}"
    );
    client.rooms().create("after").await.unwrap();
    assert_eq!(
        next_event(&mut monitor).await.room_name(),
        Some("proj_after")
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_slow_consumer_is_cut_off_and_a_fast_one_keeps_receiving() {
    let target = Target::mock_with(
        MockServer::builder()
            .monitor(16, Duration::from_secs(15))
            .rate_limit(false),
    )
    .await;
    let client = target.client();
    client.rooms().create("busy").await.unwrap();
    client
        .sessions()
        .create(CreateSessionRequest::new("proj_busy"))
        .await
        .unwrap();
    let mut fast = client.monitor().room("busy").connect().await.unwrap();
    let mut slow = raw(&target, keys::PRO).await;
    slow.send(Message::Text(
        r#"{"action":"subscribe","channel":"room:busy"}"#.into(),
    ))
    .await
    .unwrap();
    if target.echoes() {
        assert_eq!(next_json(&mut slow).await["type"], "subscribed");
    }

    // Big lines fill the slow client's socket buffers, then its queue of 16.
    let line = "x".repeat(64 * 1024);
    const LINES: usize = 500;
    let mut received = 0;
    for _ in 0..LINES {
        client
            .sessions()
            .add_transcript(
                "proj_busy",
                AddTranscriptRequest::new(Speaker::Agent, line.as_str()),
            )
            .await
            .unwrap();
    }
    while received < LINES {
        if let MonitorEvent::TranscriptNew(t) = next_event(&mut fast).await {
            assert_eq!(t.content.len(), line.len());
            received += 1;
        }
    }
    // The slow client now reads what was buffered for it, then the end.
    let mut slow_events = 0;
    loop {
        match tokio::time::timeout(Duration::from_secs(20), slow.next())
            .await
            .expect("the slow client was never cut off")
        {
            Some(Ok(Message::Text(_))) => slow_events += 1,
            Some(Ok(Message::Close(frame))) => {
                assert_eq!(frame.map(|f| u16::from(f.code)), Some(4008));
                break;
            }
            Some(Ok(_)) => {}
            Some(Err(_)) | None => break,
        }
    }
    assert!(
        slow_events < LINES,
        "the slow client got everything ({slow_events})"
    );
    let connections = target.control().monitor_connections().await.unwrap();
    let closed: Vec<_> = connections
        .iter()
        .filter(|c| c.close_code == Some(4008))
        .collect();
    assert_eq!(closed.len(), 1, "{connections:?}");
    assert!(
        closed[0]
            .close_reason
            .as_deref()
            .is_some_and(|r| r.contains("too slow")),
        "{closed:?}"
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_monitor_path_without_an_upgrade_is_an_envelope() {
    let target = Target::mock().await;
    let response = reqwest::get(target.server().ws_url().replacen("ws://", "http://", 1))
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "INVALID_REQUEST");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_server_pings_to_keep_connections_alive() {
    let target =
        Target::mock_with(MockServer::builder().monitor(256, Duration::from_millis(50))).await;
    let mut socket = raw(&target, keys::PRO).await;
    let ping = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            if let Some(Ok(Message::Ping(_))) = socket.next().await {
                return;
            }
        }
    })
    .await;
    assert!(ping.is_ok(), "no ping from the server");
}

#[tokio::test]
async fn a_silent_server_counts_as_a_lost_connection() {
    // A WebSocket server that completes the handshake, then never reads or writes again.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = listener.accept().await {
            if let Ok(socket) = tokio_tungstenite::accept_async(stream).await {
                held.push(socket);
            }
        }
    });
    let client = voxai_sdk::Client::builder()
        .api_key(keys::PRO)
        .base_url(format!("http://{addr}/api/v1"))
        .build()
        .unwrap();
    let mut monitor = client
        .monitor()
        .keepalive(Duration::from_millis(50))
        .max_reconnect_attempts(1)
        .reconnect_backoff(Duration::from_millis(10), Duration::from_millis(10))
        .connect()
        .await
        .unwrap();
    let message = tokio::time::timeout(Duration::from_secs(10), monitor.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    match message {
        MonitorMessage::Disconnected { reason } => {
            assert!(reason.contains("stopped answering"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_malformed_monitor_query_is_an_envelope() {
    let target = Target::mock().await;
    let url = target.server().ws_url().replacen("ws://", "http://", 1);
    let response = reqwest::get(format!("{url}?api_key=%ZZ")).await.unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "INVALID_REQUEST");
}

#[tokio::test]
async fn a_command_the_server_never_confirms_fails_after_the_request_timeout() {
    // A server that confirms the first subscription (so the client knows it confirms),
    // then reads every later command and answers none.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let Ok((stream, _)) = listener.accept().await else {
            return;
        };
        let Ok(mut socket) = tokio_tungstenite::accept_async(stream).await else {
            return;
        };
        let mut confirmed = false;
        while let Some(Ok(frame)) = socket.next().await {
            if frame.is_text() && !confirmed {
                confirmed = true;
                let reply = r#"{"type":"subscribed","channel":"rooms"}"#;
                let _ = socket.send(Message::Text(reply.into())).await;
            }
        }
    });
    let client = voxai_sdk::Client::builder()
        .api_key(keys::PRO)
        .base_url(format!("http://{addr}/api/v1"))
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let monitor = client.monitor().rooms().connect().await.unwrap();
    // Without the bound this would wait forever; the outer timeout turns that into a
    // failure.
    let err = tokio::time::timeout(
        Duration::from_secs(30),
        monitor.subscribe(Channel::Room("a".into())),
    )
    .await
    .expect("subscribe returns")
    .unwrap_err();
    assert!(
        matches!(&err, voxai_sdk::Error::WebSocket { message, .. } if message.contains("did not confirm")),
        "{err:?}"
    );
}

#[tokio::test]
#[cfg_attr(
    any(deployment, minimal),
    ignore = "needs what only the reference server's full mode sends"
)]
async fn channels_are_room_names_and_bounded() {
    let target = Target::mock().await;
    let mut socket = raw(&target, keys::PRO).await;
    let subscribe = |channel: String| {
        Message::Text(
            json!({"action": "subscribe", "channel": channel})
                .to_string()
                .into(),
        )
    };
    // A room channel names a room: 128 characters at most, the room-name alphabet.
    for bad in [
        format!("room:{}", "x".repeat(129)),
        "room:has space".to_owned(),
    ] {
        socket.send(subscribe(bad.clone())).await.unwrap();
        let reply = next_json(&mut socket).await;
        assert_eq!(reply["type"], "error", "{reply}");
        assert!(reply.to_string().len() < 400, "not echoed whole: {reply}");
    }
    let at_limit = format!("room:{}", "x".repeat(128));
    socket.send(subscribe(at_limit)).await.unwrap();
    assert_eq!(next_json(&mut socket).await["type"], "subscribed");
    // At most MAX_CHANNELS channels a connection (one is taken above).
    for i in 1..voxai_mock::limits::MONITOR_CHANNELS_PER_CONNECTION {
        socket.send(subscribe(format!("room:r{i}"))).await.unwrap();
        assert_eq!(next_json(&mut socket).await["type"], "subscribed", "{i}");
    }
    socket
        .send(subscribe("room:one-too-many".into()))
        .await
        .unwrap();
    let refused = next_json(&mut socket).await;
    assert_eq!(refused["type"], "error", "{refused}");
    assert!(
        refused["data"]["message"]
            .as_str()
            .unwrap()
            .contains("at most 100")
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_project_holds_a_bounded_number_of_monitor_sockets() {
    let target = Target::mock().await;
    let mut open = Vec::new();
    for _ in 0..voxai_mock::limits::MONITOR_SOCKETS_PER_PROJECT {
        open.push(raw(&target, keys::PRO).await);
    }
    let url = format!("{}?api_key={}", target.server().ws_url(), keys::PRO);
    let refused = tokio_tungstenite::connect_async(url.as_str())
        .await
        .unwrap_err();
    let tokio_tungstenite::tungstenite::Error::Http(answer) = refused else {
        panic!("{refused}")
    };
    assert_eq!(answer.status(), 429);
    // Through the SDK, the refused upgrade reads as any refused REST call does.
    let refused = target
        .client()
        .monitor()
        .rooms()
        .connect()
        .await
        .unwrap_err();
    assert_eq!(refused.status(), Some(429), "{refused}");
    assert_eq!(refused.code(), Some(&ErrorCode::RateLimited), "{refused}");
    assert!(refused.to_string().contains("at most 64"), "{refused}");
    assert!(!refused.to_string().contains(keys::PRO), "{refused}");
    // Another project is not held back by this one.
    raw(&target, keys::FREE).await;
    // Closed connections are remembered up to a bound, open ones always.
    drop(open);
    let connections = target.control().monitor_connections().await.unwrap();
    assert!(
        connections.len() <= voxai_mock::limits::MONITOR_CLOSED_KEPT + 1,
        "{}",
        connections.len()
    );
}

#[tokio::test]
#[cfg_attr(
    any(deployment, minimal),
    ignore = "needs what only the reference server's full mode sends"
)]
async fn a_burst_of_commands_is_answered_not_cut_off() {
    let target = Target::mock().await;
    let mut socket = raw(&target, keys::PRO).await;
    // 300 subscribes in one write: more replies than the 256 frames a reader of events
    // may fall behind by.
    for i in 0..300 {
        let command = json!({"action": "subscribe", "channel": format!("room:r{i:04}")});
        socket
            .feed(Message::Text(command.to_string().into()))
            .await
            .unwrap();
    }
    socket.flush().await.unwrap();
    let mut kinds = std::collections::BTreeMap::<String, usize>::new();
    for _ in 0..300 {
        let reply = next_json(&mut socket).await;
        *kinds
            .entry(reply["type"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    let most = voxai_mock::limits::MONITOR_CHANNELS_PER_CONNECTION;
    assert_eq!(kinds["subscribed"], most, "{kinds:?}");
    assert_eq!(kinds["error"], 300 - most, "{kinds:?}");
    // Still open: events of a subscribed room arrive.
    target.client().rooms().create("r0001").await.unwrap();
    assert_eq!(next_json(&mut socket).await["type"], "room.created");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn an_oversized_message_is_closed_with_1009() {
    let target = Target::mock().await;
    let limit = voxai_mock::limits::MONITOR_MESSAGE_BYTES;
    for size in [limit + 1, 17 * 1024 * 1024] {
        let mut socket = raw(&target, keys::PRO).await;
        let _ = socket.send(Message::Text("x".repeat(size).into())).await;
        let close = loop {
            match tokio::time::timeout(Duration::from_secs(10), socket.next())
                .await
                .unwrap()
            {
                Some(Ok(Message::Close(frame))) => break frame,
                Some(Ok(_)) => continue,
                other => panic!("{size} bytes: no close frame but {other:?}"),
            }
        };
        let close = close.unwrap();
        assert_eq!(u16::from(close.code), 1009, "{size}: {close:?}");
        assert!(close.reason.contains(&limit.to_string()), "{close:?}");
    }
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_room_is_subscribed_by_either_name_on_both_sides() {
    let target = Target::mock().await;
    let client = target.client();
    // The SDK: at connect, and later through `subscribe`, by the full name.
    let mut monitor = client.monitor().room("proj_early").connect().await.unwrap();
    monitor
        .subscribe(Channel::Room("proj_late".into()))
        .await
        .unwrap();
    client.rooms().create("early").await.unwrap();
    assert_eq!(
        next_event(&mut monitor).await.room_name(),
        Some("proj_early")
    );
    client.rooms().create("late").await.unwrap();
    assert_eq!(
        next_event(&mut monitor).await.room_name(),
        Some("proj_late")
    );
    // A room whose own name starts with the prefix is named by its full name.
    monitor
        .subscribe(Channel::Room("proj_proj_x".into()))
        .await
        .unwrap();
    client.rooms().create("proj_x").await.unwrap();
    assert_eq!(
        next_event(&mut monitor).await.room_name(),
        Some("proj_proj_x")
    );

    // The server, to a client that sends the full name as it is.
    let mut socket = raw(&target, keys::PRO).await;
    socket
        .send(Message::Text(
            json!({"action": "subscribe", "channel": "room:proj_raw"})
                .to_string()
                .into(),
        ))
        .await
        .unwrap();
    if target.echoes() {
        assert_eq!(
            next_json(&mut socket).await,
            json!({"type": "subscribed", "data": {"channel": "room:proj_raw"}})
        );
    }
    client.rooms().create("raw").await.unwrap();
    let event = next_json(&mut socket).await;
    assert_eq!(event["data"]["room_name"], "proj_raw", "{event}");
}
