// The conformance scenarios (clients/matrix.py) with the openapi-generator rust client (reqwest, blocking).
// Prints what it observed as `<scenario>.<fact>: <value>`; clients/matrix.py judges.
use bankconnect::apis::configuration::Configuration;
use bankconnect::apis::{enriched_data_api, management_api, upload_api, Error};
use bankconnect::models;
use reqwest::header::{HeaderMap, HeaderValue};
use std::{env, fmt::Debug, path::PathBuf, thread, time::Duration};

fn var(name: &str) -> String {
    env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}

// The generator fills both security headers from the one `api_key` it knows: x-api-key and server-hash would
// carry the same value. Both go on the reqwest client instead (a default header per scheme).
fn configure(base_url: &str, api_key: &str) -> Configuration {
    let mut headers = HeaderMap::new();
    headers.insert("x-api-key", HeaderValue::from_str(api_key).unwrap());
    headers.insert("server-hash", HeaderValue::from_str(&var("SERVER_HASH")).unwrap());
    let client = reqwest::blocking::Client::builder().default_headers(headers).build().unwrap();
    Configuration { base_path: base_url.to_string(), client, ..Configuration::default() }
}

fn described<T: Debug>(error: &Error<T>) -> String {
    match error {
        Error::ResponseError(content) => format!("{} ResponseError", content.status.as_u16()),
        other => format!("untyped {other}"),
    }
}

fn say(key: &str, value: impl std::fmt::Display) {
    println!("{key}: {value}");
}

fn scenario(number: u8, body: impl FnOnce() -> Result<(), String>) {
    if let Err(message) = body() {
        say(&format!("{number}.error"), message.lines().next().unwrap_or(""));
    }
}

fn main() {
    let config = configure(&var("BASE_URL"), &var("API_KEY"));

    scenario(1, || {
        let (mut page, mut listed, mut count) = (1, 0, 0);
        loop {
            let answer = management_api::list_entities(&config, Some(page), None).map_err(|e| e.to_string())?;
            count = answer.count;
            listed += answer.results.len();
            if answer.next.is_none() {
                break;
            }
            page += 1;
        }
        say("1.count", count);
        say("1.listed", listed);
        say("1.pages", page);
        Ok(())
    });

    scenario(2, || {
        let answer = enriched_data_api::get_transactions(&config, &var("QUIRKY_ENTITY_ID"), None)
            .map_err(|e| e.to_string())?;
        say("2.channel", answer.transactions[0].transaction_channel);
        say("2.extra", "absent"); // the model has no place for fields it does not list
        say("2.ifsc", answer.accounts[0].ifsc.as_deref().unwrap_or("null"));
        Ok(())
    });

    scenario(3, || {
        let wrong = configure(&var("BASE_URL"), "wrong-key");
        say("3.unauthorized", match management_api::list_entities(&wrong, Some(1), None) {
            Ok(_) => "200 no error".to_string(),
            Err(error) => described(&error),
        });
        let unknown = "00000000-0000-4000-8000-000000000000";
        say("3.not_found", match enriched_data_api::get_transactions(&config, unknown, None) {
            Ok(_) => "200 no error".to_string(),
            Err(error) => described(&error),
        });
        Ok(())
    });

    scenario(4, || {
        let throttled = configure(&var("THROTTLED_URL"), &var("API_KEY"));
        say("4.result", match management_api::list_entities(&throttled, Some(1), None) {
            Ok(_) => "200".to_string(),
            // ResponseContent keeps the status and body, not the headers: Retry-After is out of reach.
            Err(Error::ResponseError(content)) => format!("error {} retry-after=absent", content.status.as_u16()),
            Err(other) => return Err(other.to_string()),
        });
        Ok(())
    });

    scenario(5, || {
        let entity_id = var("UPLOAD_ENTITY_ID");
        let bank: models::BankIdentifier =
            serde_json::from_value(serde_json::Value::String(var("BANK_NAME"))).map_err(|e| e.to_string())?;
        upload_api::upload_statement(
            &config, bank, None, Some(PathBuf::from(var("SAMPLE_PDF"))), None, None, Some(&entity_id), None,
        )
        .map_err(|e| e.to_string())?;
        for polls in 1..=60 {
            let answer = enriched_data_api::get_identity(&config, &entity_id).map_err(|e| e.to_string())?;
            let status = answer.progress.first().and_then(|p| p.status).map(|s| s.to_string());
            let status = status.unwrap_or_else(|| "none".to_string());
            if status != "processing" {
                say("5.status", &status);
                say("5.polls", polls);
                say("5.name", answer.identity.first().and_then(|i| i.name.clone()).unwrap_or_default());
                return Ok(());
            }
            thread::sleep(Duration::from_millis(500));
        }
        say("5.status", "still processing after 60 polls");
        Ok(())
    });
}
