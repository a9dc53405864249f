//! Quota, usage, tokens, rooms, agents, SIP and call control.

use serde_json::json;
use voxai_mock::control_plane::Join;

use crate::common::Env;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quota_and_usage() {
    let env = Env::start().await;
    let quota = env.json(&["quota"]).await;
    assert_eq!(quota["plan"], "professional");
    assert_eq!(quota["quotas"]["agents"]["used"], 3);
    let table = env.run(&["quota"]).await;
    table.success();
    for column in ["RESOURCE", "USED", "LIMIT", "REMAINING", "knowledge_bases"] {
        assert!(table.stdout.contains(column), "{column}: {}", table.stdout);
    }
    let ids = env.run(&["-q", "quota"]).await;
    assert!(ids.lines().contains(&"rooms"));
    let usage = env
        .json(&["usage", "--period", "7d", "--group-by", "service"])
        .await;
    assert_eq!(
        (usage["period"].as_str(), usage["group_by"].as_str()),
        (Some("7d"), Some("service"))
    );
    assert!(
        env.run(&["usage"])
            .await
            .success()
            .stdout
            .contains("COST $")
    );
    env.run(&["usage", "--period", "yesterday"]).await.code(2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens() {
    let env = Env::start().await;
    let token = env
        .json(&[
            "token",
            "create",
            "--identity",
            "alice",
            "--room",
            "standup",
            "--agent",
            "1",
            "--agent",
            "2",
            "--grant",
            "canPublish=false",
        ])
        .await;
    assert_eq!(token["room"], "proj_standup");
    assert_eq!(token["agents_dispatched"], json!([1, 2]));
    let quiet = env
        .run(&[
            "-q",
            "token",
            "create",
            "--identity",
            "ci",
            "--room",
            "smoke",
            "--no-agent",
        ])
        .await;
    assert_eq!(quiet.success().stdout.trim().split('.').count(), 3, "a JWT");
    let table = env
        .run(&[
            "token",
            "create",
            "--identity",
            "x",
            "--room",
            "t",
            "--no-agent",
        ])
        .await;
    assert!(table.success().stdout.contains("agents dispatched"));
    env.run(&[
        "token",
        "create",
        "--identity",
        "x",
        "--room",
        "t",
        "--grant",
        "novalue",
    ])
    .await
    .code(2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rooms_lifecycle() {
    let env = Env::start().await;
    let created = env
        .json(&[
            "rooms",
            "create",
            "standup",
            "--empty-timeout",
            "600",
            "--max-participants",
            "5",
        ])
        .await;
    assert_eq!(
        (
            created["room"]["fullName"].as_str(),
            created["room"]["emptyTimeout"].as_u64()
        ),
        (Some("proj_standup"), Some(600))
    );
    let table = env.run(&["rooms", "list"]).await;
    for column in ["NAME", "FULL NAME", "PARTICIPANTS", "proj_standup"] {
        assert!(table.success().stdout.contains(column), "{column}");
    }
    assert_eq!(
        env.run(&["-q", "rooms", "list"]).await.success().lines(),
        ["standup"]
    );
    let detail = env.json(&["rooms", "get", "standup"]).await;
    assert_eq!(detail["room"]["status"], "active");
    env.control()
        .join("proj_standup", &Join::new("user1"))
        .await
        .unwrap();
    let participants = env.run(&["rooms", "participants", "standup"]).await;
    assert!(
        participants.success().stdout.contains("user1") && participants.stdout.contains("audio")
    );
    assert_eq!(
        env.run(&["-q", "rooms", "participants", "standup"])
            .await
            .lines(),
        ["user1"]
    );

    // Destructive commands refuse without a terminal unless --yes.
    let refused = env.run(&["rooms", "kick", "standup", "user1"]).await;
    refused.code(2);
    assert!(refused.stderr.contains("--yes"), "{}", refused.stderr);
    env.run(&["--yes", "rooms", "kick", "standup", "user1"])
        .await
        .success();
    env.run(&["rooms", "delete", "standup"]).await.code(2);
    let closed = env.json(&["-y", "rooms", "delete", "standup"]).await;
    assert_eq!(closed["message"], "Room closed");
    assert_eq!(
        env.json(&["rooms", "get", "standup"]).await["room"]["status"],
        "closed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agents() {
    let env = Env::start().await;
    let agents = env.json(&["agents", "list"]).await;
    assert_eq!(agents["agents"][0]["name"], "Support Agent");
    let table = env.run(&["agents", "list"]).await;
    assert!(table.success().stdout.contains("openai/gpt-4o") && table.stdout.contains("ACTIVE"));
    assert_eq!(
        env.run(&["-q", "agents", "list"]).await.lines(),
        ["1", "2", "3"]
    );
    let tools = env.run(&["agents", "tools", "1"]).await;
    assert!(
        tools.success().stdout.contains("search_kb") && tools.stdout.contains("REQUIRED ARGUMENTS")
    );
    assert_eq!(
        env.json(&["agents", "tools", "1"]).await["tools"][1]["name"],
        "transfer_call"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sip() {
    let env = Env::start().await;
    let dialed = env
        .json(&[
            "sip",
            "dial",
            "+17751234567",
            "--agent",
            "2",
            "--room",
            "vip",
            "--metadata",
            "{\"ticket\": 42}",
        ])
        .await;
    assert_eq!(
        (
            dialed["call"]["full_room_name"].as_str(),
            dialed["call"]["trunk_id"].as_str()
        ),
        (Some("proj_vip"), Some("ST_out456"))
    );
    assert_eq!(
        env.run(&["-q", "sip", "dial", "+442071838750"])
            .await
            .success()
            .stdout
            .trim(),
        "outbound-call-1"
    );
    let bad = env.run(&["sip", "dial", "7751234567"]).await;
    bad.code(5);
    assert!(bad.stderr.contains("E.164"));
    env.run(&["sip", "dial", "+17751234567", "--metadata", "[1]"])
        .await
        .code(5);
    assert!(
        env.run(&["sip", "trunks"])
            .await
            .success()
            .stdout
            .contains("Main Trunk")
    );
    assert_eq!(
        env.json(&["sip", "configs"]).await["configs"][0]["dtmf_enabled"],
        true
    );
    assert!(env.run(&["sip", "configs"]).await.stdout.contains("DTMF"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_control() {
    let env = Env::start().await;
    env.run(&["rooms", "create", "call"]).await.success();
    for who in ["user1", "agent-1"] {
        env.control()
            .join("proj_call", &Join::new(who))
            .await
            .unwrap();
    }
    let sent = env
        .json(&[
            "call",
            "send-data",
            "call",
            "Hello everyone",
            "--topic",
            "chat",
        ])
        .await;
    if env.echoes() {
        assert_eq!(sent["message"], "Data sent to 2 participant(s)");
    }
    let whisper = env
        .json(&[
            "call",
            "send-data",
            "call",
            "{\"hint\":\"refund\"}",
            "--to",
            "agent-1",
        ])
        .await;
    if env.echoes() {
        assert_eq!(whisper["message"], "Data sent to 1 participant(s)");
    }
    let updated = env
        .json(&[
            "call",
            "update",
            "call",
            "user1",
            "--name",
            "Caller",
            "--can-publish",
            "false",
        ])
        .await;
    if env.echoes() {
        assert_eq!(
            (
                updated["participant"]["name"].as_str(),
                updated["participant"]["permission"]["canPublish"].as_bool()
            ),
            (Some("Caller"), Some(false))
        );
    }
    env.run(&["call", "update", "call", "user1"]).await.code(2);
    let muted = env.json(&["call", "mute", "call", "user1"]).await;
    if env.echoes() {
        assert_eq!(muted["muted"], true);
    }
    let table = env
        .run(&["call", "mute", "call", "user1", "--unmute"])
        .await;
    let stdout = &table.success().stdout;
    assert!(
        stdout
            .lines()
            .any(|l| l.contains("muted") && l.contains("no")),
        "{stdout}"
    );
}
