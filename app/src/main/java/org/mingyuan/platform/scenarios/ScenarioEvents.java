package org.mingyuan.platform.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.LedgerRecordable;

/** Events the scenarios module publishes; past tense, owned here, each recorded in the ledger once. */
public final class ScenarioEvents {

    private ScenarioEvents() {}

    /** The ledger type of a publication; publication, winner and acceptance are public facts anyone may verify. */
    public static final String PUBLISHED = "ScenarioPublished";

    /** The ledger type of a winner's naming. */
    public static final String WINNER_NAMED = "ScenarioWinnerNamed";
    /** The ledger type of a milestone's acceptance. */
    public static final String MILESTONE_ACCEPTED = "ScenarioMilestoneAccepted";
    /** The ledger type of the final acceptance (验收). */
    public static final String ACCEPTED = "ScenarioAccepted";
    /** The ledger type of a sandbox pilot's exit decision. */
    public static final String SANDBOX_EXIT = "SandboxExitDecided";

    /**
     * A department published a scenario (发榜): its department, park, title, budget in fen and deadline in the clear.
     */
    public record ScenarioPublished(
            ScenarioId scenario,
            String department,
            @Nullable Long parkId,
            String titleZh,
            long budgetFen,
            String deadline,
            String eligibility,
            boolean sandbox,
            String actor)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "scenario-published:" + scenario.value();
        }

        @Override
        public String ledgerType() {
            return PUBLISHED;
        }

        @Override
        public Map<String, ?> publicFields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("scenario", scenario.value());
            fields.put("department", department);
            if (parkId != null) {
                fields.put("park", parkId);
            }
            fields.put("title", titleZh);
            fields.put("budget", budgetFen);
            fields.put("deadline", deadline);
            fields.put("eligibility", eligibility);
            fields.put("sandbox", sandbox);
            return fields;
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            return Map.of("actor", actor);
        }
    }

    /**
     * The department named the winner (揭榜): the proposal, its weighted total (×100, whole) and quote in fen in the
     * clear, as an award notice shows them; the reason for passing over a higher total is committed.
     */
    public record WinnerNamed(
            ScenarioId scenario,
            long proposalId,
            String creditCode,
            long totalHundredths,
            long quoteFen,
            @Nullable String reason,
            String actor)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "scenario-winner:" + scenario.value();
        }

        @Override
        public String ledgerType() {
            return WINNER_NAMED;
        }

        @Override
        public Map<String, ?> publicFields() {
            return Map.of(
                    "scenario", scenario.value(), "proposal", proposalId, "total", totalHundredths, "quote", quoteFen);
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("actor", actor);
            if (reason != null) {
                fields.put("reason", reason);
            }
            return fields;
        }

        @Override
        public String enterpriseCreditCode() {
            return creditCode;
        }
    }

    /** The department accepted a delivered milestone; its name and the note are committed. */
    public record MilestoneAccepted(
            ScenarioId scenario, long milestoneId, String name, String creditCode, String note, String actor)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "scenario-milestone:" + milestoneId;
        }

        @Override
        public String ledgerType() {
            return MILESTONE_ACCEPTED;
        }

        @Override
        public Map<String, ?> publicFields() {
            return Map.of("scenario", scenario.value(), "milestone", milestoneId);
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            return Map.of("name", name, "note", note, "actor", actor);
        }

        @Override
        public String enterpriseCreditCode() {
            return creditCode;
        }
    }

    /** The department accepted the whole delivery (验收): the scenario is ACCEPTED. */
    public record ScenarioAccepted(ScenarioId scenario, String creditCode, int milestones, String note, String actor)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "scenario-accepted:" + scenario.value();
        }

        @Override
        public String ledgerType() {
            return ACCEPTED;
        }

        @Override
        public Map<String, ?> publicFields() {
            return Map.of("scenario", scenario.value(), "milestones", milestones);
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            return Map.of("note", note, "actor", actor);
        }

        @Override
        public String enterpriseCreditCode() {
            return creditCode;
        }
    }

    /** The department decided how a sandbox pilot exits: the decision in the clear, the reason committed. */
    public record SandboxExitDecided(
            String eventId, ScenarioId scenario, ExitDecision decision, String reason, String actor)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "scenario-exit:" + eventId;
        }

        @Override
        public String ledgerType() {
            return SANDBOX_EXIT;
        }

        @Override
        public Map<String, ?> publicFields() {
            return Map.of("scenario", scenario.value(), "decision", decision.name());
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            return Map.of("reason", reason, "actor", actor);
        }
    }
}
