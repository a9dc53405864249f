//! Decides at build time what the conformance suite may run, so that libtest reports
//! what it leaves out as `ignored` instead of counting an early return as `passed`.
//!
//! - `deployment`: `VOXAI_CONFORMANCE_BASE_URL` names a deployment. Tests that need the
//!   reference server's fixtures or control plane are ignored.
//! - `billable`: `VOXAI_CONFORMANCE_BILLABLE=1` lets tests that cost money or reach the
//!   outside world (recordings, agent dispatch) run against a deployment.
//! - `minimal`: `VOXAI_MOCK_RESPONSES=minimal` runs the reference server in its
//!   reference-minimal mode; tests of what only the full mode sends are ignored.

fn main() {
    for name in [
        "VOXAI_CONFORMANCE_BASE_URL",
        "VOXAI_CONFORMANCE_BILLABLE",
        "VOXAI_MOCK_RESPONSES",
    ] {
        println!("cargo::rerun-if-env-changed={name}");
    }
    println!("cargo::rustc-check-cfg=cfg(deployment, billable, minimal)");
    let set = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if set("VOXAI_CONFORMANCE_BASE_URL").is_some() {
        println!("cargo::rustc-cfg=deployment");
    }
    if set("VOXAI_CONFORMANCE_BILLABLE").as_deref() == Some("1") {
        println!("cargo::rustc-cfg=billable");
    }
    if set("VOXAI_MOCK_RESPONSES").as_deref() == Some("minimal") {
        println!("cargo::rustc-cfg=minimal");
    }
}
