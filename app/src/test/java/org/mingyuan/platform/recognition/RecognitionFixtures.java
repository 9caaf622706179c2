package org.mingyuan.platform.recognition;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;

/** A world's firm with its evidence in the material library, and a firm recognised through the review stages. */
public final class RecognitionFixtures {

    private RecognitionFixtures() {}

    /** Uploads one material per evidence slot of the 武汉 scheme to the world's library; slot to material id. */
    public static Map<String, Long> evidence(MaterialLibrary library, Callers callers, World world) {
        return Map.of(
                "ip", FulfillmentFixtures.upload(library, callers, world, "IP_CERTIFICATE", true),
                "audit", FulfillmentFixtures.upload(library, callers, world, "AUDIT_REPORT", true),
                "tax", FulfillmentFixtures.upload(library, callers, world, "TAX_PAYMENT", true),
                "commitment", FulfillmentFixtures.upload(library, callers, world, "COMMITMENT_LETTER", false));
    }

    /** The world's firm applies under the 武汉 scheme with figures meeting every criterion; in the district review. */
    public static Recognition applied(
            ApiClient api,
            RecognitionApplications applications,
            Callers callers,
            World world,
            Map<String, Long> evidence) {
        FulfillmentFixtures.state(api, world.creditCode(), "INDEPENDENT_LEGAL_PERSON", "true");
        FulfillmentFixtures.state(api, world.creditCode(), "TAX_IN_DISTRICT", "true");
        return applications.apply(
                callers.byUsername(world.enterprise()).orElseThrow(),
                world.creditCode(),
                new RecognitionDraft(
                        "WUHAN-2022",
                        12L,
                        3L,
                        new BigDecimal("500"),
                        new BigDecimal("80"),
                        false,
                        null,
                        true,
                        evidence));
    }

    /**
     * Recognises the world's firm under the 武汉 scheme: states the departments' facts, applies with figures meeting
     * every criterion, passes the district and three agreeing experts, and confirms.
     */
    public static Recognition recognised(
            ApiClient api,
            RecognitionApplications applications,
            RecognitionReviews reviews,
            Callers callers,
            World world,
            Map<String, Long> evidence) {
        var officer = callers.byUsername("officer").orElseThrow();
        long id = applied(api, applications, callers, world, evidence).id();
        reviews.districtReview(officer, id, true, "材料齐全");
        for (int i = 0; i < 3; i++) {
            String expert = FulfillmentFixtures.account(
                    api, "fexp-" + FulfillmentFixtures.suffix().toLowerCase(Locale.ROOT), Role.EXPERT);
            reviews.opinion(callers.byUsername(expert).orElseThrow(), id, true, "同意");
        }
        return reviews.decide(officer, id, "按专家多数意见认定");
    }
}
