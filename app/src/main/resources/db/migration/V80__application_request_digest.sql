-- The SHA-256 of what an application asked for (clauses, note, contact, materials), so a submission that repeats an
-- idempotency key with a different request is refused instead of answered with the application filed under the key.
-- Null for applications filed before it was kept.
alter table fulfillment_application add column request_sha256 varchar(64);
