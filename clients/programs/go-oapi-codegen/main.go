// The conformance scenarios (clients/matrix.py) with the oapi-codegen client (ClientWithResponses).
// Prints what it observed as `<scenario>.<fact>: <value>`; clients/matrix.py judges.
package main

import (
	"bytes"
	"context"
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
	client, err := bankconnect.NewClientWithResponses(baseURL, bankconnect.WithRequestEditorFn(withKeys))
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
		say("2.extra", "absent") // the struct has no field for it; the raw answer stays in answer.Body
		if ifsc := answer.JSON200.Accounts[0].Ifsc; ifsc != nil {
			say("2.ifsc", *ifsc)
		} else {
			say("2.ifsc", "nil")
		}
		return nil
	})

	scenario(3, func() error {
		wrong, err := connect(env("BASE_URL"), "wrong-key").ListEntitiesWithResponse(ctx, &bankconnect.ListEntitiesParams{})
		if err != nil {
			return err
		}
		if wrong.JSON401 != nil {
			say("3.unauthorized", fmt.Sprintf("%d JSON401", wrong.StatusCode()))
		} else {
			say("3.unauthorized", fmt.Sprintf("%d no JSON401", wrong.StatusCode()))
		}
		missing, err := client.GetTransactionsWithResponse(ctx, "00000000-0000-4000-8000-000000000000", &bankconnect.GetTransactionsParams{})
		if err != nil {
			return err
		}
		if missing.JSON404 != nil {
			say("3.not_found", fmt.Sprintf("%d JSON404", missing.StatusCode()))
		} else {
			say("3.not_found", fmt.Sprintf("%d no JSON404", missing.StatusCode()))
		}
		return nil
	})

	scenario(4, func() error {
		answer, err := connect(env("THROTTLED_URL"), env("API_KEY")).ListEntitiesWithResponse(ctx, &bankconnect.ListEntitiesParams{})
		if err != nil {
			return err
		}
		if answer.StatusCode() == 200 {
			say("4.result", 200)
			return nil
		}
		retryAfter := answer.HTTPResponse.Header.Get("Retry-After")
		if retryAfter == "" {
			retryAfter = "absent"
		}
		say("4.result", fmt.Sprintf("error %d retry-after=%s", answer.StatusCode(), retryAfter))
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
		for polls := 1; polls <= 60; polls++ {
			answer, err := client.GetIdentityWithResponse(ctx, entityID)
			if err != nil {
				return err
			}
			if answer.JSON200 == nil {
				return fmt.Errorf("get_identity answered %s", answer.Status())
			}
			status := "none"
			if len(answer.JSON200.Progress) > 0 && answer.JSON200.Progress[0].Status != nil {
				status = string(*answer.JSON200.Progress[0].Status)
			}
			if status != "processing" {
				say("5.status", status)
				say("5.polls", polls)
				if len(answer.JSON200.Identity) > 0 && answer.JSON200.Identity[0].Name != nil {
					say("5.name", *answer.JSON200.Identity[0].Name)
				}
				return nil
			}
			time.Sleep(500 * time.Millisecond)
		}
		say("5.status", "still processing after 60 polls")
		return nil
	})
}
