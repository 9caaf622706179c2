package org.mingyuan.platform;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableAsync;

/** Platform-wide beans: demo mode, resolved once the schema is migrated, and the clock. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class PlatformConfiguration {

    private static final String DEMO_SETTING = "demo_mode";

    /**
     * The clock whose day the live matcher holds: the day clause versions are in force on and ages are counted to.
     * Tests replace it with one they move to the next day.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @DependsOn("flywayInitializer")
    DemoMode demoMode(MingyuanProperties properties, Environment environment, JdbcClient jdbc) {
        Optional<Boolean> remembered = jdbc.sql("select value from platform_setting where name = ?")
                .param(DEMO_SETTING)
                .query(String.class)
                .optional()
                .map(Boolean::parseBoolean);
        boolean newEmbedded =
                environment.getProperty(EmbeddedDatabaseDefaults.NEW_EMBEDDED_DATABASE, Boolean.class, false);
        boolean enabled = properties.demo() != null ? properties.demo() : remembered.orElse(newEmbedded);
        if (remembered.isEmpty()) {
            jdbc.sql("insert into platform_setting (name, value) values (?, ?)")
                    .params(DEMO_SETTING, Boolean.toString(enabled))
                    .update();
        }
        DemoMode mode = new DemoMode(enabled);
        mode.announce();
        return mode;
    }
}
