package org.mingyuan.platform.fulfillment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an enterprise files in one application (一次办): the clauses it applies for and only what the platform does not
 * hold. Everything else (its facts, the clause versions, the amounts) the platform reads itself.
 *
 * @param clauses the ids of the clauses applied for, one case each, in order
 * @param note a remark to the reviewers, or null
 * @param contactName the person reviewers call
 * @param contactPhone that person's telephone number
 * @param materials per required material, the material handed in (an id of the enterprise's material library)
 */
public record ApplicationDraft(
        @Nullable List<String> clauses,
        @Nullable String note,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable List<MaterialChoice> materials) {

    /**
     * The SHA-256 (hex) of what this draft asks for, each part length-prefixed so no two drafts share it: a repeated
     * submission under one idempotency key must carry the same.
     */
    public String sha256() {
        StringBuilder text = new StringBuilder();
        part(
                text,
                clauses == null
                        ? null
                        : String.join(
                                "\u0000", clauses.stream().map(String::valueOf).toList()));
        part(text, note);
        part(text, contactName);
        part(text, contactPhone);
        if (materials != null) {
            for (MaterialChoice material : materials) {
                part(text, material == null ? null : material.name() + "\u0000" + material.materialId());
            }
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private static void part(StringBuilder text, @Nullable String value) {
        text.append(value == null ? -1 : value.length())
                .append(':')
                .append(value == null ? "" : value)
                .append(';');
    }

    /**
     * One required material and what was handed in for it.
     *
     * @param name the material as the clause names it, e.g. {@code 营业执照}
     * @param materialId the material's id in the enterprise's material library, or null when none is given yet
     */
    public record MaterialChoice(
            @Nullable String name, @Nullable Long materialId) {}
}
