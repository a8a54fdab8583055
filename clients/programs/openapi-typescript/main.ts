// Lists entities and reads one entity's transactions with fetch, typed by openapi-typescript.
import type { paths } from "./schema";

type EntityPage = paths["/entity/"]["get"]["responses"][200]["content"]["application/json"];
type Transactions = paths["/entity/{entity_id}/transactions/"]["get"]["responses"][200]["content"]["application/json"];

async function main(): Promise<void> {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const headers = { "x-api-key": env("API_KEY"), "server-hash": env("SERVER_HASH") };
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(env("BASE_URL") + path, { headers });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const page = await get<EntityPage>("/entity/?page=1");
  console.log(`entities: ${page.count}`);
  const body = await get<Transactions>(`/entity/${env("ENTITY_ID")}/transactions/`);
  console.log(`transactions: ${body.transactions.length}`);
  console.log(`first channel: ${body.transactions[0].transaction_channel}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
