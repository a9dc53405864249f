//! Webhooks (reference section 12): the test endpoint.

use reqwest::Method;
use voxai_types::webhooks::{TestWebhookRequest, TestWebhookResponse};

use crate::client::Client;
use crate::request::{Request, segments};

/// The webhook endpoints, from [`Client::webhooks`].
#[derive(Debug, Clone)]
pub struct Webhooks {
    client: Client,
}

impl Client {
    /// Webhooks: fire a test event at the project's endpoints.
    pub fn webhooks(&self) -> Webhooks {
        Webhooks {
            client: self.clone(),
        }
    }
}

impl Webhooks {
    /// `POST /webhooks/test`: sends a test event to every active endpoint.
    pub fn test(&self, request: TestWebhookRequest) -> Request<TestWebhookResponse> {
        self.client
            .call_with(Method::POST, segments!["webhooks", "test"], &request)
    }
}
