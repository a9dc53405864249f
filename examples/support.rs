//! What every example shares: a client for a real deployment when `VOXAI_API_KEY` is
//! set (with `VOXAI_BASE_URL` if not the hosted API), else for a reference server
//! started in-process.

use voxai_mock::control_plane::ControlPlane;
use voxai_mock::{MockServer, MockServerBuilder, keys};
use voxai_sdk::Client;

/// The errors of the examples: anything, with its message.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// Where an example runs.
#[derive(Debug)]
pub struct Target {
    /// A client for it.
    pub client: Client,
    /// The embedded reference server, when not running against a deployment.
    pub server: Option<MockServer>,
}

impl Target {
    /// The deployment from the environment, or an embedded reference server.
    ///
    /// # Errors
    ///
    /// When no reference server can be started, or the client cannot be built.
    pub async fn connect() -> Result<Self, Error> {
        Self::connect_with(MockServer::builder()).await
    }

    /// Like [`connect`](Self::connect), configuring the embedded server.
    ///
    /// # Errors
    ///
    /// When the reference server does not start, or the client cannot be built.
    pub async fn connect_with(builder: MockServerBuilder) -> Result<Self, Error> {
        if std::env::var("VOXAI_API_KEY").is_ok_and(|k| !k.is_empty()) {
            return Ok(Self {
                client: Client::from_env()?,
                server: None,
            });
        }
        let server = builder.start().await?;
        let client = Client::builder()
            .api_key(keys::PRO)
            .base_url(server.base_url())
            .build()?;
        Ok(Self {
            client,
            server: Some(server),
        })
    }

    /// Whether this is the embedded reference server.
    pub fn is_embedded(&self) -> bool {
        self.server.is_some()
    }

    /// The embedded server's control plane (`/_mock/`), to cause what a real deployment
    /// does on its own (a call being answered, someone joining); `None` against a
    /// deployment.
    pub fn control(&self) -> Option<ControlPlane> {
        self.server.as_ref().map(MockServer::control_plane)
    }
}

/// Prints a line of an example's output.
pub fn say(line: impl AsRef<str>) {
    #[allow(clippy::print_stdout)]
    {
        println!("{}", line.as_ref());
    }
}
