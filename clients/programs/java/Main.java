// Lists entities and reads one entity's transactions with the openapi-generator Java (native) client.
import in.bankconnect.client.ApiClient;
import in.bankconnect.client.api.EnrichedDataApi;
import in.bankconnect.client.api.ManagementApi;
import in.bankconnect.client.model.EntityPage;
import in.bankconnect.client.model.TransactionsResponse;
import java.net.http.HttpClient;

public class Main {
  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      System.err.println(name + " is not set");
      System.exit(1);
    }
    return value;
  }

  public static void main(String[] args) throws Exception {
    ApiClient api = new ApiClient();
    // java.net.http tries an h2c upgrade on plain http by default; the service speaks HTTP/1.1.
    api.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    api.updateBaseUri(env("BASE_URL"));
    api.setRequestInterceptor(request -> {
      request.header("x-api-key", env("API_KEY"));
      request.header("server-hash", env("SERVER_HASH"));
    });
    EntityPage page = new ManagementApi(api).listEntities(1, null);
    System.out.println("entities: " + page.getCount());
    TransactionsResponse body = new EnrichedDataApi(api).getTransactions(env("ENTITY_ID"), null);
    System.out.println("transactions: " + body.getTransactions().size());
    System.out.println("first channel: " + body.getTransactions().get(0).getTransactionChannel());
  }
}
