//! `voxai kb`.

use std::io::Write;
use std::process::Stdio;

use crate::common::{Env, run};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_knowledge_base_end_to_end() {
    let env = Env::start().await;
    let kb = env
        .json(&[
            "kb",
            "create",
            "FAQ",
            "--description",
            "Support",
            "--chunk-size",
            "120",
            "--chunk-overlap",
            "0",
        ])
        .await;
    let id = env.kb_id(&kb, "FAQ").await;
    let hours = env.dir.path().join("hours.md");
    let refunds = env.dir.path().join("refunds.txt");
    std::fs::write(
        &hours,
        "# Hours\nWe are open Monday to Friday, 9am to 5pm.\n",
    )
    .unwrap();
    std::fs::write(
        &refunds,
        "Refunds are paid within 14 days of the return arriving.\n",
    )
    .unwrap();
    let uploads = env
        .json(&[
            "kb",
            "upload",
            &id,
            hours.to_str().unwrap(),
            refunds.to_str().unwrap(),
        ])
        .await;
    assert_eq!(
        (
            uploads[0]["source_file"].as_str(),
            uploads[1]["source_file"].as_str()
        ),
        (Some("hours.md"), Some("refunds.txt"))
    );

    // Ingest from stdin.
    let mut command = env.command();
    command
        .args(["-o", "json", "kb", "ingest", &id, "--source", "about"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped());
    let mut child = command.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"The company was founded in 2020 in Lisbon.")
        .unwrap();
    let output = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert!(output.status.success());
    let ingested: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    if env.echoes() {
        assert_eq!(ingested["source_name"], "about");
    }
    env.json(&[
        "kb",
        "ingest",
        &id,
        "--content",
        "Shipping takes two days.",
        "--source",
        "shipping",
    ])
    .await;

    let list = env.run(&["kb", "list"]).await;
    assert!(list.success().stdout.contains("FAQ") && list.stdout.contains("CHUNKS"));
    assert_eq!(
        env.json(&["kb", "get", &id]).await["knowledge_base"]["chunk_count"],
        4
    );
    let search = env
        .json(&[
            "kb",
            "search",
            &id,
            "How long do refunds take?",
            "--top-k",
            "2",
        ])
        .await;
    assert!(
        search["results"][0]["content"]
            .as_str()
            .is_some_and(|c| c.contains("14 days")),
        "{search}"
    );
    if env.echoes() {
        assert_eq!(search["results"][0]["source"], "refunds.txt");
    }
    let table = env.run(&["kb", "search", &id, "When are you open?"]).await;
    assert!(table.success().stdout.contains("SCORE"));
    let chunks = env
        .run(&["-q", "kb", "chunks", &id, "--all", "--per-page", "1"])
        .await;
    let chunk_ids = chunks
        .success()
        .lines()
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    assert_eq!(chunk_ids.len(), 4);
    assert!(
        env.run(&["kb", "chunks", &id, "--active", "true"])
            .await
            .stdout
            .contains("SOURCE")
    );
    let updated = env
        .json(&[
            "kb",
            "chunk-update",
            &id,
            &chunk_ids[0],
            "--content",
            "Our mascot is an owl.",
        ])
        .await;
    if env.echoes() {
        assert_eq!(updated["chunk"]["content"], "Our mascot is an owl.");
    }
    env.run(&["kb", "chunk-delete", &id, &chunk_ids[0]])
        .await
        .code(2);
    env.run(&["-y", "kb", "chunk-delete", &id, &chunk_ids[0]])
        .await
        .success();
    assert_eq!(
        env.json(&["kb", "reindex", &id]).await["chunks_reindexed"],
        3
    );
    env.run(&["-y", "kb", "delete", &id]).await.success();
    env.run(&["kb", "get", &id]).await.code(4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_are_checked_before_sending() {
    let env = Env::start().await;
    let created = env.json(&["kb", "create", "Checks"]).await;
    let id = env.kb_id(&created, "Checks").await;
    let pdf = env.dir.path().join("slides.pdf");
    std::fs::write(&pdf, b"%PDF").unwrap();
    let refused = env.run(&["kb", "upload", &id, pdf.to_str().unwrap()]).await;
    refused.code(5);
    assert!(refused.stderr.contains(".txt, .md, .csv and .json"));
    let big = env.dir.path().join("big.txt");
    std::fs::write(&big, vec![b'a'; 10 * 1024 * 1024 + 1]).unwrap();
    env.run(&["kb", "upload", &id, big.to_str().unwrap()])
        .await
        .code(5);
    env.run(&["kb", "upload", &id, "/nonexistent/file.md"])
        .await
        .code(1);
    let mut empty = env.command();
    empty.args(["kb", "ingest", &id]);
    run(empty).await.code(5);
    let log = env.control().requests().await.unwrap();
    let uploads = log
        .iter()
        .filter(|r| r.path.ends_with("/documents"))
        .count();
    assert_eq!(uploads, 0, "nothing was sent");
}
