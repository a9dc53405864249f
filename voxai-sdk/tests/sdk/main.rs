//! The SDK against wiremock: what each endpoint sends and how it decodes what comes back.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

mod agents;
mod call_control;
mod client;
mod errors;
mod extend;
mod faults;
mod knowledge;
mod network_causes;
mod pagination;
mod quota;
mod recordings;
mod redirects;
mod retry;
mod room_names;
mod rooms;
mod sessions;
mod sip;
mod tokens;
mod upload;
mod webhooks;
