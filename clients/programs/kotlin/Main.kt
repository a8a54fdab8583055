// The conformance scenarios (clients/matrix.py) with the openapi-generator kotlin client (okhttp, moshi).
// Prints what it observed as `<scenario>.<fact>: <value>`; clients/matrix.py judges.
import bankconnect.client.apis.EnrichedDataApi
import bankconnect.client.apis.ManagementApi
import bankconnect.client.apis.UploadApi
import bankconnect.client.infrastructure.ApiClient
import bankconnect.client.infrastructure.ClientError
import bankconnect.client.infrastructure.ClientException
import bankconnect.client.infrastructure.PartConfig
import bankconnect.client.infrastructure.ServerException
import bankconnect.client.infrastructure.Success
import bankconnect.client.models.BankIdentifier
import bankconnect.client.models.UploadResult
import java.io.File

fun env(name: String): String = System.getenv(name)?.takeIf { it.isNotEmpty() } ?: error("$name is not set")

fun say(key: String, value: Any?) = println("$key: $value")

fun scenario(number: Int, body: () -> Unit) {
    try {
        body()
    } catch (error: Exception) {
        val body = ((error as? ClientException)?.response as? ClientError<*>)?.body ?: ""
        say("$number.error", "${error.javaClass.simpleName}: ${error.message} $body".lineSequence().first())
    }
}

fun described(error: Exception): String = when (error) {
    is ClientException -> "${error.statusCode} ClientException"
    is ServerException -> "${error.statusCode} ServerException"
    else -> "untyped ${error.javaClass.simpleName}"
}

// The generated client keeps its keys in one process-wide map, by header name.
fun useKey(apiKey: String) {
    ApiClient.apiKey["x-api-key"] = apiKey
    ApiClient.apiKey["server-hash"] = env("SERVER_HASH")
}

// The workaround for the generated upload: it sends every optional part, null ones as empty strings, which the
// service refuses (`file_url: '' is not a 'uri'`). The same request with the null parts left out.
class UploadWithoutNullParts(base: String) : UploadApi(base) {
    fun uploadStatement(file: File, bankName: BankIdentifier, entityId: String): UploadResult {
        val config = uploadStatementRequestConfig(null, file, null, bankName, null, entityId, null)
        val sent = config.copy(body = config.body!!.filterValues { it.body != null })
        val answer = request<Map<String, PartConfig<*>>, UploadResult>(sent)
        return (answer as? Success<*>)?.data as? UploadResult ?: error("upload answered ${answer.statusCode}")
    }
}

fun main() {
    val base = env("BASE_URL")
    useKey(env("API_KEY"))
    val management = ManagementApi(base)
    val enriched = EnrichedDataApi(base)

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
        say("2.extra", "absent") // data classes have no place for fields the spec does not list
        say("2.ifsc", answer.accounts[0].ifsc ?: "null")
    }

    scenario(3) {
        useKey("wrong-key")
        try {
            management.listEntities(page = 1); say("3.unauthorized", "200 no error")
        } catch (error: Exception) {
            say("3.unauthorized", described(error))
        } finally {
            useKey(env("API_KEY"))
        }
        try {
            enriched.getTransactions("00000000-0000-4000-8000-000000000000"); say("3.not_found", "200 no error")
        } catch (error: Exception) {
            say("3.not_found", described(error))
        }
    }

    scenario(4) {
        try {
            ManagementApi(env("THROTTLED_URL")).listEntities(page = 1)
            say("4.result", 200)
        } catch (error: ClientException) {
            val retryAfter = (error.response as? ClientError<*>)?.headers?.entries?.firstOrNull { it.key.equals("retry-after", true) }
            say("4.result", "error ${error.statusCode} retry-after=${retryAfter?.value?.firstOrNull() ?: "absent"}")
        }
    }

    scenario(5) {
        val entityId = env("UPLOAD_ENTITY_ID")
        val bank = BankIdentifier.decode(env("BANK_NAME")) ?: error("unknown bank ${env("BANK_NAME")}")
        try {
            UploadApi(base).uploadStatement(file = File(env("SAMPLE_PDF")), bankName = bank, entityId = entityId)
        } catch (error: ClientException) {
            val body = (error.response as? ClientError<*>)?.body ?: ""
            say("5.generated", "${error.statusCode} $body")
            UploadWithoutNullParts(base).uploadStatement(File(env("SAMPLE_PDF")), bank, entityId)
            say("5.workaround", "UploadWithoutNullParts")
        }
        for (polls in 1..60) {
            val answer = enriched.getIdentity(entityId)
            val status = answer.progress.firstOrNull()?.status?.value ?: "none"
            if (status != "processing") {
                say("5.status", status); say("5.polls", polls); say("5.name", answer.identity.firstOrNull()?.name)
                return@scenario
            }
            Thread.sleep(500)
        }
        say("5.status", "still processing after 60 polls")
    }
}
