package org.mingyuan.ledger.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.hash.Hex;
import org.mingyuan.ledger.testing.TestData;

class CanonicalJsonTests {

    @Test
    void numbersFollowTheRfc8785Examples() {
        String[] lines = TestData.resource("jcs/rfc8785-numbers.txt").split("\n");
        Arrays.stream(lines)
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] parts = line.split(" ");
                    double value = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
                    if (parts[1].equals("error")) {
                        assertThatThrownBy(() -> CanonicalJson.write(value))
                                .isInstanceOf(IllegalArgumentException.class);
                    } else {
                        assertThat(CanonicalJson.write(value)).as(parts[0]).isEqualTo(parts[1]);
                    }
                });
    }

    @Test
    void membersAreSortedByUtf16CodeUnits() {
        assertThat(CanonicalJson.canonicalize(TestData.resource("jcs/sorting-input.json")))
                .isEqualTo(TestData.resource("jcs/sorting-output.json"));
    }

    @Test
    void valuesAreWrittenWithMinimalEscapesAndEcmaScriptNumbers() {
        assertThat(CanonicalJson.canonicalize(TestData.resource("jcs/values-input.json")))
                .isEqualTo(TestData.resource("jcs/values-output.json"));
    }

    @Test
    void javaValuesAreWrittenLikeTheirParsedTwins() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("b", List.of(1, 2L, 2.5f, new BigDecimal("0.5")));
        entry.put("a", Map.of("z", true, "y", "园"));
        entry.put("c", null);
        String text = CanonicalJson.write(entry);
        assertThat(text).isEqualTo("{\"a\":{\"y\":\"园\",\"z\":true},\"b\":[1,2,2.5,0.5],\"c\":null}");
        assertThat(CanonicalJson.canonicalize(text)).isEqualTo(text);
        assertThat(Hex.encode(CanonicalJson.bytes("园"))).isEqualTo("22e59bad22");
    }

    @Test
    void valuesThatWouldBeRoundedOrCannotBeJsonAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.write((1L << 53) + 1)).hasMessageContaining("2^53");
        assertThatThrownBy(() -> CanonicalJson.write(new BigDecimal("0.1"))).hasMessageContaining("not exactly");
        assertThatThrownBy(() -> CanonicalJson.write("\ud800")).hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).hasMessageContaining("no JSON form");
    }

    @Test
    void parserRefusesMalformedText() {
        for (String bad : List.of("{\"a\":1,\"a\":2}", "[1,]", "01", "{\"a\" 1}", "\"\u0001\"", "[1] x", "tru")) {
            assertThatThrownBy(() -> JsonParser.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void parserRefusesNestingBeyondTheDepthLimitInsteadOfOverflowingTheStack() {
        assertThat(JsonParser.parse(nestedArrays(JsonParser.MAX_DEPTH))).isInstanceOf(List.class);
        assertThatThrownBy(() -> JsonParser.parse(nestedArrays(JsonParser.MAX_DEPTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON nested deeper than 64 at offset 64");
        assertThatThrownBy(() -> JsonParser.parse("{\"a\":" + nestedArrays(5_000) + "}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested deeper than 64");
    }

    private static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }
}
