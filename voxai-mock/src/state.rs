//! The shared state of one server: the store, settings, logs, faults and event hub.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::sync::{broadcast, mpsc};
use tokio_util::sync::CancellationToken;

use crate::caller::Caller;
use crate::delivery_log::Deliveries;
use crate::error::ApiResult;
use crate::events::{Event, EventKind};
use crate::faults::Faults;
use crate::fixtures::{Fixtures, LivekitConfig};
use crate::monitor::connections::Connections;
use crate::monitor::hub::Hub;
use crate::rate_limit::RateLimiter;
use crate::request_log::RequestLog;
use crate::store::{Project, Store};

/// How many monitor events may wait for the fan-out before it falls behind (it then
/// closes every monitor socket with 4008, so no subscriber misses events unknowingly).
const EVENT_BUFFER: usize = 4096;

/// Settings fixed at start.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub(crate) rate_limit: bool,
    pub(crate) livekit: LivekitConfig,
    /// First wait between webhook delivery attempts; it doubles each time.
    pub(crate) webhook_backoff: std::time::Duration,
    /// Delivery attempts per event and endpoint.
    pub(crate) webhook_attempts: u32,
    /// Undelivered events one endpoint's queue holds; more are logged as not delivered.
    pub(crate) webhook_queue: usize,
    /// Frames a monitor connection may have waiting before it is cut off.
    pub(crate) monitor_queue: usize,
    /// How often the server pings monitor clients.
    pub(crate) monitor_keepalive: std::time::Duration,
    /// Full bodies, or only what the reference shows.
    pub(crate) responses: crate::responses::ResponseMode,
    /// Who may use the control plane.
    pub(crate) control: crate::control_guard::ControlAccess,
    /// Monitor sockets one project may hold open at once.
    pub(crate) monitor_sockets: usize,
}

/// Cheap to clone; one per server.
#[derive(Clone)]
pub(crate) struct App(Arc<Inner>);

pub(crate) struct Inner {
    store: Mutex<Store>,
    fixtures: Fixtures,
    pub(crate) settings: Settings,
    pub(crate) requests: RequestLog,
    pub(crate) faults: Faults,
    pub(crate) deliveries: Deliveries,
    pub(crate) connections: Connections,
    /// The open monitor connections, which events are offered to.
    pub(crate) monitor_hub: Hub,
    pub(crate) limiter: RateLimiter,
    /// Monitor events, for the monitor hub.
    pub(crate) monitor_events: broadcast::Sender<Event>,
    /// Webhook events, for delivery, in order and without loss (an endpoint's own
    /// queue is bounded, and what it cannot hold is logged). Apart from the monitor's, so
    /// neither consumer copies the other's.
    webhook_events: mpsc::UnboundedSender<Event>,
    /// Their receiving end, until delivery takes it.
    webhook_inbox: Mutex<Option<mpsc::UnboundedReceiver<Event>>>,
    pub(crate) shutdown: CancellationToken,
}

impl std::ops::Deref for App {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl App {
    pub(crate) fn new(fixtures: Fixtures, settings: Settings, shutdown: CancellationToken) -> Self {
        let (monitor_events, _) = broadcast::channel(EVENT_BUFFER);
        let (webhook_events, webhook_inbox) = mpsc::unbounded_channel();
        Self(Arc::new(Inner {
            store: Mutex::new(Store::new(&fixtures)),
            fixtures,
            settings,
            requests: RequestLog::default(),
            faults: Faults::default(),
            deliveries: Deliveries::default(),
            connections: Connections::default(),
            monitor_hub: Hub::default(),
            limiter: RateLimiter::default(),
            monitor_events,
            webhook_events,
            webhook_inbox: Mutex::new(Some(webhook_inbox)),
            shutdown,
        }))
    }

    /// The store. Held only for short, synchronous sections (never across `.await`).
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Back to the fixtures: all state, logs, faults and rate-limit windows cleared.
    pub(crate) fn reset(&self) {
        *self.store() = Store::new(&self.fixtures);
        self.requests.clear();
        self.faults.clear();
        self.deliveries.clear();
        self.connections.clear_closed();
        self.limiter.clear();
    }

    /// Sends an event to the monitor hub and webhook delivery. Nobody listening is fine.
    pub(crate) fn emit(&self, event: Event) {
        match event.kind {
            EventKind::Monitor { .. } => {
                let _ = self.monitor_events.send(event);
            }
            EventKind::Webhook { .. } => {
                let _ = self.webhook_events.send(event);
            }
        }
    }

    /// The webhook events, in the order they happened: for the one delivery task.
    pub(crate) fn take_webhook_events(&self) -> Option<mpsc::UnboundedReceiver<Event>> {
        self.webhook_inbox
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    /// Sends several events in order.
    /// Runs `op` on the store under its lock, then emits the events it queued in its
    /// outbox once the lock is released, so no subscriber or webhook ever waits on the
    /// store. A refused operation announces nothing.
    pub(crate) fn transaction<T>(
        &self,
        op: impl FnOnce(&mut Store, &mut Vec<Event>) -> ApiResult<T>,
    ) -> ApiResult<T> {
        let mut outbox = Vec::new();
        let result = op(&mut self.store(), &mut outbox);
        if result.is_ok() {
            self.emit_all(outbox);
        }
        result
    }

    /// A [`transaction`](Self::transaction) on the caller's project.
    pub(crate) fn in_project<T>(
        &self,
        caller: Caller,
        op: impl FnOnce(&mut Project, &mut Vec<Event>) -> ApiResult<T>,
    ) -> ApiResult<T> {
        self.transaction(|store, outbox| op(store.caller(caller)?, outbox))
    }

    pub(crate) fn emit_all(&self, events: impl IntoIterator<Item = Event>) {
        for event in events {
            self.emit(event);
        }
    }
}
