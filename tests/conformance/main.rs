//! The conformance suite: the SDK against the reference server, endpoint by endpoint,
//! error by error. Set `VOXAI_CONFORMANCE_BASE_URL` and `VOXAI_CONFORMANCE_API_KEY` to
//! run the portable part against a deployment instead.

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
mod errors;
mod fidelity;
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
mod sweep;
mod tokens;
mod webhook_events;
mod webhooks;
