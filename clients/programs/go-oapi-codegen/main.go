// The conformance scenarios (clients/matrix.py) with the oapi-codegen client (ClientWithResponses).
// Prints what it observed as `<scenario>.<fact>: <value>`; clients/matrix.py judges.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"os"
	"time"

	"example.com/bankconnect-oapi/bankconnect"
)

func connect(baseURL, apiKey string) *bankconnect.ClientWithResponses {
	withKeys := func(ctx context.Context, req *http.Request) error {
		req.Header.Set("x-api-key", apiKey)
		req.Header.Set("server-hash", env("SERVER_HASH"))
		return nil
	}
	// The shim: its RoundTripper retries 429/503 and answers every refusal with a *bankconnect.APIError.
	shimmed := &http.Client{Transport: bankconnect.NewTransport()}
	client, err := bankconnect.NewClientWithResponses(baseURL, bankconnect.WithRequestEditorFn(withKeys),
		bankconnect.WithHTTPClient(shimmed))
	if err != nil {
		panic(err)
	}
	return client
}

// The sample statement as the multipart body upload_statement takes; oapi-codegen leaves multipart to the caller.
func uploadForm(entityID string) (string, *bytes.Buffer, error) {
	pdf, err := os.ReadFile(env("SAMPLE_PDF"))
	if err != nil {
		return "", nil, err
	}
	body := &bytes.Buffer{}
	form := multipart.NewWriter(body)
	part, _ := form.CreatePart(textproto.MIMEHeader{
		"Content-Disposition": {`form-data; name="file"; filename="statement.pdf"`},
		"Content-Type":        {"application/pdf"},
	})
	part.Write(pdf)
	form.WriteField("bank_name", env("BANK_NAME"))
	form.WriteField("entity_id", entityID)
	form.Close()
	return form.FormDataContentType(), body, nil
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

func orNil[T any](value *T) any {
	if value == nil {
		return "nil"
	}
	return *value
}

func main() {
	ctx := context.Background()
	client := connect(env("BASE_URL"), env("API_KEY"))

	scenario(1, func() error {
		page, listed, count := 1, 0, 0
		for {
			answer, err := client.ListEntitiesWithResponse(ctx, &bankconnect.ListEntitiesParams{Page: &page})
			if err != nil {
				return err
			}
			if answer.JSON200 == nil {
				return fmt.Errorf("list_entities answered %s", answer.Status())
			}
			count = answer.JSON200.Count
			listed += len(answer.JSON200.Results)
			if answer.JSON200.Next == nil {
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
		answer, err := client.GetTransactionsWithResponse(ctx, env("QUIRKY_ENTITY_ID"), &bankconnect.GetTransactionsParams{})
		if err != nil {
			return err
		}
		if answer.JSON200 == nil {
			return fmt.Errorf("get_transactions answered %s", answer.Status())
		}
		say("2.channel", answer.JSON200.Transactions[0].TransactionChannel)
		if extra, found := answer.JSON200.Transactions[0].Get("upi_reference"); found {
			say("2.extra", extra) // kept: open_models.py gave every struct an AdditionalProperties map
		} else {
			say("2.extra", "absent")
		}
		say("2.ifsc", orNil(answer.JSON200.Accounts[0].Ifsc))
		return nil
	})

	scenario(3, func() error {
		_, err := connect(env("BASE_URL"), "wrong-key").ListEntitiesWithResponse(ctx, &bankconnect.ListEntitiesParams{})
		say("3.unauthorized", described(err))
		_, err = client.GetTransactionsWithResponse(ctx, "00000000-0000-4000-8000-000000000000", &bankconnect.GetTransactionsParams{})
		say("3.not_found", described(err))
		return nil
	})

	scenario(4, func() error {
		started := time.Now()
		_, err := connect(env("THROTTLED_URL"), env("API_KEY")).ListEntitiesWithResponse(ctx, &bankconnect.ListEntitiesParams{})
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
		contentType, body, err := uploadForm(entityID)
		if err != nil {
			return err
		}
		upload, err := client.UploadStatementWithBodyWithResponse(ctx, &bankconnect.UploadStatementParams{}, contentType, body)
		if err != nil {
			return err
		}
		if upload.JSON200 == nil {
			return fmt.Errorf("upload answered %s: %s", upload.Status(), upload.Body)
		}
		polls := 0
		identity := func(ctx context.Context) (*bankconnect.GetIdentityResponse, error) {
			polls++
			return client.GetIdentityWithResponse(ctx, entityID)
		}
		statuses := func(answer *bankconnect.GetIdentityResponse) (seen []string) {
			for _, entry := range answer.JSON200.Progress {
				seen = append(seen, fmt.Sprint(orNil(entry.Status)))
			}
			return seen
		}
		answer, err := bankconnect.Wait(ctx, identity, statuses, bankconnect.DefaultWait)
		if err != nil {
			return err
		}
		say("5.status", statuses(answer)[0])
		say("5.polls", polls)
		if len(answer.JSON200.Identity) > 0 {
			say("5.name", orNil(answer.JSON200.Identity[0].Name))
		}
		return nil
	})

	scenario(6, func() error {
		answer, err := client.GetTransactionsWithResponse(ctx, env("DRIFT_ENTITY_ID"), &bankconnect.GetTransactionsParams{})
		if err != nil {
			return err
		}
		account := answer.JSON200.Accounts[0]
		if field, found := account.Get("branch_name"); found {
			say("6.field", field)
		} else {
			say("6.field", "absent")
		}
		say("6.merchant", orNil(answer.JSON200.Transactions[0].MerchantCategory))
		say("6.category", account.AccountCategory)
		say("6.micr", orNil(account.Micr))
		return nil
	})
}
