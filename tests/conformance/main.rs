//! The conformance suite: the SDK against the reference server, endpoint by endpoint,
//! error by error. Set `VOXAI_CONFORMANCE_BASE_URL` and `VOXAI_CONFORMANCE_API_KEY` to
//! run the portable part against a deployment instead: the tests that need the reference
//! server are then built as ignored (see `build.rs`), tests that cost money run only with
//! `VOXAI_CONFORMANCE_BILLABLE=1`, and what each test creates is named with the run's id
//! and removed when it ends.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stderr
)]

mod receiver;
mod target;

mod agents;
mod call_control;
mod cassettes;
mod control_access;
mod delivery;
mod errors;
mod fidelity;
mod front_door;
mod knowledge;
mod monitor;
mod openapi;
mod quota;
mod recordings;
mod retry;
mod rooms;
mod sessions;
mod sip;
mod soak;
mod stability;
mod storage;
mod sweep;
mod tokens;
mod webhook_events;
mod webhooks;
