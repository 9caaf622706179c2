package org.mingyuan.platform.fulfillment.material;

/** Events the material library publishes; past tense, owned here. */
public final class MaterialEvents {

    private MaterialEvents() {}

    /** An enterprise's user added a file to its library; {@code stored} is false when its bytes were already held. */
    public record MaterialUploaded(
            long material,
            String creditCode,
            String typeCode,
            long size,
            String sha256,
            boolean stored,
            String actor) {}

    /** An enterprise's user marked one of its materials replaced; applications no longer reuse it. */
    public record MaterialSuperseded(long material, String creditCode, String typeCode, String actor) {}
}
