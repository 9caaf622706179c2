-- When each API token was last used, so its owner can tell live tokens from forgotten ones.
alter table api_token add column last_used_at timestamp with time zone;
