// Lists entities and reads one entity's transactions with the openapi-generator Go client.
package main

import (
	"context"
	"fmt"
	"os"

	bankconnect "example.com/bankconnect/client"
)

func env(name string) string {
	value := os.Getenv(name)
	if value == "" {
		fmt.Fprintf(os.Stderr, "%s is not set\n", name)
		os.Exit(1)
	}
	return value
}

func main() {
	cfg := bankconnect.NewConfiguration()
	cfg.Servers = bankconnect.ServerConfigurations{{URL: env("BASE_URL")}}
	cfg.AddDefaultHeader("x-api-key", env("API_KEY"))
	cfg.AddDefaultHeader("server-hash", env("SERVER_HASH"))
	client := bankconnect.NewAPIClient(cfg)
	ctx := context.Background()
	page, _, err := client.ManagementAPI.ListEntities(ctx).Page(1).Execute()
	if err != nil {
		fmt.Fprintln(os.Stderr, "list_entities failed:", err)
		os.Exit(1)
	}
	fmt.Printf("entities: %d\n", page.Count)
	body, _, err := client.EnrichedDataAPI.GetTransactions(ctx, env("ENTITY_ID")).Execute()
	if err != nil {
		fmt.Fprintln(os.Stderr, "get_transactions failed:", err)
		os.Exit(1)
	}
	fmt.Printf("transactions: %d\n", len(body.Transactions))
	fmt.Printf("first channel: %s\n", body.Transactions[0].TransactionChannel)
}
