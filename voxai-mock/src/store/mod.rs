//! The in-memory store: every project with its rooms, sessions, recordings, knowledge
//! bases and calls, and the domain operations on them (open, join, leave and close a
//! room, start and end a session, stop recordings, place a call...). Each operation
//! queues the events it causes in an outbox (`out`) that the caller emits once the store
//! is unlocked; nothing here knows about HTTP or the server's state.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use voxai_types::room_names::{FullRoomName, RoomName};

use crate::caller::Caller;
use crate::error::{ApiError, ApiResult};
use crate::fixtures::{Fixtures, ProjectFixture};

mod agents;
mod calls;
mod knowledge;
mod quota;
mod recordings;
mod rooms;
mod sessions;

pub(crate) use calls::CallRecord;
pub(crate) use knowledge::KnowledgeBaseRecord;
pub(crate) use recordings::RecordingRecord;
pub use rooms::MAX_CLOSED_ROOMS;
pub(crate) use rooms::{MAX_NAME_LEN, Room, validate_room_name};
pub(crate) use sessions::{Costs, SessionRecord, round};

/// Id counters shared by every project, so ids are unique across projects and a
/// request for another project's resource can be told from one for a missing resource.
#[derive(Debug, Default)]
pub(crate) struct Ids {
    session: AtomicU64,
    transcript: AtomicU64,
    recording: AtomicU64,
    knowledge_base: AtomicU64,
    chunk: AtomicU64,
    sid: AtomicU64,
    event: AtomicU64,
    call: AtomicU64,
}

/// What an id is for.
#[derive(Debug, Clone, Copy)]
pub(crate) enum IdKind {
    Session,
    Transcript,
    Recording,
    KnowledgeBase,
    Chunk,
    /// Room, track, egress and participant sids.
    Sid,
    Event,
    Call,
}

impl Ids {
    pub(crate) fn next(&self, kind: IdKind) -> u64 {
        self.counter(kind).fetch_add(1, Ordering::Relaxed) + 1
    }

    fn counter(&self, kind: IdKind) -> &AtomicU64 {
        match kind {
            IdKind::Session => &self.session,
            IdKind::Transcript => &self.transcript,
            IdKind::Recording => &self.recording,
            IdKind::KnowledgeBase => &self.knowledge_base,
            IdKind::Chunk => &self.chunk,
            IdKind::Sid => &self.sid,
            IdKind::Event => &self.event,
            IdKind::Call => &self.call,
        }
    }

    /// A LiveKit-style sid such as `RM_00000a1b`.
    pub(crate) fn sid(&self, prefix: &str) -> String {
        format!(
            "{prefix}_{:08x}",
            self.next(IdKind::Sid).wrapping_mul(0x9E37_79B9) & 0xFFFF_FFFF
        )
    }
}

/// One project's state.
#[derive(Debug)]
pub(crate) struct Project {
    pub(crate) fixture: ProjectFixture,
    pub(crate) ids: Arc<Ids>,
    /// By name without prefix; closed rooms stay until a room of that name is created
    /// again, the newest [`rooms::MAX_CLOSED_ROOMS`] of them.
    pub(crate) rooms: BTreeMap<RoomName, Room>,
    /// How many of `rooms` are active, kept as rooms open and close: a create checks the
    /// quota without counting every room.
    pub(crate) active_rooms: usize,
    pub(crate) sessions: BTreeMap<u64, SessionRecord>,
    /// Every session id, oldest first (ids only grow and sessions are never removed), so
    /// a page of the unfiltered list is found without walking the map.
    pub(crate) session_ids: Vec<u64>,
    /// The id of each room's active session, by full room name.
    pub(crate) active_sessions: HashMap<String, u64>,
    /// Transcript lines all sessions hold, kept as lines are added (the quota is checked
    /// without counting every session's).
    pub(crate) transcript_lines: usize,
    pub(crate) recordings: BTreeMap<u64, RecordingRecord>,
    pub(crate) knowledge_bases: BTreeMap<u64, KnowledgeBaseRecord>,
    /// SIP calls by room name without prefix.
    pub(crate) calls: BTreeMap<String, CallRecord>,
    pub(crate) tokens_issued: i64,
    pub(crate) api_calls: u64,
}

impl Project {
    pub(crate) fn id(&self) -> u64 {
        self.fixture.id
    }

    /// The full LiveKit name of a room.
    pub(crate) fn full_name(&self, room: &str) -> FullRoomName {
        FullRoomName::new(format!("{}{room}", self.fixture.prefix))
    }

    /// The active session of a room, by full room name.
    pub(crate) fn active_session_mut(&mut self, full_room: &str) -> Option<&mut SessionRecord> {
        let id = self.active_sessions.get(full_room)?;
        self.sessions.get_mut(id)
    }

    /// The name without prefix of a full room name of this project.
    pub(crate) fn short_name<'a>(&self, full: &'a str) -> Option<&'a str> {
        full.strip_prefix(self.fixture.prefix.as_str())
            .filter(|s| !s.is_empty())
    }
}

#[derive(Debug)]
pub(crate) struct Store {
    projects: BTreeMap<u64, Project>,
    keys: HashMap<String, (u64, bool)>,
}

impl Store {
    pub(crate) fn new(fixtures: &Fixtures) -> Self {
        let ids = Arc::new(Ids::default());
        let mut keys = HashMap::new();
        let mut projects = BTreeMap::new();
        for fixture in &fixtures.projects {
            for key in &fixture.keys {
                keys.insert(key.key.clone(), (fixture.id, key.active));
            }
            projects.insert(
                fixture.id,
                Project {
                    fixture: fixture.clone(),
                    ids: ids.clone(),
                    rooms: BTreeMap::new(),
                    active_rooms: 0,
                    sessions: BTreeMap::new(),
                    session_ids: Vec::new(),
                    active_sessions: HashMap::new(),
                    transcript_lines: 0,
                    recordings: BTreeMap::new(),
                    knowledge_bases: BTreeMap::new(),
                    calls: BTreeMap::new(),
                    tokens_issued: 0,
                    api_calls: 0,
                },
            );
        }
        Self { projects, keys }
    }

    /// The project of a key and whether the key is active.
    pub(crate) fn key(&self, key: &str) -> Option<(u64, bool)> {
        self.keys.get(key).copied()
    }

    pub(crate) fn project(&self, id: u64) -> Option<&Project> {
        self.projects.get(&id)
    }

    pub(crate) fn project_mut(&mut self, id: u64) -> Option<&mut Project> {
        self.projects.get_mut(&id)
    }

    pub(crate) fn projects(&self) -> impl Iterator<Item = &Project> {
        self.projects.values()
    }

    /// The caller's project.
    pub(crate) fn caller(&mut self, caller: Caller) -> ApiResult<&mut Project> {
        self.projects
            .get_mut(&caller.project_id)
            .ok_or_else(|| ApiError::internal("the key's project is gone"))
    }

    /// The error for an id the caller's project does not have: 403 when another
    /// project has it (as the reference shows for recordings), 404 when nobody does.
    /// One rule for every id-addressed resource.
    pub(crate) fn not_here(
        &self,
        what: &str,
        id: u64,
        elsewhere: impl Fn(&Project) -> bool,
    ) -> ApiError {
        if self.projects.values().any(elsewhere) {
            ApiError::forbidden(format!("{what} {id} belongs to a different project"))
        } else {
            ApiError::not_found(format!("{what} {id} not found"))
        }
    }
}
