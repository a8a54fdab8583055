// The BankConnect shim for the Java client (openapi-generator, native library): retries on 429/503 honouring
// Retry-After (an ApiClient whose java.net.http client retries), and wait() for an analysis. The typed error
// is the generated ApiException: every refusal, with getCode(), getResponseBody() and getResponseHeaders().
// The same rules as the Python client (overrides/bankconnect: RetryPolicy, Backoff, poll_flow).
package in.bankconnect.client;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

public final class BankConnectShim {
  private BankConnectShim() {}

  /** Seconds, as in the Python client's RetryPolicy (the client targets Java 11: no record). */
  public static final class RetryPolicy {
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, 0.5, 8, 60, 300);
    final int maxRetries;
    final double baseDelay, maxDelay, maxRetryAfter, maxElapsed;

    public RetryPolicy(int maxRetries, double baseDelay, double maxDelay, double maxRetryAfter, double maxElapsed) {
      this.maxRetries = maxRetries;
      this.baseDelay = baseDelay;
      this.maxDelay = maxDelay;
      this.maxRetryAfter = maxRetryAfter;
      this.maxElapsed = maxElapsed;
    }
  }

  /** An ApiClient whose calls retry 429 (any method: not acted on) and 503 (reads only). */
  public static class RetryingApiClient extends ApiClient {
    private final RetryPolicy policy;

    public RetryingApiClient(RetryPolicy policy) {
      this.policy = policy;
      // java.net.http tries an h2c upgrade on plain http by default; the service speaks HTTP/1.1.
      setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    @Override
    public HttpClient getHttpClient() {
      return new RetryingHttpClient(super.getHttpClient(), policy);
    }
  }

  /** Retry-After in seconds (a number of seconds or an HTTP date); 0 when absent or unreadable. */
  public static double retryAfter(Optional<String> value) {
    if (!value.isPresent()) return 0;
    try {
      return Math.max(0, Double.parseDouble(value.get()));
    } catch (NumberFormatException notSeconds) {
      try {
        java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(value.get(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, Duration.between(java.time.Instant.now(), at.toInstant()).toMillis() / 1000.0);
      } catch (java.time.format.DateTimeParseException unreadable) {
        return 0;
      }
    }
  }

  static final class RetryingHttpClient extends HttpClient {
    private final HttpClient inner;
    private final RetryPolicy policy;

    RetryingHttpClient(HttpClient inner, RetryPolicy policy) {
      this.inner = inner;
      this.policy = policy;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException, InterruptedException {
      long started = System.nanoTime();
      boolean read = request.method().equals("GET") || request.method().equals("HEAD");
      for (int attempt = 0; ; attempt++) {
        HttpResponse<T> response = inner.send(request, handler);
        int status = response.statusCode();
        if (!(status == 429 || (status == 503 && read)) || attempt >= policy.maxRetries) return response;
        double jitter = ThreadLocalRandom.current().nextDouble() * Math.min(policy.maxDelay, policy.baseDelay * Math.pow(2, attempt));
        double delay = Math.max(jitter, Math.min(retryAfter(response.headers().firstValue("retry-after")), policy.maxRetryAfter));
        if ((System.nanoTime() - started) / 1e9 + delay > policy.maxElapsed) return response;
        if (response.body() instanceof java.io.Closeable) ((java.io.Closeable) response.body()).close();
        Thread.sleep((long) (delay * 1000));
      }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      return CompletableFuture.supplyAsync(() -> {
        try {
          return send(request, handler);
        } catch (IOException | InterruptedException error) {
          throw new java.util.concurrent.CompletionException(error);
        }
      });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
      return sendAsync(request, handler);
    }

    @Override public Optional<java.net.CookieHandler> cookieHandler() { return inner.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return inner.connectTimeout(); }
    @Override public Redirect followRedirects() { return inner.followRedirects(); }
    @Override public Optional<java.net.ProxySelector> proxy() { return inner.proxy(); }
    @Override public javax.net.ssl.SSLContext sslContext() { return inner.sslContext(); }
    @Override public javax.net.ssl.SSLParameters sslParameters() { return inner.sslParameters(); }
    @Override public Optional<java.net.Authenticator> authenticator() { return inner.authenticator(); }
    @Override public Version version() { return inner.version(); }
    @Override public Optional<java.util.concurrent.Executor> executor() { return inner.executor(); }
  }

  /** An analysis call, for wait(). */
  public interface Call<T> {
    T call() throws ApiException;
  }

  /** wait() gave up, or a statement failed. */
  public static class WaitFailed extends Exception {
    public WaitFailed(String message) {
      super(message);
    }
  }

  /** Polls until every progress entry is terminal: completed (the answer is returned) or failed (WaitFailed).
   *  statuses reads an answer's progress statuses (null for null). The Python poller's schedule: a ceiling
   *  doubling from 3 s, never above 40 % of the time waited nor 60 s, each sleep drawn between 2 s and it. */
  public static <T> T waitFor(Call<T> call, Function<T, List<String>> statuses, Duration timeout)
      throws ApiException, WaitFailed, InterruptedException {
    long started = System.nanoTime();
    for (int attempt = 0; ; attempt++) {
      T answer = call.call();
      List<String> seen = statuses.apply(answer);
      if (seen.contains("failed")) throw new WaitFailed("a statement failed");
      if (!seen.isEmpty() && seen.stream().allMatch("completed"::equals)) return answer;
      double elapsed = (System.nanoTime() - started) / 1e9, limit = timeout.toMillis() / 1000.0;
      if (elapsed >= limit) throw new WaitFailed("not finished after " + timeout);
      double ceiling = Math.min(60, Math.min(3 * Math.pow(2, attempt), Math.max(3, 0.4 * elapsed)));
      double floor = Math.min(2, ceiling);
      Thread.sleep((long) (Math.min(floor + ThreadLocalRandom.current().nextDouble() * (ceiling - floor), limit - elapsed) * 1000));
    }
  }
}
