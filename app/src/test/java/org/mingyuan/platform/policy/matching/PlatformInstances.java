package org.mingyuan.platform.policy.matching;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.Mingyuan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** Platform instances of their own for tests of several instances on one database, in demo mode. */
public final class PlatformInstances {

    private PlatformInstances() {}

    /**
     * Starts an instance on {@code database} with its home in {@code home}, its matcher checking the clauses and the
     * day every second, and the platform's clock replaced by {@code clock} when given.
     */
    public static ConfigurableApplicationContext start(FreshDatabase database, Path home, @Nullable Clock clock) {
        List<String> args = new ArrayList<>(database.platformArguments());
        args.addAll(List.of(
                "--server.port=0",
                "--mingyuan.home=" + home,
                "--mingyuan.demo=true",
                "--mingyuan.matching.refresh-interval=1s"));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Mingyuan.class);
        if (clock != null) {
            builder.initializers(context -> ((GenericApplicationContext) context)
                    .registerBean("movableClock", Clock.class, () -> clock, bean -> bean.setPrimary(true)));
        }
        return builder.run(args.toArray(String[]::new));
    }

    /** A client of the instance's HTTP port. */
    public static ApiClient api(ConfigurableApplicationContext context) {
        return new ApiClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
