// The BankConnect shim for the TypeScript clients (typescript-fetch and openapi-fetch): retries on 429/503
// honouring Retry-After, one typed error, and `wait` for an analysis. The same rules as the Python client
// (overrides/bankconnect: RetryPolicy in _core.py, Backoff and poll_flow in _polling.py).

/** Every refusal (a non-2xx answer, after retries): the status and the error body the service sent. */
export class BankConnectError extends Error {
  constructor(readonly status: number, readonly body: unknown, readonly headers: Headers) {
    super(`BankConnect answered ${status}: ${typeof body === "string" ? body : JSON.stringify(body)}`);
    this.name = "BankConnectError";
  }

  static async from(response: Response): Promise<BankConnectError> {
    const text = await response.clone().text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: the text as sent
    }
    return new BankConnectError(response.status, body, response.headers);
  }
}

export interface RetryPolicy {
  maxRetries: number; baseDelay: number; maxDelay: number; maxRetryAfter: number; maxElapsed: number; // seconds
}
export const defaultRetryPolicy: RetryPolicy = { maxRetries: 3, baseDelay: 0.5, maxDelay: 8, maxRetryAfter: 60, maxElapsed: 300 };

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** Retry-After in seconds: a number of seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - Date.now()) / 1000);
}

/** A fetch that retries 429 (any method: it was not acted on) and 503 (reads only), waiting Retry-After up to
 * maxRetryAfter, with full-jitter backoff otherwise; no retry whose wait would end past maxElapsed. */
export function retryingFetch(inner: typeof fetch = fetch, policy: RetryPolicy = defaultRetryPolicy): typeof fetch {
  return async (input, init) => {
    const started = Date.now();
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    for (let attempt = 0; ; attempt++) {
      // A Request's body can be read once: each attempt sends a fresh copy.
      const response = await inner(input instanceof Request ? input.clone() : input, init);
      const retryable = response.status === 429 || (response.status === 503 && (method === "GET" || method === "HEAD"));
      if (!retryable || attempt >= policy.maxRetries) return response;
      const jitter = Math.random() * Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);
      const delay = Math.max(jitter, Math.min(retryAfterSeconds(response.headers.get("retry-after")) ?? 0, policy.maxRetryAfter));
      if ((Date.now() - started) / 1000 + delay > policy.maxElapsed) return response;
      await response.body?.cancel();
      await sleep(delay);
    }
  };
}

/** Middleware that turns every refusal into a BankConnectError: `post` for typescript-fetch's
 * Configuration({ middleware }), `onResponse` for openapi-fetch's client.use(). */
export const throwOnRefusal = {
  async post({ response }: { response: Response }): Promise<void> {
    if (!response.ok) throw await BankConnectError.from(response);
  },
  async onResponse({ response }: { response: Response }): Promise<undefined> {
    if (!response.ok) throw await BankConnectError.from(response);
    return undefined;
  },
};

export interface WaitOptions {
  timeout: number; initial: number; fraction: number; minimum: number; maximum: number; // seconds
}
export const defaultWait: WaitOptions = { timeout: 600, initial: 3, fraction: 0.4, minimum: 2, maximum: 60 };

/** The analysis's progress said a statement failed. */
export class StatementFailed extends Error {}
/** `wait` gave up: not every statement finished within the timeout. */
export class WaitTimeout extends Error {}

type Progressed = { progress: Array<{ status?: string | null; message?: string | null }> };

/** Polls an analysis call until every `progress` entry is terminal (completed, or failed: StatementFailed),
 * on the Python poller's schedule: the ceiling doubles from `initial`, never above `fraction` of the time
 * waited nor `maximum`; each sleep is drawn between `minimum` and it (full jitter). */
export async function wait<T extends Progressed>(call: () => Promise<T>, options: Partial<WaitOptions> = {}): Promise<T> {
  const o = { ...defaultWait, ...options };
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const answer = await call();
    const failed = answer.progress.find((entry) => entry.status === "failed");
    if (failed) throw new StatementFailed(`a statement failed: ${failed.message ?? "no message"}`);
    if (answer.progress.length && answer.progress.every((entry) => entry.status === "completed")) return answer;
    const elapsed = (Date.now() - started) / 1000;
    if (elapsed >= o.timeout) throw new WaitTimeout(`not finished after ${o.timeout} s`);
    const ceiling = Math.min(o.maximum, o.initial * 2 ** attempt, Math.max(o.initial, o.fraction * elapsed));
    const floor = Math.min(o.minimum, ceiling);
    await sleep(Math.min(floor + Math.random() * (ceiling - floor), o.timeout - elapsed));
  }
}
