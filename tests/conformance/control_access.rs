//! The control plane is for this machine: no other host name, no other site's page, the
//! token when one is set, and no address other machines reach without saying so.

use voxai_mock::{MockServer, StartError};

use crate::front_door::send;
use crate::target::Target;

fn post(host: &str, extra: &str) -> String {
    format!(
        "POST /_mock/reset HTTP/1.1\r\nhost: {host}\r\ncontent-type: text/plain\r\ncontent-length: 0\r\nconnection: close\r\n{extra}\r\n"
    )
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn only_this_machine_reaches_the_control_plane() {
    let target = Target::mock().await;
    let own = target.server().addr().to_string();
    // A page on another site (its POST carries its Origin), and a DNS-rebound name.
    let foreign = send(&target, &post(&own, "origin: http://evil.example\r\n")).await;
    assert_eq!(foreign.status, 403, "{foreign:?}");
    assert_eq!(foreign.envelope()["code"], "FORBIDDEN");
    let rebound = send(&target, &post("evil.example:4010", "")).await;
    assert_eq!(rebound.status, 403, "{rebound:?}");
    assert!(
        rebound.envelope()["error"]
            .as_str()
            .unwrap()
            .contains("evil.example")
    );
    // This machine, by any loopback name, with or without its own origin.
    for (host, extra) in [
        (own.clone(), String::new()),
        (own.clone(), format!("origin: http://{own}\r\n")),
        (
            format!("localhost:{}", target.server().addr().port()),
            String::new(),
        ),
    ] {
        let ok = send(&target, &post(&host, &extra)).await;
        assert_eq!(ok.status, 200, "{host} {extra}: {ok:?}");
    }
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_control_token_is_required_once_set() {
    let server = MockServer::builder()
        .control_token("s3cret-token")
        .start()
        .await
        .unwrap();
    let url = format!("{}/_mock/requests", server.url());
    let http = reqwest::Client::new();
    let refused = http.get(&url).send().await.unwrap();
    assert_eq!(refused.status(), 401);
    let wrong = http.get(&url).bearer_auth("guess").send().await.unwrap();
    assert_eq!(wrong.status(), 401);
    let ok = http
        .get(&url)
        .bearer_auth("s3cret-token")
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    // The server's own typed client sends it.
    server.control_plane().reset().await.unwrap();
    assert!(!format!("{:?}", server.control_plane()).contains("s3cret-token"));
}

#[tokio::test]
async fn an_address_other_machines_reach_needs_saying_so() {
    let refused = MockServer::builder()
        .addr("0.0.0.0:0".parse().unwrap())
        .start()
        .await
        .unwrap_err();
    assert!(
        matches!(refused, StartError::NotLoopback { .. }),
        "{refused}"
    );
    assert!(refused.to_string().contains("--allow-remote"), "{refused}");
}
