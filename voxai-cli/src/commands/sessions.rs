//! `voxai sessions` (reference section 8).

use clap::{Args, Subcommand, ValueEnum};
use comfy_table::Table;
use voxai_types::sessions::{
    AddTranscriptRequest, AddTranscriptResponse, CreateSessionRequest, CreateSessionResponse,
    EndSessionRequest, EndSessionResponse, SessionDetailResponse, SessionPage, SessionStatus,
    SessionSummary, SessionType, Speaker, TranscriptResponse,
};

use voxai_sdk::sessions::Sessions;

use super::{Paging, Row, json_object, list_pages, render_rows};
use crate::context::Ctx;
use crate::error::CliError;
use crate::flags::wire;
use crate::output::{self, Cell, Render};

/// `voxai sessions ...`
#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// Sessions, newest first.
    #[command(
        after_help = "Examples:\n  voxai sessions list --status completed --per-page 10\n  voxai -o json sessions list --all | jq -r '.room_name'"
    )]
    List(ListArgs),
    /// A session with its agent and costs.
    #[command(after_help = "Examples:\n  voxai sessions get 42")]
    Get {
        /// Session id.
        id: u64,
    },
    /// A session's transcript.
    #[command(
        after_help = "Examples:\n  voxai sessions transcript 42\n  voxai sessions transcript 42 --format json"
    )]
    Transcript(TranscriptArgs),
    /// Start a session log for a room (usually the agent server's job).
    #[command(
        after_help = "Examples:\n  voxai sessions create proj_support --agent 1 --caller alice\n  voxai sessions create proj_hotline --type sip --metadata '{\"ticket\": 42}'"
    )]
    Create(CreateArgs),
    /// Add a transcript line to a room's active session.
    #[command(
        after_help = "Examples:\n  voxai sessions add-transcript proj_support --speaker user --content 'I need help'\n  voxai sessions add-transcript proj_support --speaker agent --content 'Sure!' --at-ms 1200"
    )]
    AddTranscript(AddTranscriptArgs),
    /// End a room's active session.
    #[command(
        after_help = "Examples:\n  voxai sessions end proj_support\n  voxai sessions end proj_support --summary 'Refund issued' --duration 95"
    )]
    End(EndArgs),
}

/// `sessions end` arguments.
#[derive(Debug, Args)]
pub struct EndArgs {
    /// Full room name.
    room: String,
    /// Summary.
    #[arg(long)]
    summary: Option<String>,
    /// Duration in seconds, instead of the computed one.
    #[arg(long, value_name = "SECS")]
    duration: Option<u64>,
}

/// `sessions add-transcript` arguments.
#[derive(Debug, Args)]
pub struct AddTranscriptArgs {
    /// Full room name.
    room: String,
    /// Who said it.
    #[arg(long, value_parser = wire::<Speaker>())]
    speaker: Speaker,
    /// What was said.
    #[arg(long)]
    content: String,
    /// Milliseconds from session start.
    #[arg(long, value_name = "N")]
    at_ms: Option<u64>,
    /// Mark the line as partial (not final).
    #[arg(long)]
    partial: bool,
}

/// `sessions create` arguments.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Full room name, with the project prefix (e.g. proj_my-room).
    room: String,
    /// Agent handling it.
    #[arg(long, value_name = "ID")]
    agent: Option<u64>,
    /// Identity of the caller.
    #[arg(long)]
    caller: Option<String>,
    /// Session type.
    #[arg(long = "type", value_name = "TYPE", value_parser = wire::<SessionType>())]
    session_type: Option<SessionType>,
    /// Metadata, a JSON object.
    #[arg(long, value_name = "JSON")]
    metadata: Option<String>,
}

/// `sessions transcript` arguments.
#[derive(Debug, Args)]
pub struct TranscriptArgs {
    /// Session id.
    id: u64,
    /// `text` (`[mm:ss] Speaker: content`) or `json` (`-o json` implies json).
    #[arg(long, value_enum, default_value_t = TranscriptFormat::Text)]
    format: TranscriptFormat,
}

