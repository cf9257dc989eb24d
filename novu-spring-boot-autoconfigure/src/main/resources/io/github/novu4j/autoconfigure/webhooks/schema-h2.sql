-- Claims of processed Novu webhook deliveries (novu.webhooks.deduplication=jdbc), H2.
-- webhook_id: the webhook-id header (Svix's msg_... id); claimed_at: epoch milliseconds of the claim.
CREATE TABLE IF NOT EXISTS novu_webhook_claims (
	webhook_id VARCHAR(255) NOT NULL PRIMARY KEY,
	claimed_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS novu_webhook_claims_claimed_at ON novu_webhook_claims (claimed_at);
