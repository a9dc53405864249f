//! Agents in rooms: which a request dispatches, and the participant each one is.

use voxai_types::rooms::Participant;
use voxai_types::tokens::TokenRequest;

use super::Project;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::fixtures::AgentFixture;

impl Project {
    /// The agents a token request dispatches: those named, none with `no_agent`, else the
    /// self's first active agent.
    pub(crate) fn agents_to_dispatch(
        &self,
        request: &TokenRequest,
    ) -> ApiResult<Vec<AgentFixture>> {
        let named: Vec<(u64, &str)> = match (&request.agent_config_ids, request.agent_config_id) {
            (Some(ids), _) => ids
                .iter()
                .map(|id| (id.get(), "agent_config_ids"))
                .collect(),
            (None, Some(id)) => vec![(id.into(), "agent_config_id")],
            (None, None) if request.no_agent == Some(true) => return Ok(Vec::new()),
            (None, None) => {
                return Ok(self
                    .fixture
                    .agents
                    .iter()
                    .find(|a| a.is_active)
                    .cloned()
                    .into_iter()
                    .collect());
            }
        };
        named
            .into_iter()
            .map(
                |(id, field)| match self.fixture.agents.iter().find(|a| a.id == id) {
                    Some(agent) if agent.is_active => Ok(agent.clone()),
                    Some(_) => Err(ApiError::invalid(
                        field,
                        format!("agent {id} is not active"),
                    )),
                    None => Err(ApiError::invalid(
                        field,
                        format!("agent {id} does not exist in this project"),
                    )),
                },
            )
            .collect()
    }

    /// The participant an agent is in a room: `agent-ID`, speaking on one audio track.
    pub(crate) fn agent_participant(&self, agent: &AgentFixture) -> Participant {
        self.speaking_participant(
            format!("agent-{}", agent.id),
            agent.name.clone(),
            "agent-voice",
            Some(format!("{{\"agent_config_id\":{}}}", agent.id)),
        )
    }

    /// Puts agents in a room, skipping any already there.
    pub(crate) fn dispatch_agents(
        &mut self,
        room: &str,
        agents: &[AgentFixture],
        out: &mut Vec<Event>,
    ) -> ApiResult<()> {
        for agent in agents {
            let participant = self.agent_participant(agent);
            let present = self
                .active_room(room)?
                .participants
                .iter()
                .any(|p| p.identity == participant.identity);
            if !present {
                self.join(room, participant, out)?;
            }
        }
        Ok(())
    }
}
