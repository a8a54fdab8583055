// Lists entities and reads one entity's transactions with the openapi-generator typescript-fetch client.
import { Configuration, EnrichedDataApi, ManagementApi } from "./index";

async function main(): Promise<void> {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const headers: Record<string, string> = { "x-api-key": env("API_KEY"), "server-hash": env("SERVER_HASH") };
  // Both security schemes are apiKey headers: the client asks for each by header name.
  const config = new Configuration({ basePath: env("BASE_URL"), apiKey: (name: string) => headers[name] });
  const page = await new ManagementApi(config).listEntities({ page: 1 });
  console.log(`entities: ${page.count}`);
  const body = await new EnrichedDataApi(config).getTransactions({ entityId: env("ENTITY_ID") });
  console.log(`transactions: ${body.transactions.length}`);
  console.log(`first channel: ${body.transactions[0].transactionChannel}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
