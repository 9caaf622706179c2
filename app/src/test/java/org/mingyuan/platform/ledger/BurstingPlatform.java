package org.mingyuan.platform.ledger;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.platform.Mingyuan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A platform that publishes grant decisions without end, each in a business transaction that also stores the
 * event key in {@code burst_record}; the crash test runs it in a child JVM and kills it mid-burst.
 */
public final class BurstingPlatform {

    private BurstingPlatform() {}

    /**
     * Starts with its home folder under {@code args[0]} and the platform settings that follow (an empty list runs
     * it on the embedded database in that folder), and bursts until killed.
     */
    public static void main(String[] args) {
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--mingyuan.home=" + args[0],
                "--mingyuan.demo=true",
                "--mingyuan.ledger.sequence-interval=20ms"));
        settings.addAll(List.of(args).subList(1, args.length));
        var context = new SpringApplicationBuilder(Mingyuan.class).run(settings.toArray(String[]::new));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("create table if not exists burst_record (event_key varchar(200) primary key)")
                .update();
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        for (int i = 1; ; i++) {
            GrantDecided event = GrantDecided.of("burst", "91310000MA1FL8XQ3K", i);
            transactions.executeWithoutResult(status -> {
                jdbc.sql("insert into burst_record (event_key) values (?)")
                        .param(event.key())
                        .update();
                context.publishEvent(event);
            });
            if (i % 50 == 0) {
                System.out.println("published " + i);
            }
        }
    }
}
