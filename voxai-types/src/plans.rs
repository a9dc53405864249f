//! The plans a project can be on (reference section 2).

use crate::wire_enum::wire_enum;

wire_enum! {
    /// A project owner's plan, as `plan` in the quota response.
    pub enum Plan {
        /// 60 requests per minute.
        Free = "free",
        /// 300 requests per minute.
        Professional = "professional",
        /// 1,000 requests per minute.
        Enterprise = "enterprise",
    }
}

impl Plan {
    /// The rate limit of the plan in requests per minute, per API key.
    pub fn requests_per_minute(&self) -> Option<u32> {
        match self {
            Self::Free => Some(60),
            Self::Professional => Some(300),
            Self::Enterprise => Some(1_000),
            Self::Unknown(_) => None,
        }
    }

    /// The name shown to people (`plan_display`).
    pub fn display_name(&self) -> &str {
        match self {
            Self::Free => "Free",
            Self::Professional => "Professional",
            Self::Enterprise => "Enterprise",
            Self::Unknown(other) => other,
        }
    }
}
