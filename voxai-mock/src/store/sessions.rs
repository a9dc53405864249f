//! Sessions and their transcripts as the store keeps them. Room names here are full
//! names.

use serde_json::{Map, Value};
use time::OffsetDateTime;
use voxai_types::monitor::{MonitorEvent, TranscriptNew};
use voxai_types::room_names::FullRoomName;
use voxai_types::sessions::{
    AddTranscriptRequest, CreateSessionRequest, SessionStatus, SessionType, Speaker,
    TranscriptEntry,
};
use voxai_types::webhooks::{SessionData, WebhookData};

use super::{IdKind, Project};
use crate::clock;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;

/// A session as the store keeps it.
#[derive(Debug, Clone)]
pub(crate) struct SessionRecord {
    pub(crate) id: u64,
    pub(crate) project_id: u64,
    pub(crate) room_name: FullRoomName,
    pub(crate) agent_config_id: Option<u64>,
    pub(crate) caller_identity: Option<String>,
    pub(crate) session_type: SessionType,
    pub(crate) metadata: Option<Map<String, Value>>,
    pub(crate) status: SessionStatus,
    pub(crate) started_at: OffsetDateTime,
    pub(crate) ended_at: Option<OffsetDateTime>,
    pub(crate) duration: Option<u64>,
    pub(crate) summary: Option<String>,
    pub(crate) transcripts: Vec<TranscriptEntry>,
}

/// What a session cost, computed from its transcript and duration.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Costs {
    pub(crate) llm: f64,
    pub(crate) stt: f64,
    pub(crate) tts: f64,
    pub(crate) input_tokens: u64,
    pub(crate) output_tokens: u64,
    pub(crate) audio_minutes: f64,
    pub(crate) tts_characters: u64,
}

impl Costs {
    pub(crate) fn total(&self) -> f64 {
        self.llm + self.stt + self.tts
    }

    /// One part per service, for usage grouped by service.
    pub(crate) fn by_service(self) -> Vec<(String, Costs)> {
        vec![
            (
                "llm".into(),
                Costs {
                    stt: 0.0,
                    tts: 0.0,
                    ..self
                },
            ),
            (
                "stt".into(),
                Costs {
                    llm: 0.0,
                    tts: 0.0,
                    ..self
                },
            ),
            (
                "tts".into(),
                Costs {
                    llm: 0.0,
                    stt: 0.0,
                    ..self
                },
            ),
        ]
    }
}

impl SessionRecord {
    /// Seconds so far, or the final duration.
    fn seconds(&self) -> u64 {
        self.duration.unwrap_or_else(|| {
            u64::try_from((clock::now() - self.started_at).whole_seconds()).unwrap_or(0)
        })
    }

    /// Deterministic prices: tokens from the transcript, minutes from the duration.
    pub(crate) fn costs(&self) -> Costs {
        let chars = |speaker: Speaker| -> u64 {
            self.transcripts
                .iter()
                .filter(|t| t.speaker.as_ref() == Some(&speaker))
                .map(|t| t.content.chars().count() as u64)
                .sum()
        };
        let input_tokens = 150 * self.transcripts.len() as u64 + chars(Speaker::User) / 4;
        let output_tokens = chars(Speaker::Agent) / 4;
        let audio_minutes = self.seconds() as f64 / 60.0;
        let tts_characters = chars(Speaker::Agent);
        Costs {
            llm: round(input_tokens as f64 * 2.5e-6 + output_tokens as f64 * 1e-5),
            stt: round(audio_minutes * 0.006),
            tts: round(tts_characters as f64 * 1.5e-5),
            input_tokens,
            output_tokens,
            audio_minutes,
            tts_characters,
        }
    }
}

