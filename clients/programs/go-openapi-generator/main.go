// The conformance scenarios (clients/matrix.py) with the openapi-generator Go client.
// Prints what it observed as `<scenario>.<fact>: <value>`; clients/matrix.py judges.
package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	bankconnect "example.com/bankconnect/client"
)

func connect(baseURL, apiKey string) *bankconnect.APIClient {
	cfg := bankconnect.NewConfiguration()
	cfg.Servers = bankconnect.ServerConfigurations{{URL: baseURL}}
	cfg.AddDefaultHeader("x-api-key", apiKey)
	cfg.AddDefaultHeader("server-hash", env("SERVER_HASH"))
	// The shim: its RoundTripper retries 429/503 and answers every refusal with a *bankconnect.APIError.
	cfg.HTTPClient = &http.Client{Transport: bankconnect.NewTransport()}
	return bankconnect.NewAPIClient(cfg)
}

// A refusal as the shim reports it: one *APIError with the status, whatever the operation.
func described(err error) string {
	var refused *bankconnect.APIError
	if errors.As(err, &refused) {
		return fmt.Sprintf("%d APIError", refused.Status)
	}
	if err == nil {
		return "200 no error"
	}
	return "untyped " + err.Error()
}

func main() {
	ctx := context.Background()
	client := connect(env("BASE_URL"), env("API_KEY"))

	scenario(1, func() error {
		page, listed, count := int32(1), 0, int32(0)
		for {
			answer, _, err := client.ManagementAPI.ListEntities(ctx).Page(page).Execute()
			if err != nil {
				return err
			}
			count = answer.Count
			listed += len(answer.Results)
			if !answer.Next.IsSet() || answer.Next.Get() == nil {
				break
			}
			page++
		}
		say("1.count", count)
		say("1.listed", listed)
		say("1.pages", page)
		return nil
	})

	scenario(2, func() error {
		answer, _, err := client.EnrichedDataAPI.GetTransactions(ctx, env("QUIRKY_ENTITY_ID")).Execute()
		if err != nil {
			return err
		}
		say("2.channel", answer.Transactions[0].TransactionChannel)
		// disallowAdditionalPropertiesIfNotPresent=false gives every model an AdditionalProperties map.
		if extra, ok := answer.Transactions[0].AdditionalProperties["upi_reference"]; ok {
			say("2.extra", extra)
		} else {
			say("2.extra", "absent")
		}
		if ifsc, _ := answer.Accounts[0].GetIfscOk(); ifsc != nil {
			say("2.ifsc", *ifsc)
		} else {
			say("2.ifsc", "nil")
		}
		return nil
	})

	scenario(3, func() error {
		_, _, err := connect(env("BASE_URL"), "wrong-key").ManagementAPI.ListEntities(ctx).Page(1).Execute()
		say("3.unauthorized", described(err))
		_, _, err = client.EnrichedDataAPI.GetTransactions(ctx, "00000000-0000-4000-8000-000000000000").Execute()
		say("3.not_found", described(err))
		return nil
	})

	scenario(4, func() error {
		started := time.Now()
		_, _, err := connect(env("THROTTLED_URL"), env("API_KEY")).ManagementAPI.ListEntities(ctx).Page(1).Execute()
		var refused *bankconnect.APIError
		if errors.As(err, &refused) {
			say("4.result", fmt.Sprintf("error %d retry-after=%s", refused.Status, refused.Header.Get("Retry-After")))
			return nil
		}
		if err != nil {
			return err
		}
		say("4.result", 200)
		say("4.waited_ms", time.Since(started).Milliseconds())
		return nil
	})

	scenario(5, func() error {
		entityID := env("UPLOAD_ENTITY_ID")
		pdf, err := os.Open(env("SAMPLE_PDF"))
		if err != nil {
			return err
		}
		defer pdf.Close()
		bank, err := bankconnect.NewBankIdentifierFromValue(env("BANK_NAME"))
		if err != nil {
			return err
		}
		if _, _, err := client.UploadAPI.UploadStatement(ctx).File(pdf).BankName(*bank).EntityId(entityID).Execute(); err != nil {
			return err
		}
		polls := 0
		identity := func(ctx context.Context) (*bankconnect.IdentityResponse, error) {
			polls++
			answer, _, err := client.EnrichedDataAPI.GetIdentity(ctx, entityID).Execute()
			return answer, err
		}
		statuses := func(answer *bankconnect.IdentityResponse) (seen []string) {
			for _, entry := range answer.Progress {
				status, _ := entry.GetStatusOk()
				if status == nil {
					seen = append(seen, "")
				} else {
					seen = append(seen, string(*status))
				}
			}
			return seen
		}
		answer, err := bankconnect.Wait(ctx, identity, statuses, bankconnect.DefaultWait)
		if err != nil {
			return err
		}
		say("5.status", statuses(answer)[0])
		say("5.polls", polls)
		if len(answer.Identity) > 0 {
			say("5.name", answer.Identity[0].GetName())
		}
		return nil
	})

	scenario(6, func() error {
		answer, _, err := client.EnrichedDataAPI.GetTransactions(ctx, env("DRIFT_ENTITY_ID")).Execute()
		if err != nil {
			return err
		}
		account := answer.Accounts[0]
		if field, ok := account.AdditionalProperties["branch_name"]; ok {
			say("6.field", field)
		} else {
			say("6.field", "absent")
		}
		say("6.merchant", answer.Transactions[0].GetMerchantCategory())
		say("6.category", account.GetAccountCategory())
		if micr, _ := account.GetMicrOk(); micr != nil {
			say("6.micr", *micr)
		} else {
			say("6.micr", "nil")
		}
		return nil
	})
}
