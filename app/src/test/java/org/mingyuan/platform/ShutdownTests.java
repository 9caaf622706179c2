package org.mingyuan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops a running platform as an operator does (SIGTERM) and reads its shutdown log. It runs on the embedded
 * database on purpose: H2 closes its database from its own JVM shutdown hook unless told not to, and the event
 * publication registry, which checks for unfinished publications when it is destroyed, then found no database.
 */
class ShutdownTests {

    @TempDir
    Path home;

    @Test
    void stopsWithoutWarningsOrErrors() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Mingyuan.class.getName(),
                        "--server.port=0",
                        "--mingyuan.home=" + home,
                        "--mingyuan.demo=false",
                        "--logging.level.com.zaxxer.hikari=info")
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
        builder.environment().put("MINGYUAN_ADMIN_PASSWORD", "Shutdown-Test-1");
        Process child = builder.start();
        List<String> shutdown = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.contains("Started Mingyuan")) {
                assertThat(line).doesNotContain(" ERROR ");
            }
            assertThat(line).as("the platform started").isNotNull();
            child.toHandle().destroy();
            while ((line = lines.readLine()) != null) {
                shutdown.add(line);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(shutdown).anyMatch(line -> line.contains("HikariPool-1 - Shutdown completed"));
        assertThat(shutdown).noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
    }
}
