// Lists entities and reads one entity's transactions with the oapi-codegen client.
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"example.com/bankconnect-oapi/bankconnect"
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
	ctx := context.Background()
	withKeys := func(ctx context.Context, req *http.Request) error {
		req.Header.Set("x-api-key", env("API_KEY"))
		req.Header.Set("server-hash", env("SERVER_HASH"))
		return nil
	}
	client, err := bankconnect.NewClientWithResponses(env("BASE_URL"), bankconnect.WithRequestEditorFn(withKeys))
	if err != nil {
		panic(err)
	}
	page := int(1)
	entities, err := client.ListEntitiesWithResponse(ctx, &bankconnect.ListEntitiesParams{Page: &page})
	if err != nil || entities.JSON200 == nil {
		fmt.Fprintln(os.Stderr, "list_entities failed:", err, entities.Status())
		os.Exit(1)
	}
	fmt.Printf("entities: %d\n", entities.JSON200.Count)
	body, err := client.GetTransactionsWithResponse(ctx, env("ENTITY_ID"), &bankconnect.GetTransactionsParams{})
	if err != nil || body.JSON200 == nil {
		fmt.Fprintln(os.Stderr, "get_transactions failed:", err, body.Status())
		os.Exit(1)
	}
	fmt.Printf("transactions: %d\n", len(body.JSON200.Transactions))
	fmt.Printf("first channel: %s\n", body.JSON200.Transactions[0].TransactionChannel)
}
