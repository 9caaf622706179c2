package org.mingyuan.platform.registry.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.mingyuan.platform.DemoMode;
import org.mingyuan.platform.registry.Park;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed parks of {@code demo/parks.json} in demo mode, each figure marked sourced or
 * illustrative; parks already present (by code) are left as they are.
 */
@Component
class DemoParks implements SmartInitializingSingleton {

    static final String RESOURCE = "demo/parks.json";

    private final Parks parks;
    private final DemoMode demo;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    DemoParks(Parks parks, DemoMode demo, ObjectMapper json, TransactionTemplate transaction) {
        this.parks = parks;
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
        transaction.executeWithoutResult(status ->
                seed.stream().filter(park -> !parks.existsByCode(park.code())).forEach(parks::insert));
    }

    /** The seed parks; their ids are absent until the database assigns them. */
    private List<Park> read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readerFor(new TypeReference<List<Park>>() {}).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
