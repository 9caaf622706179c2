package org.mingyuan.platform.ledger.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingyuan.ledger.entry.Opening;
import org.mingyuan.ledger.json.CanonicalJson;
import org.mingyuan.ledger.json.JsonParser;

/** The stored form of an entry's openings: canonical JSON {@code {field: {"salt": base64, "value": json}}}. */
final class StoredOpenings {

    private StoredOpenings() {}

    static String write(Map<String, Opening> openings) {
        Map<String, Object> json = new LinkedHashMap<>();
        openings.forEach((name, opening) -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("salt", Base64.getEncoder().encodeToString(opening.salt()));
            member.put("value", opening.value());
            json.put(name, member);
        });
        return CanonicalJson.write(json);
    }

    static Map<String, Opening> read(String stored) {
        Map<String, Opening> openings = new LinkedHashMap<>();
        ((Map<?, ?>) JsonParser.parse(stored)).forEach((name, value) -> {
            Map<?, ?> opening = (Map<?, ?>) value;
            openings.put(
                    (String) name,
                    new Opening(Base64.getDecoder().decode((String) opening.get("salt")), opening.get("value")));
        });
        return openings;
    }
}
