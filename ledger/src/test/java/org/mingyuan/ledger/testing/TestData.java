package org.mingyuan.ledger.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingyuan.ledger.json.JsonParser;

/** Reads test data: classpath files under {@code testdata/} and the shared tlog-probes folder when present. */
public final class TestData {

    private TestData() {}

    /** Returns the text of a classpath resource under {@code testdata/}. */
    public static String resource(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/testdata/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns a classpath JSON resource under {@code testdata/} as a map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(String name) {
        return (Map<String, Object>) JsonParser.parse(resource(name));
    }

    /** Returns the shared tlog-probes folder, found as {@code shared/testdata/tlog-probes} beside an ancestor. */
    public static Optional<Path> probes() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/testdata/tlog-probes");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Returns every JSON file under a folder, sorted by path. */
    public static List<Path> jsonFiles(Path folder) {
        try (var stream = Files.walk(folder)) {
            List<Path> files = new ArrayList<>(
                    stream.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            return files;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