impl Project {
    /// Adds a line to the active session of the room (by full name) and announces it.
    pub(crate) fn add_transcript(
        &mut self,
        room: &str,
        line: AddTranscriptRequest,
        out: &mut Vec<Event>,
    ) -> ApiResult<TranscriptEntry> {
        let project_id = self.id();
        let short = self.short_name(room).unwrap_or(room).to_owned();
        if self.active_session_mut(room).is_some() {
            self.check_quota(voxai_types::quota::QuotaResource::TranscriptLines)?;
        }
        let entry_id = self.ids.next(IdKind::Transcript);
        let session = self
            .active_session_mut(room)
            .ok_or_else(|| ApiError::not_found(format!("room \"{room}\" has no active session")))?;
        let now = clock::now();
        let since_start =
            u64::try_from((now - session.started_at).whole_milliseconds()).unwrap_or(0);
        let entry = TranscriptEntry::builder()
            .id(entry_id.into())
            .session_id(session.id.into())
            .speaker(line.speaker)
            .content(line.content)
            .timestamp_ms(line.timestamp_ms.unwrap_or(since_start))
            .is_final(line.is_final.unwrap_or(true))
            .created_at(clock::stamp(now))
            .build();
        session.transcripts.push(entry.clone());
        let session_id = session.id;
        self.transcript_lines += 1;
        out.push(Event::monitor(
            project_id,
            &short,
            MonitorEvent::TranscriptNew(
                TranscriptNew::builder()
                    .room_name(room)
                    .session_id(session_id.into())
                    .maybe_speaker(entry.speaker.clone())
                    .content(entry.content.clone())
                    .maybe_timestamp_ms(entry.timestamp_ms)
                    .build(),
            ),
        ));
        Ok(entry)
    }

    pub(crate) fn agent_name(&self, id: Option<u64>) -> Option<String> {
        let id = id?;
        self.fixture
            .agents
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
    }

    /// Starts a session log for a room and records the event.
    pub(crate) fn start_session(
        &mut self,
        request: CreateSessionRequest,
        out: &mut Vec<Event>,
    ) -> ApiResult<SessionRecord> {
        let Some(short) = self
            .short_name(request.room_name.as_str())
            .map(str::to_owned)
        else {
            return Err(ApiError::invalid(
                "room_name",
                format!(
                    "must be the full room name, starting with the project's prefix {:?}",
                    self.fixture.prefix
                ),
            ));
        };
        self.active_room(&short)?;
        if self
            .active_sessions
            .contains_key(request.room_name.as_str())
        {
            return Err(ApiError::conflict(format!(
                "room {:?} already has an active session",
                request.room_name
            )));
        }
        if let Some(id) = request.agent_config_id {
            if !self.fixture.agents.iter().any(|a| id == a.id) {
                return Err(ApiError::invalid(
                    "agent_config_id",
                    format!("agent {id} does not exist in this project"),
                ));
            }
        }
        let session_type = request.session_type.unwrap_or(SessionType::Voice);
        if matches!(session_type, SessionType::Unknown(_)) {
            return Err(ApiError::invalid("session_type", "must be voice or sip"));
        }
        let record = SessionRecord {
            id: self.ids.next(IdKind::Session),
            project_id: self.id(),
            room_name: request.room_name,
            agent_config_id: request.agent_config_id.map(Into::into),
            caller_identity: request.caller_identity,
            session_type,
            metadata: request.metadata,
            status: SessionStatus::Active,
            started_at: clock::now(),
            ended_at: None,
            duration: None,
            summary: None,
            transcripts: Vec::new(),
        };
        self.sessions.insert(record.id, record.clone());
        self.session_ids.push(record.id);
        self.active_sessions
            .insert(record.room_name.clone().into(), record.id);
        out.push(Event::webhook(
            self.id(),
            WebhookData::SessionStarted(
                SessionData::builder()
                    .session_id(record.id.into())
                    .room_name(record.room_name.clone())
                    .maybe_agent_config_id(record.agent_config_id.map(Into::into))
                    .build(),
            ),
        ));
        Ok(record)
    }

    /// Ends the room's active session, if it has one.
    pub(crate) fn end_active_session(
        &mut self,
        full_room: &str,
        summary: Option<String>,
        duration: Option<u64>,
        out: &mut Vec<Event>,
    ) -> Option<SessionRecord> {
        let project_id = self.id();
        let id = self.active_sessions.remove(full_room)?;
        let session = self.sessions.get_mut(&id)?;
        let now = clock::now();
        session.duration = Some(duration.unwrap_or_else(|| session.seconds()));
        session.status = SessionStatus::Completed;
        session.ended_at = Some(now);
        session.summary = summary;
        out.push(Event::webhook(
            project_id,
            WebhookData::SessionEnded(
                SessionData::builder()
                    .session_id(session.id.into())
                    .room_name(session.room_name.clone())
                    .maybe_agent_config_id(session.agent_config_id.map(Into::into))
                    .maybe_duration(session.duration.map(|d| d as f64))
                    .maybe_summary(session.summary.clone())
                    .build(),
            ),
        ));
        Some(session.clone())
    }
}

/// Dollars to six decimals, so sums print without float dust.
pub(crate) fn round(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}
