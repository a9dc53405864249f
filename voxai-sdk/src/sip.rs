//! SIP telephony (reference section 10).

use reqwest::Method;
use voxai_types::sip::{
    DialRequest, DialResponse, ListSipConfigsResponse, ListTrunksResponse, is_e164,
};

use crate::call::segments;
use crate::client::Client;
use crate::error::Error;
use crate::request::Request;
use crate::room_names::RoomArg;

/// The SIP endpoints, from [`Client::sip`].
#[derive(Debug, Clone)]
pub struct Sip {
    client: Client,
}

impl Client {
    /// SIP: outbound calls, trunks and configurations.
    pub fn sip(&self) -> Sip {
        Sip {
            client: self.clone(),
        }
    }
}

impl Sip {
    /// `POST /sip/dial`: calls a phone number with an agent. Accepts an E.164 number or a
    /// [`DialRequest`]; numbers are checked before anything is sent.
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// let call = client.sip().dial("+17751234567").await?;
    /// println!("calling in room {}", call.call.full_room_name);
    /// # Ok(()) }
    /// ```
    pub fn dial(&self, request: impl Into<DialRequest>) -> Request<DialResponse> {
        let request = request.into();
        if !is_e164(&request.phone_number) {
            return self.client.invalid(Error::validation(
                "phone_number",
                format!(
                    "{:?} is not an E.164 number such as +17751234567",
                    request.phone_number
                ),
            ));
        }
        if let Some(caller_id) = request.caller_id.as_deref().filter(|c| !is_e164(c)) {
            return self.client.invalid(Error::validation(
                "caller_id",
                format!("{caller_id:?} is not an E.164 number such as +18001234567"),
            ));
        }
        self.client
            .call_with(Method::POST, segments!["sip", "dial"], &request)
            .room(RoomArg::short_in_body("room_name"))
    }

    /// `GET /sip/trunks`: the project's SIP trunks.
    pub fn trunks(&self) -> Request<ListTrunksResponse> {
        self.client.call(Method::GET, segments!["sip", "trunks"])
    }

    /// `GET /sip/configs`: the project's SIP configurations.
    pub fn configs(&self) -> Request<ListSipConfigsResponse> {
        self.client.call(Method::GET, segments!["sip", "configs"])
    }
}
