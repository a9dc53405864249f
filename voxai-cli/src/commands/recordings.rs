//! `voxai recordings` (reference section 9).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use voxai_types::recordings::{
    Recording, RecordingDetailResponse, RecordingPage, RecordingStatus, StartRecordingResponse,
    StopRecordingResponse,
};

use voxai_sdk::recordings::Recordings;

use super::{Paging, Row, acked, list_pages, render_rows};
use crate::context::Ctx;
use crate::error::CliError;
use crate::flags::wire;
use crate::output::{self, Cell};
use crate::{progress, prompt};

/// `voxai recordings ...`
#[derive(Debug, Subcommand)]
pub enum RecordingsCommand {
    /// Start recording a room.
    #[command(after_help = "Examples:\n  voxai recordings start standup")]
    Start {
        /// Room name.
        room: String,
    },
    /// Stop one recording (--egress-id), or all of the room's (asks first).
    #[command(
        after_help = "Examples:\n  voxai recordings stop standup --egress-id EG_3c6ef372\n  voxai -y recordings stop standup   # every recording of the room"
    )]
    Stop(StopArgs),
    /// Recordings, newest first.
    #[command(
        after_help = "Examples:\n  voxai recordings list --room standup\n  voxai -o json recordings list --status completed --all"
    )]
    List(ListArgs),
    /// One recording.
    #[command(after_help = "Examples:\n  voxai recordings get 7")]
    Get {
        /// Recording id.
        id: u64,
    },
    /// Download the audio (through FILE.part, mode 0600; an interrupted download resumes
    /// from it).
    #[command(
        after_help = "Examples:\n  voxai recordings download 7                 # recording-7.ogg; resumes recording-7.ogg.part\n  voxai recordings download 7 call.ogg\n  voxai recordings download 7 - | ffprobe -"
    )]
    Download {
        /// Recording id.
        id: u64,
        /// Where to write: a file (default recording-ID.EXT) or - for stdout.
        dest: Option<String>,
    },
    /// Delete a recording and its file (asks first).
    #[command(
        after_help = "Examples:\n  voxai recordings delete 7\n  voxai -y recordings delete 7"
    )]
    Delete(DeleteArgs),
}

/// `recordings delete` arguments.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Recording id.
    id: u64,
}

/// `recordings stop` arguments.
#[derive(Debug, Args)]
pub struct StopArgs {
    /// Room name.
    room: String,
    /// The egress to stop.
    #[arg(long, value_name = "ID")]
    egress_id: Option<String>,
}

/// `recordings list` flags.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this room's.
    #[arg(long)]
    room: Option<String>,
    /// Only in this state.
    #[arg(long, value_parser = wire::<RecordingStatus>())]
    status: Option<RecordingStatus>,
    /// Which page, or all of them.
    #[command(flatten)]
    paging: Paging,
}

impl Row for Recording {
    const HEADER: &'static [&'static str] = &[
        "ID", "ROOM", "STATUS", "FORMAT", "DURATION", "SIZE", "EGRESS",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.room_name.cell(),
            self.status.cell(),
            self.format.cell(),
            output::or_dash(self.duration.map(|d| format!("{d} s"))),
            output::or_dash(self.file_size.map(|b| format!("{b} B"))),
            self.egress_id.clone(),
        ]
    }

    fn id(&self) -> String {
        self.id.to_string()
    }
}

render_rows!(RecordingPage, recordings);

render_rows!(RecordingDetailResponse, recording, one);

render_rows!(StartRecordingResponse, recording, one);

render_rows!(StopRecordingResponse, recordings, optional_list);

/// Runs `voxai recordings ...`.
pub async fn run(ctx: &Ctx, command: RecordingsCommand) -> Result<(), CliError> {
    let client = ctx.client().await?;
    let recordings = client.recordings();
    match command {
        RecordingsCommand::Start { room } => output::show(ctx, recordings.start(&room)).await,
        RecordingsCommand::Stop(args) => stop(ctx, &recordings, args).await,
        RecordingsCommand::List(args) => list(ctx, &recordings, args).await,
        RecordingsCommand::Get { id } => output::show(ctx, recordings.get(id)).await,
        RecordingsCommand::Download { id, dest } => download(ctx, &client, id, dest).await,
        RecordingsCommand::Delete(args) => delete(ctx, &recordings, args).await,
    }
}

