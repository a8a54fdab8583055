// The conformance scenarios (clients/matrix.py) with the openapi-generator rust client (reqwest, blocking).
// Prints what it observed as `<scenario>.<fact>: <value>`; clients/matrix.py judges.
use bankconnect::apis::configuration::Configuration;
use bankconnect::apis::{enriched_data_api, management_api, upload_api};
use bankconnect::models;
use bankconnect::shim::{self, BankConnectError, RetryPolicy};
use reqwest::header::{HeaderMap, HeaderValue};
use std::{env, path::PathBuf, time::{Duration, Instant}};

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

fn described<T>(answer: Result<T, BankConnectError>) -> String {
    match answer {
        Ok(_) => "200 no error".to_string(),
        Err(BankConnectError::Refused { status, .. }) => format!("{status} BankConnectError"),
        Err(other) => format!("untyped {other}"),
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
    let policy = RetryPolicy::default(); // the shim: every call through shim::read or shim::write

    scenario(1, || {
        let (mut page, mut listed, mut count) = (1, 0, 0);
        loop {
            let answer = shim::read(&policy, || management_api::list_entities(&config, Some(page), None))
                .map_err(|e| e.to_string())?;
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
        let answer = shim::read(&policy, || enriched_data_api::get_transactions(&config, &var("QUIRKY_ENTITY_ID"), None))
            .map_err(|e| e.to_string())?;
        say("2.channel", &answer.transactions[0].transaction_channel);
        // clients/rust/fixes.py: every model keeps the fields it does not list
        let extra = answer.transactions[0].additional_properties.get("upi_reference");
        say("2.extra", extra.and_then(|v| v.as_str()).unwrap_or("absent"));
        say("2.ifsc", answer.accounts[0].ifsc.as_deref().unwrap_or("null"));
        Ok(())
    });

    scenario(3, || {
        let wrong = configure(&var("BASE_URL"), "wrong-key");
        say("3.unauthorized", described(shim::read(&policy, || management_api::list_entities(&wrong, Some(1), None))));
        let unknown = "00000000-0000-4000-8000-000000000000";
        say("3.not_found", described(shim::read(&policy, || enriched_data_api::get_transactions(&config, unknown, None))));
        Ok(())
    });

    scenario(4, || {
        let throttled = configure(&var("THROTTLED_URL"), &var("API_KEY"));
        let started = Instant::now();
        match shim::read(&policy, || management_api::list_entities(&throttled, Some(1), None)) {
            Ok(_) => {
                say("4.result", 200);
                say("4.waited_ms", started.elapsed().as_millis());
            }
            Err(BankConnectError::Refused { status, retry_after, .. }) => {
                say("4.result", format!("error {status} retry-after={retry_after:?}"));
            }
            Err(other) => return Err(other.to_string()),
        }
        Ok(())
    });

    scenario(5, || {
        let entity_id = var("UPLOAD_ENTITY_ID");
        let bank: models::BankIdentifier =
            serde_json::from_value(serde_json::Value::String(var("BANK_NAME"))).map_err(|e| e.to_string())?;
        shim::write(&policy, || {
            upload_api::upload_statement(
                &config, bank.clone(), None, Some(PathBuf::from(var("SAMPLE_PDF"))), None, None, Some(&entity_id), None,
            )
        })
        .map_err(|e| e.to_string())?;
        let mut polls = 0;
        let statuses = |answer: &models::IdentityResponse| -> Vec<String> {
            answer.progress.iter().map(|p| p.status.as_ref().map(|s| s.to_string()).unwrap_or_default()).collect()
        };
        let identity = || {
            polls += 1;
            shim::read(&policy, || enriched_data_api::get_identity(&config, &entity_id))
        };
        let answer = shim::wait(identity, statuses, Duration::from_secs(600)).map_err(|e| e.to_string())?;
        say("5.status", &statuses(&answer)[0]);
        say("5.polls", polls);
        say("5.name", answer.identity.first().and_then(|i| i.name.clone()).unwrap_or_default());
        Ok(())
    });

    scenario(6, || {
        let answer = shim::read(&policy, || enriched_data_api::get_transactions(&config, &var("DRIFT_ENTITY_ID"), None))
            .map_err(|e| e.to_string())?;
        let account = &answer.accounts[0];
        let field = account.additional_properties.get("branch_name").and_then(|v| v.as_str());
        say("6.field", field.unwrap_or("absent"));
        say("6.merchant", answer.transactions[0].merchant_category.as_ref().map(|m| m.to_string()).unwrap_or_default());
        say("6.category", &account.account_category);
        say("6.micr", account.micr.as_deref().unwrap_or("null"));
        Ok(())
    });
}
