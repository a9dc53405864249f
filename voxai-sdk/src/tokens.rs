//! Tokens (reference section 5).

use reqwest::Method;
use voxai_types::tokens::{TokenRequest, TokenResponse};

use crate::call::segments;
use crate::client::Client;
use crate::error::Error;
use crate::request::Request;
use crate::room_names::RoomArg;

impl Client {
    /// `POST /token`: a LiveKit access token for a room, optionally dispatching agents.
    /// The room is named with or without the project prefix, as everywhere.
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// use voxai_sdk::types::tokens::TokenRequest;
    /// let token = client.token(TokenRequest::new("user1", "my-room").agent(1)).await?;
    /// println!("join {:?} at {:?}", token.room, token.ws_url);
    /// # Ok(()) }
    /// ```
    pub fn token(&self, request: TokenRequest) -> Request<TokenResponse> {
        if request.identity.trim().is_empty() {
            return self.invalid(Error::validation("identity", "must not be empty"));
        }
        if request.room.as_str().trim().is_empty() {
            return self.invalid(Error::validation("room", "must not be empty"));
        }
        self.call_with(Method::POST, segments!["token"], &request)
            .room(RoomArg::short_in_body("room"))
    }
}
