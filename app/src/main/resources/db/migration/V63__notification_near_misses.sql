-- Near misses ("what you still lack") reach the inbox; they are e-mailed only to an enterprise that asks for them,
-- as one new threshold can make hundreds of firms one condition short.
alter table policy_notification_setting add column email_near_misses boolean default false not null;
