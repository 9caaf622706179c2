package org.mingyuan.platform.registry;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.LedgerRecordable;

/** Events the registry publishes about enterprises; past tense, owned here. */
public final class EnterpriseEvents {

    private EnterpriseEvents() {}

    /** An enterprise entered the registry. */
    public record EnterpriseRegistered(EnterpriseId enterprise, String creditCode, String actor) {}

    /** An enterprise's profile, facts or derived facts changed; matchers re-read it. */
    public record EnterpriseChanged(EnterpriseId enterprise, String creditCode, String actor, String what) {}

    /**
     * An enterprise was certified (high-tech, 专精特新, CAC filing, ...); recorded in the ledger with
     * the enterprise and the certificate number committed, not in the clear.
     */
    public record EnterpriseCertified(
            UUID eventId,
            EnterpriseId enterprise,
            String creditCode,
            String certificationType,
            @Nullable String number,
            FactSource source,
            String actor)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "certification:" + eventId;
        }

        @Override
        public String ledgerType() {
            return "EnterpriseCertified";
        }

        @Override
        public Map<String, ?> publicFields() {
            return Map.of("certification", certificationType, "source", source.name());
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            return number == null ? Map.of() : Map.of("number", number);
        }

        @Override
        public String enterpriseCreditCode() {
            return creditCode;
        }
    }

    /** An administrator added a kind of fact; clauses may read it at once. */
    public record FactKindAdded(String key, String actor) {}

    /** A bulk import committed {@code rows} rows of {@code kind}. */
    public record RegistryImported(String kind, int rows, String actor) {}

    /** A bulk import of {@code kind} from {@code filename} wrote nothing, for {@code reason}. */
    public record RegistryImportFailed(String kind, String filename, String reason, String actor) {}

    /** A park operator asked for the firm with {@code creditCode} to move into park {@code parkId}. */
    public record MoveInRequested(long request, String creditCode, long parkId, String actor) {}

    /** A move-in request was confirmed (the firm moved into the park) or declined. */
    public record MoveInDecided(long request, String creditCode, long parkId, boolean confirmed, String actor) {}
}
