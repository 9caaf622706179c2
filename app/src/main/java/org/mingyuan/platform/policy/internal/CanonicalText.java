package org.mingyuan.platform.policy.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.mingyuan.platform.policy.ClauseContent;

/**
 * The canonical JSON of a clause's text, and its SHA-256: object keys sorted, decimals (cap, budget, amounts) written as
 * plain numbers without trailing zeros, no insignificant white space. Two texts that say the same thing have the same
 * hash however they were entered (API, editor, policy file, database).
 */
public final class CanonicalText {

    private static final ObjectMapper JSON = StoredJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    private CanonicalText() {}

    /** The canonical JSON text of {@code content}. */
    public static String of(ClauseContent content) {
        try {
            return JSON.writeValueAsString(normalize(JSON.valueToTree(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("clause text has no JSON form", e);
        }
    }

    /** The SHA-256 of {@link #of}, lower-case hex. */
    public static String sha256(ClauseContent content) {
        return sha256(of(content));
    }

    /** The SHA-256 of a text's UTF-8 bytes, lower-case hex. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    private static JsonNode normalize(JsonNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode sorted = nodes.objectNode();
            for (String name : names) {
                JsonNode value = node.get(name);
                if (!value.isNull()) {
                    sorted.set(name, normalize(value));
                }
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = nodes.arrayNode();
            node.forEach(element -> array.add(normalize(element)));
            return array;
        }
        if (node.isBigDecimal()) {
            BigDecimal plain = node.decimalValue().stripTrailingZeros();
            return nodes.numberNode(plain.scale() < 0 ? plain.setScale(0) : plain);
        }
        return node;
    }
}
