// The BankConnect shim for the Kotlin client (openapi-generator kotlin, okhttp): an OkHttp interceptor that
// retries 429/503 honouring Retry-After and turns every refusal into one typed error, and wait() for an
// analysis. The same rules as the Python client (overrides/bankconnect: RetryPolicy, Backoff, poll_flow).
package bankconnect.client.infrastructure

import java.io.IOException
import java.time.Duration
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter
import kotlin.random.Random
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.Response

/** Every refusal (a non-2xx answer, after retries): the status and the error body as sent. An IOException,
 *  so OkHttp hands it through the generated client unchanged. */
class BankConnectError(val status: Int, val body: String, val retryAfter: Duration?) :
    IOException("BankConnect answered $status: $body")

/** Seconds, as in the Python client's RetryPolicy. */
data class RetryPolicy(
    val maxRetries: Int = 3,
    val baseDelay: Double = 0.5,
    val maxDelay: Double = 8.0,
    val maxRetryAfter: Double = 60.0,
    val maxElapsed: Double = 300.0,
)

/** Retry-After: seconds or an HTTP date; null when absent or unreadable. */
fun retryAfter(value: String?): Duration? {
    if (value == null) return null
    value.trim().toDoubleOrNull()?.let { return Duration.ofMillis((it.coerceAtLeast(0.0) * 1000).toLong()) }
    return runCatching {
        Duration.between(java.time.Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME))
            .coerceAtLeast(Duration.ZERO)
    }.getOrNull()
}

/** Retries 429 (any method: not acted on) and 503 (reads only); then a refusal becomes a BankConnectError. */
class RetryInterceptor(private val policy: RetryPolicy = RetryPolicy()) : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val request = chain.request()
        val read = request.method == "GET" || request.method == "HEAD"
        val started = System.nanoTime()
        var attempt = 0
        while (true) {
            val response = chain.proceed(request)
            if (response.isSuccessful || response.code < 400) return response
            val body = response.body.string() // also closes the response
            val waitFor = retryAfter(response.header("Retry-After"))
            val refused = BankConnectError(response.code, body, waitFor)
            if (!(response.code == 429 || (response.code == 503 && read)) || attempt >= policy.maxRetries) throw refused
            val jitter = Random.nextDouble() * minOf(policy.maxDelay, policy.baseDelay * Math.pow(2.0, attempt.toDouble()))
            val delay = maxOf(jitter, minOf((waitFor?.toMillis() ?: 0) / 1000.0, policy.maxRetryAfter))
            if ((System.nanoTime() - started) / 1e9 + delay > policy.maxElapsed) throw refused
            Thread.sleep((delay * 1000).toLong())
            attempt++
        }
    }
}

/** An OkHttpClient for the generated API classes (their `client` argument), with the interceptor. */
fun bankConnectHttpClient(policy: RetryPolicy = RetryPolicy()): OkHttpClient =
    ApiClient.defaultClient.newBuilder().addInterceptor(RetryInterceptor(policy)).build()

/** wait() gave up, or a statement failed. */
class WaitFailed(message: String) : Exception(message)

/** Polls until every progress entry is terminal: completed (the answer is returned) or failed (WaitFailed).
 *  [statuses] reads an answer's progress statuses. The Python poller's schedule: a ceiling doubling from 3 s,
 *  never above 40 % of the time waited nor 60 s, each sleep drawn between 2 s and it. */
fun <T> wait(timeout: Duration = Duration.ofMinutes(10), statuses: (T) -> List<String?>, call: () -> T): T {
    val started = System.nanoTime()
    var attempt = 0
    while (true) {
        val answer = call()
        val seen = statuses(answer)
        if ("failed" in seen) throw WaitFailed("a statement failed")
        if (seen.isNotEmpty() && seen.all { it == "completed" }) return answer
        val elapsed = (System.nanoTime() - started) / 1e9
        val limit = timeout.toMillis() / 1000.0
        if (elapsed >= limit) throw WaitFailed("not finished after $timeout")
        val ceiling = minOf(60.0, 3.0 * Math.pow(2.0, attempt.toDouble()), maxOf(3.0, 0.4 * elapsed))
        val floor = minOf(2.0, ceiling)
        Thread.sleep((minOf(floor + Random.nextDouble() * (ceiling - floor), limit - elapsed) * 1000).toLong())
        attempt++
    }
}
