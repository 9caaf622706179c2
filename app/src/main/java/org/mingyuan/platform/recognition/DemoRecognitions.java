package org.mingyuan.platform.recognition;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingyuan.platform.DemoMode;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.fulfillment.material.MaterialUpload;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.recognition.internal.RecognitionStore;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, once: three demo enterprises apply under the 武汉 scheme with their evidence — the first is recognised
 * (district passed, three of the demo experts agree, the officer confirms), the second waits in the district's
 * review, the third, a shell firm with no IP and virtual-currency business, is refused on its criteria. The first two
 * are enterprises the departments state as independent legal persons paying tax in the district. The criteria are
 * checked by the policy calculator, which answers once the live matcher's first copy is built: the demo waits for it
 * on the matcher's start-up thread, at most five minutes, so the start-up is not held up, and loads in one transaction,
 * so a start stopped half-way leaves no half-loaded demo.
 */
@Component
class DemoRecognitions {

    private static final Caller OFFICER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);
    private static final List<String> PANEL = List.of("expert1", "expert2", "expert3");

    private final DemoMode demo;
    private final Recognitions recognitions;
    private final RecognitionApplications applications;
    private final RecognitionReviews reviews;
    private final RecognitionStore store;
    private final EnterpriseRegistry registry;
    private final RegistryFacts facts;
    private final MaterialLibrary materials;
    private final TransactionTemplate transaction;
    private final LiveMatcher live;
    private final Clock clock;

    DemoRecognitions(
            DemoMode demo,
            Recognitions recognitions,
            RecognitionApplications applications,
            RecognitionReviews reviews,
            RecognitionStore store,
            EnterpriseRegistry registry,
            RegistryFacts facts,
            MaterialLibrary materials,
            TransactionTemplate transaction,
            LiveMatcher live,
            Clock clock) {
        this.demo = demo;
        this.recognitions = recognitions;
        this.applications = applications;
        this.reviews = reviews;
        this.store = store;
        this.registry = registry;
        this.facts = facts;
        this.materials = materials;
        this.transaction = transaction;
        this.live = live;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void start() {
        if (!demo.enabled()
                || !store.newestIn(List.of(RecognitionState.values()), 1).isEmpty()) {
            return;
        }
        live.onceReady("Demo recognitions", () -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        LocalDate today = RegistryTime.today(clock);
        List<Enterprise> local = new ArrayList<>();
        Enterprise shell = null;
        for (Enterprise e : registry.search(OFFICER, new EnterpriseQuery(null, null, null, null, null, null, 0, 100))
                .items()) {
            var known = facts.of(e.id(), today);
            boolean here = known.isPresent()
                    && Boolean.TRUE.equals(known.get().values().get("independentLegalPerson"))
                    && Boolean.TRUE.equals(known.get().values().get("taxInDistrict"));
            if (here && local.size() < 2) {
                local.add(e);
            } else if (!here && shell == null) {
                shell = e;
            }
        }
        if (local.size() < 2 || shell == null) {
            return;
        }
        long recognised = apply(local.get(0), 14, 3, "860", "72", false).id();
        transaction.executeWithoutResult(s -> reviews.districtReview(OFFICER, recognised, true, "材料齐全，知识产权与营收核实无误"));
        for (String expert : PANEL) {
            transaction.executeWithoutResult(s -> reviews.opinion(
                    new Caller(expert, Set.of(Role.EXPERT), null, null), recognised, true, "区块链技术服务收入占比高，授权专利有效，同意认定"));
        }
        transaction.executeWithoutResult(s -> reviews.decide(OFFICER, recognised, "按专家一致意见认定"));
        apply(local.get(1), 11, 2, "420", "65", false);
        apply(shell, 0, 0, "60", "5", true);
    }

    /** Uploads the firm's evidence and files its application, in one transaction. */
    private Recognition apply(
            Enterprise e, long ipItems, long patents, String revenue, String share, boolean virtualCurrency) {
        String code = e.creditCode().value();
        Caller firm = new Caller("enterprise", Set.of(Role.ENTERPRISE), e.id().value(), null);
        return transaction.execute(status -> {
            RecognitionScheme scheme = recognitions.scheme("WUHAN-2022");
            Map<String, Long> evidence = new LinkedHashMap<>();
            for (RecognitionScheme.EvidenceSlot slot : scheme.evidence()) {
                boolean dated = !slot.materialType().equals("COMMITMENT_LETTER");
                evidence.put(
                        slot.slot(),
                        materials
                                .upload(
                                        firm,
                                        code,
                                        new MaterialUpload(
                                                slot.materialType(),
                                                dated ? "2025-01-01" : null,
                                                dated ? "2030-12-31" : null,
                                                slot.labelZh() + ".pdf",
                                                new ByteArrayResource(pdf(slot.labelZh()))))
                                .id());
            }
            return applications.apply(
                    firm,
                    code,
                    new RecognitionDraft(
                            scheme.code(),
                            ipItems,
                            patents,
                            new BigDecimal(revenue),
                            new BigDecimal(share),
                            virtualCurrency,
                            null,
                            true,
                            evidence));
        });
    }

    /** A one-page PDF naming the document, as a stand-in for the scanned original. */
    private static byte[] pdf(String title) {
        return ("%PDF-1.4\n% 示例材料 " + title + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
