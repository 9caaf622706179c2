package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.identity.Role;

/**
 * Many enterprises that apply at once, for the crash test and the submission benchmark: each registered in the world's
 * park with a revenue of 2,500 万元, with an enterprise account of its own and a bearer token of that account, so a
 * burst of submissions is not slowed by hashing a password on every request.
 */
final class Applicants {

    private Applicants() {}

    /** One enterprise that applies, with the {@code Authorization} header of its own account. */
    record Applicant(String creditCode, String authorization) {}

    /** Registers {@code count} enterprises in the park of {@code world}, {@code threads} at a time. */
    static List<Applicant> register(ApiClient api, World world, int count, int threads) throws Exception {
        String tag = FulfillmentFixtures.suffix().toLowerCase(Locale.ROOT);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Applicant>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                made.add(pool.submit(() -> one(api, world, tag + "-" + n)));
            }
            List<Applicant> applicants = new ArrayList<>();
            for (Future<Applicant> applicant : made) {
                applicants.add(applicant.get());
            }
            return applicants;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Applicant one(ApiClient api, World world, String name) {
        String code = FulfillmentFixtures.register(api, "申报企业 " + name, world.parkId());
        FulfillmentFixtures.state(api, code, "revenue", "2500");
        String username = FulfillmentFixtures.account(api, "app-" + name, Role.ENTERPRISE);
        FulfillmentFixtures.link(api, "/api/v1/enterprises/" + code + "/accounts/" + username);
        var issued = api.post("/api/v1/tokens", world.auth(username), "{\"name\":\"burst\",\"days\":1}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return new Applicant(code, "Bearer " + issued.json().get("token").asText());
    }
}