/// `sessions list` flags.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only active or completed sessions.
    #[arg(long, value_parser = wire::<SessionStatus>())]
    status: Option<SessionStatus>,
    /// Only sessions of this agent.
    #[arg(long, value_name = "ID")]
    agent: Option<u64>,
    /// Only voice or SIP sessions.
    #[arg(long = "type", value_name = "TYPE", value_parser = wire::<SessionType>())]
    session_type: Option<SessionType>,
    /// From this date (ISO 8601).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Up to this date (ISO 8601).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Which page, or all of them.
    #[command(flatten)]
    paging: Paging,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TranscriptFormat {
    /// `[mm:ss] Speaker: content` lines.
    Text,
    /// The API's JSON.
    Json,
}

impl Row for SessionSummary {
    const HEADER: &'static [&'static str] = &[
        "ID",
        "ROOM",
        "AGENT",
        "STATUS",
        "TYPE",
        "DURATION",
        "MESSAGES",
        "STARTED (UTC)",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.room_name.clone().into(),
            output::or_dash(self.agent_name.as_ref()),
            self.status.cell(),
            self.session_type.cell(),
            seconds(self.duration),
            self.message_count.cell(),
            output::time_cell(self.started_at.as_ref()),
        ]
    }

    fn id(&self) -> String {
        self.id.to_string()
    }
}

render_rows!(SessionPage, sessions);

/// Seconds as `185 s`, `-` when absent.
fn seconds(value: Option<f64>) -> String {
    output::or_dash(value.map(|d| format!("{d} s")))
}

/// A speaker's label, `-` when absent.
fn speaker(value: Option<&Speaker>) -> String {
    value.map_or_else(|| "-".to_owned(), Speaker::label)
}

impl Render for SessionDetailResponse {
    fn table(&self) -> Table {
        let s = &self.session;
        let c = self.costs.unwrap_or_default();
        let cost = |v: Option<f64>| v.map_or_else(|| "-".to_owned(), |v| format!("{v:.4}"));
        output::fields(&[
            ("id", s.id.to_string()),
            ("room", s.room_name.clone().into()),
            ("agent", output::or_dash(s.agent_name.as_ref())),
            ("model", output::or_dash(s.llm_model.as_ref())),
            ("status", s.status.cell()),
            ("duration", seconds(s.duration_seconds)),
            ("messages", s.message_count.cell()),
            ("started (UTC)", output::time_cell(s.started_at.as_ref())),
            (
                "cost",
                format!(
                    "${} (llm {}, stt {}, tts {})",
                    cost(c.total),
                    cost(c.llm),
                    cost(c.stt),
                    cost(c.tts)
                ),
            ),
        ])
    }

    fn ids(&self) -> Vec<String> {
        vec![self.session.id.to_string()]
    }
}

impl Render for TranscriptResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["AT", "SPEAKER", "CONTENT"]);
        for t in &self.transcripts {
            let at = t.timestamp_ms.map_or_else(
                || "-".to_owned(),
                |ms| format!("{:02}:{:02}", ms / 60_000, ms / 1000 % 60),
            );
            table.add_row(vec![at, speaker(t.speaker.as_ref()), t.content.clone()]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.session_id.iter().map(ToString::to_string).collect()
    }
}

impl Render for CreateSessionResponse {
    fn table(&self) -> Table {
        let s = &self.session;
        output::fields(&[
            ("id", s.id.to_string()),
            ("room", s.room_name.clone().into()),
            ("status", s.status.cell()),
            ("type", s.session_type.cell()),
            ("created (UTC)", output::time_cell(s.created_at.as_ref())),
        ])
    }

    fn ids(&self) -> Vec<String> {
        vec![self.session.id.to_string()]
    }
}

impl Render for AddTranscriptResponse {
    fn table(&self) -> Table {
        let Some(t) = &self.transcript else {
            return output::fields(&[("result", "added".to_owned())]);
        };
        output::fields(&[
            ("id", output::or_dash(t.id)),
            ("session", output::or_dash(t.session_id)),
            ("speaker", speaker(t.speaker.as_ref())),
            (
                "at",
                output::or_dash(t.timestamp_ms.map(|ms| format!("{ms} ms"))),
            ),
            ("content", t.content.clone()),
        ])
    }

