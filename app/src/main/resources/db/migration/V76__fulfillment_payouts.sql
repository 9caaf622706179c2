-- What payouts took of a clause's budget: paid grows by each payout. A payout below the approved amount releases the
-- rest of the approval's reservation, so reserved stays what approvals committed and payouts did not give back.
alter table fulfillment_budget add column paid numeric(18, 2) not null default 0;
alter table fulfillment_budget add column payouts int not null default 0;

-- A batch's cases are looked up by case, to know whether a payable case already waits in a batch not yet imported.
create index fulfillment_payout_batch_case_by_case on fulfillment_payout_batch_case (case_id, batch_id);
create index fulfillment_recovery_by_clawback on fulfillment_recovery (clawback_id, id);
