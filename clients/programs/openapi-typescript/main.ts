// The conformance scenarios (clients/matrix.py) with openapi-fetch, typed by openapi-typescript's schema.d.ts.
// Prints what it observed as `<scenario>.<fact>: <value>`; clients/matrix.py judges.
import { readFileSync } from "fs";
import { env, say, scenario } from "./harness";
import createClient from "openapi-fetch";
import type { paths } from "./schema";
import { BankConnectError, retryingFetch, throwOnRefusal, wait } from "./bankconnect-shim";

// The shim: retries in the fetch, every refusal a BankConnectError from the middleware.
const connect = (baseUrl: string, apiKey = env("API_KEY")) => {
  const client = createClient<paths>({
    baseUrl, headers: { "x-api-key": apiKey, "server-hash": env("SERVER_HASH") }, fetch: retryingFetch(),
  });
  client.use(throwOnRefusal);
  return client;
};
const described = async (call: () => Promise<unknown>): Promise<string> => {
  try {
    await call();
    return "200 no error";
  } catch (error) {
    return error instanceof BankConnectError ? `${error.status} BankConnectError` : `untyped ${String(error)}`;
  }
};

async function main(): Promise<void> {
  const client = connect(env("BASE_URL"));

  await scenario(1, async () => {
    let page = 1, listed = 0, count = 0;
    for (;;) {
      const { data, response } = await client.GET("/entity/", { params: { query: { page } } });
      if (!data) throw new Error(`list_entities answered ${response.status}`);
      count = data.count;
      listed += data.results.length;
      if (!data.next) break;
      page += 1;
    }
    say("1.count", count); say("1.listed", listed); say("1.pages", page);
  });

  await scenario(2, async () => {
    const { data, response } = await client.GET("/entity/{entity_id}/transactions/", {
      params: { path: { entity_id: env("QUIRKY_ENTITY_ID") } },
    });
    if (!data) throw new Error(`get_transactions answered ${response.status}`);
    const first = data.transactions[0] as unknown as Record<string, unknown>;
    say("2.channel", first.transaction_channel);
    say("2.extra", first.upi_reference ?? "absent");
    say("2.ifsc", data.accounts[0].ifsc);
  });

  await scenario(3, async () => {
    const wrong = connect(env("BASE_URL"), "wrong-key");
    say("3.unauthorized", await described(() => wrong.GET("/entity/", { params: { query: { page: 1 } } })));
    say("3.not_found", await described(() => client.GET("/entity/{entity_id}/transactions/", {
      params: { path: { entity_id: "00000000-0000-4000-8000-000000000000" } },
    })));
  });

  await scenario(4, async () => {
    const started = Date.now();
    try {
      await connect(env("THROTTLED_URL")).GET("/entity/", { params: { query: { page: 1 } } });
      say("4.result", 200); say("4.waited_ms", Date.now() - started);
    } catch (error) {
      if (!(error instanceof BankConnectError)) throw error;
      say("4.result", `error ${error.status} retry-after=${error.headers.get("retry-after") ?? "absent"}`);
    }
  });

  await scenario(5, async () => {
    const entityId = env("UPLOAD_ENTITY_ID");
    // openapi-fetch serialises bodies as JSON unless told otherwise: multipart needs a bodySerializer.
    const form = new FormData();
    form.append("file", new Blob([readFileSync(env("SAMPLE_PDF"))], { type: "application/pdf" }), "statement.pdf");
    form.append("bank_name", env("BANK_NAME"));
    form.append("entity_id", entityId);
    const upload = await client.POST("/statement/upload/", {
      body: {} as never,
      bodySerializer: () => form,
    });
    if (!upload.data) throw new Error(`upload answered ${upload.response.status}: ${JSON.stringify(upload.error)}`);
    let polls = 0;
    const identity = await wait(async () => {
      polls++;
      const { data } = await client.GET("/entity/{entity_id}/identity/", { params: { path: { entity_id: entityId } } });
      return data!; // a refusal was thrown by the shim
    });
    say("5.status", identity.progress[0].status); say("5.polls", polls); say("5.name", identity.identity[0]?.name);
  });

  await scenario(6, async () => {
    const { data } = await client.GET("/entity/{entity_id}/transactions/", {
      params: { path: { entity_id: env("DRIFT_ENTITY_ID") } },
    });
    const account = data!.accounts[0] as unknown as Record<string, unknown>;
    say("6.field", account.branch_name ?? "absent");
    say("6.merchant", data!.transactions[0].merchant_category);
    say("6.category", data!.accounts[0].account_category);
    say("6.micr", data!.accounts[0].micr);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
