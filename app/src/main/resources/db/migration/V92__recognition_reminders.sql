-- When the firm was reminded that its recognition expires (once per recognition).
alter table recognition_application add column expiry_reminded_at timestamp with time zone;
