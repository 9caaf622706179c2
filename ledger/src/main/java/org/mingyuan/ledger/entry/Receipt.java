package org.mingyuan.ledger.entry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mingyuan.ledger.hash.StrictBase64;
import org.mingyuan.ledger.json.CanonicalJson;
import org.mingyuan.ledger.json.JsonParser;

/**
 * A self-contained proof that an entry is in the log: the entry bytes, the openings of its committed fields, its
 * index, the inclusion proof and the signed checkpoint the proof leads to.
 *
 * <p>JSON form (canonical, binary as standard base64): {@code {"checkpoint": signed note text, "entry": base64,
 * "format": "mingyuan-receipt/v1", "index": n, "openings": {field: {"salt": base64, "value": json}}, "proof":
 * [base64...]}}.
 */
public record Receipt(byte[] entry, Map<String, Opening> openings, long index, List<byte[]> proof, String checkpoint) {

    /** The value of the {@code format} member. */
    public static final String FORMAT = "mingyuan-receipt/v1";

    /** Copies the mutable parts. */
    public Receipt {
        entry = entry.clone();
        openings = Map.copyOf(openings);
        proof = List.copyOf(proof);
    }

    @Override
    public byte[] entry() {
        return entry.clone();
    }

    /** Returns the receipt as canonical JSON. */
    public String toJson() {
        Base64.Encoder b64 = Base64.getEncoder();
        Map<String, Object> open = new LinkedHashMap<>();
        openings.forEach((name, o) -> open.put(name, Map.of("salt", b64.encodeToString(o.salt()), "value", o.value())));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("entry", b64.encodeToString(entry));
        json.put("openings", open);
        json.put("index", index);
        json.put("proof", proof.stream().map(b64::encodeToString).toList());
        json.put("checkpoint", checkpoint);
        return CanonicalJson.write(json);
    }

    /**
     * Parses the JSON form.
     *
     * @throws ReceiptException of check {@link ReceiptException.Check#FORMAT}, naming the member that is missing or
     *     malformed
     */
    public static Receipt parse(String json) throws ReceiptException {
        try {
            Map<?, ?> root = (Map<?, ?>) JsonParser.parse(json);
            for (String member : List.of("format", "entry", "openings", "index", "proof", "checkpoint")) {
                if (root.get(member) == null) {
                    throw malformed("no \"" + member + "\" member", null);
                }
            }
            if (!FORMAT.equals(root.get("format"))) {
                throw new ReceiptException(
                        ReceiptException.Check.FORMAT,
                        "receipt format \"" + root.get("format") + "\", want \"" + FORMAT + "\"",
                        null);
            }
            Map<String, Opening> openings = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) root.get("openings")).entrySet()) {
                Map<?, ?> o = (Map<?, ?>) e.getValue();
                if (!(o.get("salt") instanceof String salt) || !o.containsKey("value")) {
                    throw malformed("opening " + e.getKey() + " needs salt and value", null);
                }
                openings.put((String) e.getKey(), new Opening(StrictBase64.decode(salt), o.get("value")));
            }
            List<byte[]> proof = new ArrayList<>();
            for (Object h : (List<?>) root.get("proof")) {
                proof.add(StrictBase64.decode((String) h));
            }
            return new Receipt(
                    StrictBase64.decode((String) root.get("entry")), openings, (Long) root.get("index"), proof, (String)
                            root.get("checkpoint"));
        } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
            // a member of the wrong type, a value that is not what it must be, or null where one is needed
            throw malformed(e.getMessage(), e);
        }
    }

    private static ReceiptException malformed(String what, Throwable cause) {
        return new ReceiptException(ReceiptException.Check.FORMAT, "malformed receipt: " + what, cause);
    }

    /** Returns the entry as UTF-8 text. */
    public String entryText() {
        return new String(entry, StandardCharsets.UTF_8);
    }
}
