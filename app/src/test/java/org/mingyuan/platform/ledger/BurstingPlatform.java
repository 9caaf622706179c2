package org.mingyuan.platform.ledger;

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

    /** Starts on the embedded database under {@code args[0]} and bursts until killed. */
    public static void main(String[] args) {
        var context = new SpringApplicationBuilder(Mingyuan.class)
                .run(
                        "--spring.datasource.url=",
                        "--server.port=0",
                        "--mingyuan.home=" + args[0],
                        "--mingyuan.demo=true",
                        "--mingyuan.ledger.sequence-interval=20ms");
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
