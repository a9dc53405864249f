//! The built `voxai` binary against an in-process reference server, as a script runs it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stderr
)]

mod common;

mod argv;
mod auth;
mod completions;
mod errors;
mod in_process;
mod knowledge;
mod logging;
mod man;
mod newcomer;
mod realtime;
mod receiver;
mod resources;
mod secrets;
mod security;
mod sessions;
mod snapshots;
mod tolerance;
