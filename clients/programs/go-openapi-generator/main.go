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
	return bankconnect.NewAPIClient(cfg)
}

// The status of a refused call, as the client reports it: a *GenericOpenAPIError beside the *http.Response.
func described(response *http.Response, err error) string {
	var apiError *bankconnect.GenericOpenAPIError
	if errors.As(err, &apiError) && response != nil {
		return fmt.Sprintf("%d GenericOpenAPIError", response.StatusCode)
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
		_, response, err := connect(env("BASE_URL"), "wrong-key").ManagementAPI.ListEntities(ctx).Page(1).Execute()
		say("3.unauthorized", described(response, err))
		_, response, err = client.EnrichedDataAPI.GetTransactions(ctx, "00000000-0000-4000-8000-000000000000").Execute()
		say("3.not_found", described(response, err))
		return nil
	})

	scenario(4, func() error {
		_, response, err := connect(env("THROTTLED_URL"), env("API_KEY")).ManagementAPI.ListEntities(ctx).Page(1).Execute()
		if err == nil {
			say("4.result", 200)
			return nil
		}
		if response == nil {
			return err
		}
		retryAfter := response.Header.Get("Retry-After")
		if retryAfter == "" {
			retryAfter = "absent"
		}
		say("4.result", fmt.Sprintf("error %d retry-after=%s", response.StatusCode, retryAfter))
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
		_, response, err := client.UploadAPI.UploadStatement(ctx).File(pdf).BankName(*bank).EntityId(entityID).Execute()
		if err != nil {
			var apiError *bankconnect.GenericOpenAPIError
			if errors.As(err, &apiError) && response != nil {
				return fmt.Errorf("upload answered %d: %s", response.StatusCode, apiError.Body())
			}
			return err
		}
		for polls := 1; polls <= 60; polls++ {
			answer, _, err := client.EnrichedDataAPI.GetIdentity(ctx, entityID).Execute()
			if err != nil {
				return err
			}
			status := "none"
			if len(answer.Progress) > 0 {
				if value, _ := answer.Progress[0].GetStatusOk(); value != nil {
					status = string(*value)
				}
			}
			if status != "processing" {
				say("5.status", status)
				say("5.polls", polls)
				if len(answer.Identity) > 0 {
					say("5.name", answer.Identity[0].GetName())
				}
				return nil
			}
			time.Sleep(500 * time.Millisecond)
		}
		say("5.status", "still processing after 60 polls")
		return nil
	})
}