/// `recordings stop`: stops a room's recordings, or one of them.
async fn stop(ctx: &Ctx, recordings: &Recordings, args: StopArgs) -> Result<(), CliError> {
    let StopArgs { room, egress_id } = args;
    if egress_id.is_none() {
        prompt::confirm(ctx, &format!("stop every recording of room {room}"))?;
    }
    let stopped = output::show(ctx, recordings.stop(&room, egress_id.as_deref())).await;
    match stopped {
        // `stop 7`: a recording id where the room belongs.
        Err(CliError::Sdk(error))
            if error.status() == Some(404) && room.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Err(CliError::Hinted {
                error,
                hint: format!(
                    "`recordings stop` takes a room name and stops that room's \
                     recordings; for recording {room}, see `voxai recordings get {room}`"
                ),
            })
        }
        other => other,
    }
}

/// `recordings list`: one page of recordings, or every page.
async fn list(ctx: &Ctx, recordings: &Recordings, args: ListArgs) -> Result<(), CliError> {
    let mut request = recordings.list();
    if let Some(room) = args.room {
        request = request.room(room);
    }
    if let Some(status) = args.status {
        request = request.status(status);
    }
    list_pages(ctx, request, args.paging).await
}

/// `recordings delete`: deletes a recording and its file, once confirmed.
async fn delete(ctx: &Ctx, recordings: &Recordings, args: DeleteArgs) -> Result<(), CliError> {
    let DeleteArgs { id } = args;
    prompt::confirm(ctx, &format!("delete recording {id} and its audio file"))?;
    acked(ctx, recordings.delete(id), id, "deleted").await
}

async fn download(
    ctx: &Ctx,
    client: &voxai_sdk::Client,
    id: u64,
    dest: Option<String>,
) -> Result<(), CliError> {
    let bar = progress::bytes(ctx.streams(), &format!("recording {id}"));
    let on_progress = {
        let bar = bar.clone();
        move |p: voxai_sdk::Progress| {
            if let Some(total) = p.total {
                bar.set_length(total);
            }
            bar.set_position(p.bytes);
        }
    };
    let download = client.recordings().download(id).on_progress(on_progress);
    if dest.as_deref() == Some("-") {
        if ctx.streams().is_process_stdout() {
            download.to_writer(&mut tokio::io::stdout()).await?;
        } else {
            let mut audio = Vec::new();
            download.to_writer(&mut audio).await?;
            ctx.streams().write_all(&audio)?;
        }
        bar.finish_and_clear();
        return Ok(());
    }
    let path = match dest {
        Some(path) => PathBuf::from(path),
        None => {
            let format = client.recordings().get(id).await?.recording.format;
            let extension = format
                .as_ref()
                .map_or("bin", voxai_types::recordings::RecordingFormat::extension);
            PathBuf::from(format!("recording-{id}.{extension}"))
        }
    };
    let info = download.to_file(&path).await?;
    bar.finish_and_clear();
    if info.bytes_written == 0 && info.offset > 0 && info.total_size == Some(info.offset) {
        ctx.log(&format!(
            "{} is already complete ({} bytes); nothing to download",
            path.display(),
            info.offset
        ));
        if ctx.quiet() {
            output::line(ctx, &path.display().to_string())?;
        }
        return Ok(());
    }
    let resumed = if info.offset > 0 {
        format!(", resumed at byte {}", info.offset)
    } else {
        String::new()
    };
    ctx.notice(&format!(
        "saved {} ({} bytes written{resumed}; {})",
        path.display(),
        info.bytes_written,
        info.content_type.as_deref().unwrap_or("unknown type")
    ));
    if ctx.quiet() {
        output::line(ctx, &path.display().to_string())?;
    }
    Ok(())
}
