//! `voxai rooms` (reference section 6).

use clap::{Args, Subcommand};
use comfy_table::Table;
use voxai_sdk::rooms::Rooms;
use voxai_types::rooms::{
    CreateRoomRequest, CreateRoomResponse, ListParticipantsResponse, ListRoomsResponse,
    Participant, RoomDetailResponse,
};

use super::acked;
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{self, Cell, Render};
use crate::prompt;

/// `voxai rooms ...`
#[derive(Debug, Subcommand)]
pub enum RoomsCommand {
    /// Active rooms.
    #[command(
        after_help = "Examples:\n  voxai rooms list\n  voxai -q rooms list   # names only, for xargs"
    )]
    List,
    /// Create a room.
    #[command(
        after_help = "Examples:\n  voxai rooms create standup --empty-timeout 600 --max-participants 10"
    )]
    Create(CreateArgs),
    /// A room with its participants (closed rooms too).
    #[command(
        after_help = "Examples:\n  voxai rooms get standup\n  voxai -o json rooms get standup"
    )]
    Get {
        /// Room name.
        name: String,
    },
    /// Participants with their state and tracks.
    #[command(after_help = "Examples:\n  voxai rooms participants standup")]
    Participants {
        /// Room name.
        name: String,
    },
    /// Close a room, disconnecting everyone (asks first).
    #[command(
        after_help = "Examples:\n  voxai rooms delete standup\n  voxai -y rooms delete standup   # no confirmation, for scripts"
    )]
    Delete {
        /// Room name.
        name: String,
    },
    /// Remove a participant (asks first).
    #[command(after_help = "Examples:\n  voxai rooms kick standup alice")]
    Kick {
        /// Room name.
        name: String,
        /// Participant identity.
        identity: String,
    },
}

/// `rooms create` arguments.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name, without the project prefix.
    name: String,
    /// Seconds an empty room stays open.
    #[arg(long, value_name = "SECS")]
    empty_timeout: Option<u32>,
    /// Maximum participants (0 = unlimited).
    #[arg(long, value_name = "N")]
    max_participants: Option<u32>,
    /// Room metadata.
    #[arg(long)]
    metadata: Option<String>,
}

impl Render for ListRoomsResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["NAME", "FULL NAME", "PARTICIPANTS", "CREATED (UTC)"]);
        for room in &self.rooms {
            table.add_row(vec![
                room.name.to_string(),
                room.full_name.to_string(),
                room.num_participants.cell(),
                output::unix_cell(room.created_at),
            ]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.rooms.iter().map(|r| r.name.to_string()).collect()
    }
}

impl Render for CreateRoomResponse {
    fn table(&self) -> Table {
        let room = &self.room;
        output::fields(&[
            ("name", room.name.clone().into()),
            ("full name", room.full_name.clone().into()),
            ("sid", room.sid.cell()),
            (
                "empty timeout",
                output::or_dash(room.empty_timeout.map(|t| format!("{t} s"))),
            ),
            ("max participants", room.max_participants.cell()),
            ("created (UTC)", output::unix_cell(room.creation_time)),
        ])
    }

    fn ids(&self) -> Vec<String> {
        vec![self.room.name.clone().into()]
    }
}

impl Render for RoomDetailResponse {
    fn table(&self) -> Table {
        let room = &self.room;
        let who: Vec<String> = room
            .participants
            .iter()
            .map(|p| match &p.name {
                Some(name) => format!("{} ({name})", p.identity),
                None => p.identity.clone(),
            })
            .collect();
        output::fields(&[
            ("name", room.name.clone().into()),
            ("full name", room.full_name.clone().into()),
            ("sid", room.sid.cell()),
            ("status", room.status.cell()),
            (
                "participants",
                format!(
                    "{} of {}",
                    room.num_participants.cell(),
                    if room.max_participants == Some(0) {
                        "unlimited".to_owned()
                    } else {
                        room.max_participants.cell()
                    }
                ),
            ),
            ("created (UTC)", output::unix_cell(room.created_at)),
            (
                "who",
                if who.is_empty() {
                    "-".into()
                } else {
                    who.join(", ")
                },
            ),
        ])
    }

    fn ids(&self) -> Vec<String> {
        vec![self.room.name.clone().into()]
    }
}

fn tracks(participant: &Participant) -> String {
    let tracks: Vec<String> = participant
        .tracks
        .iter()
        .flatten()
        .map(|t| {
            format!(
                "{}{}",
                t.kind
                    .as_ref()
                    .map_or_else(|| "track".to_owned(), |k| k.as_str().to_lowercase()),
                if t.muted == Some(true) {
                    " (muted)"
                } else {
                    ""
                }
            )
        })
        .collect();
    if tracks.is_empty() {
        "-".into()
    } else {
        tracks.join(", ")
    }
}

impl Render for ListParticipantsResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["IDENTITY", "NAME", "STATE", "TRACKS", "JOINED (UTC)"]);
        for p in &self.participants {
            table.add_row(vec![
                p.identity.clone(),
                p.name.cell(),
                output::or_dash(p.state.as_ref()),
                tracks(p),
                output::unix_cell(p.joined_at),
            ]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.participants
            .iter()
            .map(|p| p.identity.clone())
            .collect()
    }
}

/// Runs `voxai rooms ...`.
pub async fn run(ctx: &Ctx, command: RoomsCommand) -> Result<(), CliError> {
    let rooms = ctx.client().await?.rooms();
    match command {
        RoomsCommand::List => output::show(ctx, rooms.list()).await,
        RoomsCommand::Create(args) => create(ctx, &rooms, args).await,
        RoomsCommand::Get { name } => output::show(ctx, rooms.get(&name)).await,
        RoomsCommand::Participants { name } => output::show(ctx, rooms.participants(&name)).await,
        RoomsCommand::Delete { name } => delete(ctx, &rooms, &name).await,
        RoomsCommand::Kick { name, identity } => kick(ctx, &rooms, &name, &identity).await,
    }
}

/// `rooms create`: opens a room.
async fn create(ctx: &Ctx, rooms: &Rooms, args: CreateArgs) -> Result<(), CliError> {
    let mut request = CreateRoomRequest::new(args.name);
    request.empty_timeout = args.empty_timeout;
    request.max_participants = args.max_participants;
    request.metadata = args.metadata;
    output::show(ctx, rooms.create(request)).await
}

/// `rooms delete`: closes a room, once confirmed.
async fn delete(ctx: &Ctx, rooms: &Rooms, name: &str) -> Result<(), CliError> {
    prompt::confirm(
        ctx,
        &format!("close room {name} and disconnect everyone in it"),
    )?;
    acked(ctx, rooms.delete(name), name, "room closed").await
}

/// `rooms kick`: removes a participant, once confirmed.
async fn kick(ctx: &Ctx, rooms: &Rooms, name: &str, identity: &str) -> Result<(), CliError> {
    prompt::confirm(ctx, &format!("remove {identity} from room {name}"))?;
    acked(ctx, rooms.kick(name, identity), identity, "removed").await
}
