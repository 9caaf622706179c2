package org.mingyuan.platform.registry.internal.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.mingyuan.platform.DemoMode;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.internal.Parks;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo registry in demo mode: the seed parks of {@code demo/parks.json} (each figure
 * marked sourced or illustrative), then their space and several hundred synthetic enterprises.
 * Parks already present (by code) are left as they are; enterprises are generated only once.
 */
@Component
class DemoRegistry implements SmartInitializingSingleton {

    static final String PARKS = "demo/parks.json";

    private final Parks parks;
    private final DemoTenants tenants;
    private final DemoMode demo;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    DemoRegistry(Parks parks, DemoTenants tenants, DemoMode demo, ObjectMapper json, TransactionTemplate transaction) {
        this.parks = parks;
        this.tenants = tenants;
        this.demo = demo;
        this.json = json;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!demo.enabled()) {
            return;
        }
        List<Park> seed = read();
        transaction.executeWithoutResult(status -> {
            seed.stream().filter(park -> !parks.existsByCode(park.code())).forEach(parks::insert);
            tenants.populate();
        });
    }

    /** The seed parks; their ids are absent until the database assigns them. */
    private List<Park> read() {
        try (InputStream in = new ClassPathResource(PARKS).getInputStream()) {
            return json.readerFor(new TypeReference<List<Park>>() {}).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PARKS, e);
        }
    }
}