    fn ids(&self) -> Vec<String> {
        self.transcript
            .iter()
            .filter_map(|t| t.id.map(|id| id.to_string()))
            .collect()
    }
}

impl Render for EndSessionResponse {
    fn table(&self) -> Table {
        let Some(s) = &self.session else {
            return output::fields(&[("result", "ended".to_owned())]);
        };
        output::fields(&[
            ("id", s.id.to_string()),
            ("room", s.room_name.cell()),
            ("status", s.status.cell()),
            ("duration", seconds(s.duration)),
            ("summary", output::or_dash(s.summary.as_ref())),
        ])
    }

    fn ids(&self) -> Vec<String> {
        self.session.iter().map(|s| s.id.to_string()).collect()
    }
}

/// Runs `voxai sessions ...`.
pub async fn run(ctx: &Ctx, command: SessionsCommand) -> Result<(), CliError> {
    let client = ctx.client().await?;
    let sessions = client.sessions();
    match command {
        SessionsCommand::List(args) => list(ctx, &sessions, args).await,
        SessionsCommand::Get { id } => output::show(ctx, sessions.get(id)).await,
        SessionsCommand::Transcript(args) => transcript(ctx, &sessions, args).await,
        SessionsCommand::Create(args) => create(ctx, &sessions, args).await,
        SessionsCommand::AddTranscript(args) => add_transcript(ctx, &sessions, args).await,
        SessionsCommand::End(args) => end(ctx, &sessions, args).await,
    }
}

/// `sessions list`: one page of sessions, or every page.
async fn list(ctx: &Ctx, sessions: &Sessions, args: ListArgs) -> Result<(), CliError> {
    let mut request = sessions.list();
    if let Some(status) = args.status {
        request = request.status(status);
    }
    if let Some(agent) = args.agent {
        request = request.agent(agent);
    }
    if let Some(kind) = args.session_type {
        request = request.session_type(kind);
    }
    if let Some(from) = args.from {
        request = request.from(from);
    }
    if let Some(to) = args.to {
        request = request.to(to);
    }
    list_pages(ctx, request, args.paging).await
}

/// `sessions transcript`: a session's transcript, as text or JSON.
async fn transcript(ctx: &Ctx, sessions: &Sessions, args: TranscriptArgs) -> Result<(), CliError> {
    let TranscriptArgs { id, format } = args;
    if format == TranscriptFormat::Json || output::is_json(ctx) || ctx.quiet() {
        output::show(ctx, sessions.transcript(id)).await
    } else {
        let text = sessions.transcript_text(id).await?;
        output::line(ctx, text.trim_end_matches('\n'))
    }
}

/// `sessions create`: starts a session in a room.
async fn create(ctx: &Ctx, sessions: &Sessions, args: CreateArgs) -> Result<(), CliError> {
    let CreateArgs {
        room,
        agent,
        caller,
        session_type,
        metadata,
    } = args;
    let mut request = CreateSessionRequest::new(room);
    request.agent_config_id = agent.map(Into::into);
    request.caller_identity = caller;
    request.session_type = session_type;
    request.metadata = json_object("--metadata", metadata.as_deref())?;
    output::show(ctx, sessions.create(request)).await
}

/// `sessions add-transcript`: adds a line to a room's active session.
async fn add_transcript(
    ctx: &Ctx,
    sessions: &Sessions,
    args: AddTranscriptArgs,
) -> Result<(), CliError> {
    let AddTranscriptArgs {
        room,
        speaker,
        content,
        at_ms,
        partial,
    } = args;
    let mut line = AddTranscriptRequest::new(speaker, content);
    line.timestamp_ms = at_ms;
    if partial {
        line = line.partial();
    }
    output::show(ctx, sessions.add_transcript(&room, line)).await
}

/// `sessions end`: ends a room's active session.
async fn end(ctx: &Ctx, sessions: &Sessions, args: EndArgs) -> Result<(), CliError> {
    let EndArgs {
        room,
        summary,
        duration,
    } = args;
    let request = EndSessionRequest { summary, duration };
    output::show(ctx, sessions.end(&room, request)).await
}
