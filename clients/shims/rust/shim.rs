//! The BankConnect shim for the Rust client (openapi-generator rust, reqwest blocking): a wrapper that retries
//! a call on 429/503 honouring Retry-After, one typed error, and `wait` for an analysis. The same rules as the
//! Python client (overrides/bankconnect: RetryPolicy, Backoff, poll_flow). The blocking client has no
//! middleware, so the retry wraps each call: `shim::read(&policy, || api::call(&config, ..))`.
use crate::apis::Error;
use std::fmt;
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime};

/// Every error of a call: a refusal carries the status and the error body as sent.
#[derive(Debug, Clone)]
pub enum BankConnectError {
    Refused { status: u16, body: String, retry_after: Option<Duration> },
    Failed(String), // the request never got an answer, or the answer could not be read
}

impl fmt::Display for BankConnectError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Self::Refused { status, body, .. } => write!(f, "BankConnect answered {status}: {body}"),
            Self::Failed(message) => write!(f, "BankConnect call failed: {message}"),
        }
    }
}

impl std::error::Error for BankConnectError {}

impl<T> From<Error<T>> for BankConnectError {
    fn from(error: Error<T>) -> Self {
        match error {
            Error::ResponseError(answer) => Self::Refused {
                status: answer.status.as_u16(),
                retry_after: answer.headers.get("retry-after").and_then(|v| v.to_str().ok()).and_then(retry_after),
                body: answer.content,
            },
            other => Self::Failed(other.to_string()),
        }
    }
}

/// Retry-After: a number of seconds or an HTTP date.
pub fn retry_after(value: &str) -> Option<Duration> {
    if let Ok(seconds) = value.trim().parse::<f64>() {
        return Some(Duration::from_secs_f64(seconds.max(0.0)));
    }
    let at = httpdate(value)?;
    Some(at.duration_since(SystemTime::now()).unwrap_or_default())
}

fn httpdate(value: &str) -> Option<SystemTime> {
    // "Sun, 06 Nov 1994 08:49:37 GMT": the IMF-fixdate every server sends.
    let parts: Vec<&str> = value.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else { return None };
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let month = months.iter().position(|m| m == month)? as i64 + 1;
    let (day, year): (i64, i64) = (day.parse().ok()?, year.parse().ok()?);
    let hms: Vec<i64> = time.split(':').filter_map(|p| p.parse().ok()).collect();
    let (y, m) = if month <= 2 { (year - 1, month + 9) } else { (year, month - 3) }; // days from civil
    let days = 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1 - 719_468;
    let seconds = days * 86_400 + hms.first()? * 3600 + hms.get(1)? * 60 + hms.get(2)?;
    Some(SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(seconds).ok()?))
}

/// Bounds on the retries of one call, as the Python client's RetryPolicy.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    pub max_retries: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    pub max_retry_after: Duration,
    pub max_elapsed: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        let s = Duration::from_secs;
        Self { max_retries: 3, base_delay: Duration::from_millis(500), max_delay: s(8), max_retry_after: s(60), max_elapsed: s(300) }
    }
}

fn jitter() -> f64 {
    // Enough randomness to spread concurrent retries; no crate needed.
    let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default().subsec_nanos();
    f64::from(nanos % 1_000_000) / 1_000_000.0
}

fn retrying<T, E>(policy: &RetryPolicy, on_503: bool, mut call: impl FnMut() -> Result<T, Error<E>>) -> Result<T, BankConnectError> {
    let started = Instant::now();
    for attempt in 0.. {
        let error = match call() {
            Ok(answer) => return Ok(answer),
            Err(error) => BankConnectError::from(error),
        };
        let BankConnectError::Refused { status, retry_after, .. } = &error else { return Err(error) };
        if !(*status == 429 || (*status == 503 && on_503)) || attempt >= policy.max_retries {
            return Err(error);
        }
        let ceiling = policy.max_delay.min(policy.base_delay * 2u32.pow(attempt));
        let delay = ceiling.mul_f64(jitter()).max(retry_after.unwrap_or_default().min(policy.max_retry_after));
        if started.elapsed() + delay > policy.max_elapsed {
            return Err(error);
        }
        sleep(delay);
    }
    unreachable!()
}

/// A read (GET): retried on 429 and 503.
pub fn read<T, E>(policy: &RetryPolicy, call: impl FnMut() -> Result<T, Error<E>>) -> Result<T, BankConnectError> {
    retrying(policy, true, call)
}

/// A write (an upload, a change): retried on 429 only, which the service did not act on.
pub fn write<T, E>(policy: &RetryPolicy, call: impl FnMut() -> Result<T, Error<E>>) -> Result<T, BankConnectError> {
    retrying(policy, false, call)
}

/// Polls an analysis call until every progress entry is terminal: completed (the answer is returned) or failed
/// (an error). `statuses` reads an answer's progress statuses. The Python poller's schedule: a ceiling
/// doubling from 3 s, never above 40 % of the time waited nor 60 s, each sleep drawn between 2 s and it.
pub fn wait<T>(
    mut call: impl FnMut() -> Result<T, BankConnectError>,
    statuses: impl Fn(&T) -> Vec<String>,
    timeout: Duration,
) -> Result<T, BankConnectError> {
    let started = Instant::now();
    for attempt in 0..u32::MAX {
        let answer = call()?;
        let seen = statuses(&answer);
        if seen.iter().any(|s| s == "failed") {
            return Err(BankConnectError::Failed("a statement failed".into()));
        }
        if !seen.is_empty() && seen.iter().all(|s| s == "completed") {
            return Ok(answer);
        }
        let elapsed = started.elapsed();
        if elapsed >= timeout {
            return Err(BankConnectError::Failed(format!("not finished after {timeout:?}")));
        }
        let initial = Duration::from_secs(3);
        let ceiling = Duration::from_secs(60).min(initial * 2u32.pow(attempt.min(10))).min(initial.max(elapsed.mul_f64(0.4)));
        let floor = Duration::from_secs(2).min(ceiling);
        sleep((floor + (ceiling - floor).mul_f64(jitter())).min(timeout - elapsed));
    }
    unreachable!()
}
