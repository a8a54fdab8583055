// The BankConnect shim for the Go clients (oapi-codegen and openapi-generator): an http.RoundTripper that
// retries 429/503 honouring Retry-After and turns every refusal into one typed error, and Wait for an
// analysis. The same rules as the Python client (overrides/bankconnect: RetryPolicy, Backoff, poll_flow).
package bankconnect

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand"
	"net/http"
	"strconv"
	"time"
)

// APIError is every refusal (a non-2xx answer, after retries): the status and the error body as sent.
// The generated clients return it wrapped (in *url.Error): errors.As(err, &apiErr) finds it.
type APIError struct {
	Status int
	Body   any    // the JSON error body, or the text when it is not JSON
	Raw    []byte // the body's bytes
	Header http.Header
}

func (e *APIError) Error() string { return fmt.Sprintf("BankConnect answered %d: %s", e.Status, e.Raw) }

// RetryPolicy bounds the retries of one call; durations as in the Python client's RetryPolicy.
type RetryPolicy struct {
	MaxRetries    int
	BaseDelay     time.Duration
	MaxDelay      time.Duration
	MaxRetryAfter time.Duration // a server's Retry-After is honoured up to this
	MaxElapsed    time.Duration // no retry whose wait ends later than this after the call started
}

var DefaultRetryPolicy = RetryPolicy{3, 500 * time.Millisecond, 8 * time.Second, 60 * time.Second, 300 * time.Second}

// Transport retries 429 (any method: it was not acted on) and 503 (reads only), then answers every
// refusal with an *APIError. Use it as the Transport of the http.Client given to the generated client.
type Transport struct {
	Base   http.RoundTripper // nil: http.DefaultTransport
	Policy RetryPolicy
}

func NewTransport() *Transport { return &Transport{Policy: DefaultRetryPolicy} }

func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	started := time.Now()
	for attempt := 0; ; attempt++ {
		resp, err := base.RoundTrip(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode < 400 {
			return resp, nil
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		refused := &APIError{Status: resp.StatusCode, Body: string(raw), Raw: raw, Header: resp.Header}
		var parsed any
		if json.Unmarshal(raw, &parsed) == nil {
			refused.Body = parsed
		}
		read := req.Method == http.MethodGet || req.Method == http.MethodHead
		retryable := resp.StatusCode == 429 || (resp.StatusCode == 503 && read)
		replayable := req.Body == nil || req.GetBody != nil
		if !retryable || !replayable || attempt >= t.Policy.MaxRetries {
			return nil, refused
		}
		ceiling := math.Min(float64(t.Policy.MaxDelay), float64(t.Policy.BaseDelay)*math.Pow(2, float64(attempt)))
		delay := max(time.Duration(rand.Float64()*ceiling), min(RetryAfter(resp.Header), t.Policy.MaxRetryAfter))
		if time.Since(started)+delay > t.Policy.MaxElapsed {
			return nil, refused
		}
		select {
		case <-req.Context().Done():
			return nil, req.Context().Err()
		case <-time.After(delay):
		}
		if req.GetBody != nil { // a body is read once: each attempt sends a fresh copy
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			req = req.Clone(req.Context())
			req.Body = body
		}
	}
}

// RetryAfter reads Retry-After: seconds or an HTTP date; 0 when absent or unreadable.
func RetryAfter(header http.Header) time.Duration {
	value := header.Get("Retry-After")
	if seconds, err := strconv.ParseFloat(value, 64); err == nil && seconds > 0 {
		return time.Duration(seconds * float64(time.Second))
	}
	if at, err := http.ParseTime(value); err == nil && time.Until(at) > 0 {
		return time.Until(at)
	}
	return 0
}

// WaitOptions: the Python poller's schedule (Backoff) and deadline.
type WaitOptions struct {
	Timeout, Initial, Minimum, Maximum time.Duration
	Fraction                           float64
}

var DefaultWait = WaitOptions{Timeout: 600 * time.Second, Initial: 3 * time.Second, Minimum: 2 * time.Second,
	Maximum: 60 * time.Second, Fraction: 0.4}

// Wait polls an analysis call until every progress entry is terminal: completed (the answer is returned) or
// failed (an error). statuses reads the progress statuses of an answer ("" for null). The sleeps follow the
// Python poller: a ceiling doubling from Initial, never above Fraction of the time waited nor Maximum, each
// sleep drawn between Minimum and it.
func Wait[T any](ctx context.Context, call func(context.Context) (T, error), statuses func(T) []string, o WaitOptions) (T, error) {
	started := time.Now()
	for attempt := 0; ; attempt++ {
		answer, err := call(ctx)
		if err != nil {
			return answer, err
		}
		seen, completed := statuses(answer), 0
		for _, status := range seen {
			if status == "failed" {
				return answer, fmt.Errorf("a statement failed")
			}
			if status == "completed" {
				completed++
			}
		}
		if len(seen) > 0 && completed == len(seen) {
			return answer, nil
		}
		elapsed := time.Since(started)
		if elapsed >= o.Timeout {
			return answer, fmt.Errorf("not finished after %s (%d of %d completed)", o.Timeout, completed, len(seen))
		}
		ceiling := min(o.Maximum, time.Duration(float64(o.Initial)*math.Pow(2, float64(attempt))),
			max(o.Initial, time.Duration(o.Fraction*float64(elapsed))))
		floor := min(o.Minimum, ceiling)
		delay := min(floor+time.Duration(rand.Float64()*float64(ceiling-floor)), o.Timeout-elapsed)
		select {
		case <-ctx.Done():
			return answer, ctx.Err()
		case <-time.After(delay):
		}
	}
}
