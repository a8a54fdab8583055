// The conformance scenarios (clients/matrix.py) with the openapi-generator kotlin client (okhttp, jackson), as
// shipped: clients/kotlin/ (configuration, templates, fixes) and the shim (BankConnectShim.kt).
// Prints what it observed as `<scenario>.<fact>: <value>`; clients/matrix.py judges.
import bankconnect.client.apis.EnrichedDataApi
import bankconnect.client.apis.ManagementApi
import bankconnect.client.apis.UploadApi
import bankconnect.client.infrastructure.ApiClient
import bankconnect.client.infrastructure.BankConnectError
import bankconnect.client.infrastructure.bankConnectHttpClient
import bankconnect.client.infrastructure.wait
import bankconnect.client.models.BankIdentifier
import bankconnect.client.models.IdentityResponse
import java.io.File
import java.time.Duration

fun env(name: String): String = System.getenv(name)?.takeIf { it.isNotEmpty() } ?: error("$name is not set")

fun say(key: String, value: Any?) = println("$key: $value")

fun scenario(number: Int, body: () -> Unit) {
    try {
        body()
    } catch (error: Exception) {
        say("$number.error", "${error.javaClass.simpleName}: ${error.message}".lineSequence().first())
    }
}

fun described(call: () -> Unit): String = try {
    call()
    "200 no error"
} catch (error: BankConnectError) {
    "${error.status} BankConnectError"
} catch (error: Exception) {
    "untyped ${error.javaClass.simpleName}"
}

// The generated client keeps its keys in one process-wide map, by header name.
fun useKey(apiKey: String) {
    ApiClient.apiKey["x-api-key"] = apiKey
    ApiClient.apiKey["server-hash"] = env("SERVER_HASH")
}

fun statuses(answer: IdentityResponse): List<String?> = answer.progress.map { it.status?.value }

fun main() {
    val base = env("BASE_URL")
    val http = bankConnectHttpClient() // the shim: retries, and every refusal a BankConnectError
    useKey(env("API_KEY"))
    val management = ManagementApi(base, http)
    val enriched = EnrichedDataApi(base, http)

    scenario(1) {
        var page = 1
        var listed = 0
        var count: Int
        while (true) {
            val answer = management.listEntities(page = page)
            count = answer.count
            listed += answer.results.size
            if (answer.next == null) break
            page += 1
        }
        say("1.count", count); say("1.listed", listed); say("1.pages", page)
    }

    scenario(2) {
        val answer = enriched.getTransactions(env("QUIRKY_ENTITY_ID"))
        say("2.channel", answer.transactions[0].transactionChannel.value)
        say("2.extra", answer.transactions[0].additionalProperties["upi_reference"]) // clients/kotlin/fixes.py
        say("2.ifsc", answer.accounts[0].ifsc ?: "null")
    }

    scenario(3) {
        useKey("wrong-key")
        try {
            say("3.unauthorized", described { management.listEntities(page = 1) })
        } finally {
            useKey(env("API_KEY"))
        }
        say("3.not_found", described { enriched.getTransactions("00000000-0000-4000-8000-000000000000") })
    }

    scenario(4) {
        val started = System.nanoTime()
        try {
            ManagementApi(env("THROTTLED_URL"), http).listEntities(page = 1)
            say("4.result", 200); say("4.waited_ms", (System.nanoTime() - started) / 1_000_000)
        } catch (error: BankConnectError) {
            say("4.result", "error ${error.status} retry-after=${error.retryAfter?.seconds ?: "absent"}")
        }
    }

    scenario(5) {
        val entityId = env("UPLOAD_ENTITY_ID")
        val bank = BankIdentifier.decode(env("BANK_NAME")) ?: error("unknown bank ${env("BANK_NAME")}")
        UploadApi(base, http).uploadStatement(file = File(env("SAMPLE_PDF")), bankName = bank, entityId = entityId)
        var polls = 0
        val answer = wait(Duration.ofMinutes(10), ::statuses) { polls++; enriched.getIdentity(entityId) }
        say("5.status", statuses(answer).first()); say("5.polls", polls); say("5.name", answer.identity.firstOrNull()?.name)
    }

    scenario(6) {
        val answer = enriched.getTransactions(env("DRIFT_ENTITY_ID"))
        val account = answer.accounts[0]
        say("6.field", account.additionalProperties["branch_name"])
        say("6.merchant", answer.transactions[0].merchantCategory)
        say("6.category", account.accountCategory)
        say("6.micr", account.micr ?: "null")
    }
}
