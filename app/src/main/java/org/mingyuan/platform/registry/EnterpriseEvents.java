package org.mingyuan.platform.registry;

/** Events the registry publishes about enterprises; past tense, owned here. */
public final class EnterpriseEvents {

    private EnterpriseEvents() {}

    /** An enterprise entered the registry. */
    public record EnterpriseRegistered(EnterpriseId enterprise, String creditCode, String actor) {}

    /** An enterprise's profile, facts or derived facts changed; matchers re-read it. */
    public record EnterpriseChanged(EnterpriseId enterprise, String creditCode, String actor, String what) {}

    /** An enterprise was certified (high-tech, 专精特新, CAC filing, ...). */
    public record EnterpriseCertified(
            EnterpriseId enterprise, String creditCode, String certificationType, FactSource source, String actor) {}

    /** A bulk import committed {@code rows} rows of {@code kind}. */
    public record RegistryImported(String kind, int rows, String actor) {}
}
