//! Quota and usage (reference section 4).

use reqwest::Method;
use voxai_types::quota::{QuotaResponse, UsageGroupBy, UsagePeriod, UsageQuery, UsageResponse};

use crate::call::{Call, segments};
use crate::client::Client;
use crate::request::Request;

impl Client {
    /// `GET /quota`: the plan and what is left of each quota.
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// let quota = client.quota().await?;
    /// for (resource, entry) in &quota.quotas {
    ///     println!("{resource}: {:?}/{:?}", entry.used, entry.limit);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn quota(&self) -> Request<QuotaResponse> {
        self.call(Method::GET, segments!["quota"])
    }

    /// `GET /usage`: costs over the last 30 days by day, unless set otherwise.
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// use voxai_sdk::types::quota::{UsageGroupBy, UsagePeriod};
    /// let usage = client.usage(UsagePeriod::Last7Days, UsageGroupBy::Service).await?;
    /// println!("${:.2}", usage.totals.and_then(|t| t.cost_usd).unwrap_or(0.0));
    /// # Ok(()) }
    /// ```
    pub fn usage(&self, period: UsagePeriod, group_by: UsageGroupBy) -> Request<UsageResponse> {
        let query = UsageQuery {
            period: Some(period),
            group_by: Some(group_by),
        };
        Request::json(
            self,
            Call::new(Method::GET, segments!["usage"]).with_query(&query),
        )
    }
}
