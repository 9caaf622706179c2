package org.mingyuan.platform.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.MovableClock;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.PolicyDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The expiry reminder: a recognised firm gets one inbox notice, linked to its recognition page, once its last valid
 * day is at most 60 days away, and not before; running the check again sends nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.AsPlatformClock.class)
class ExpiryRemindersTests {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    PolicyDesk policies;

    @Autowired
    RecognitionApplications applications;

    @Autowired
    RecognitionReviews reviews;

    @Autowired
    ExpiryReminders reminders;

    @Autowired
    MaterialLibrary library;

    @Autowired
    Callers callers;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.moveTo(java.time.Instant.now());
    }

    long notices(String creditCode) {
        return jdbc.sql("select count(*) from policy_inbox where credit_code = ? and kind = 'NOTICE'"
                        + " and link = '/my/recognition' and clause_id like 'recognition-expiry:%'")
                .param(creditCode)
                .query(Long.class)
                .single();
    }

    void moveTo(LocalDate day) {
        clock.moveTo(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aRecognisedFirmIsRemindedOnceSixtyDaysBeforeExpiry() {
        var api = new ApiClient(port);
        World world = FulfillmentFixtures.world(api, policies, 500);
        Recognition r = RecognitionFixtures.recognised(
                api, applications, reviews, callers, world, RecognitionFixtures.evidence(library, callers, world));
        LocalDate until = r.validUntil();

        moveTo(until.minusDays(61));
        reminders.remind();
        assertThat(notices(world.creditCode())).isZero();

        moveTo(until.minusDays(60));
        assertThat(reminders.remind()).isGreaterThanOrEqualTo(1);
        assertThat(notices(world.creditCode())).isEqualTo(1);
        String text = jdbc.sql("select detail_zh from policy_inbox where credit_code = ? and kind = 'NOTICE'")
                .param(world.creditCode())
                .query(String.class)
                .single();
        assertThat(text).contains(until.toString()).contains(r.certificateNumber());

        clock.advance(Duration.ofDays(1));
        reminders.remind();
        moveTo(until);
        reminders.remind();
        assertThat(notices(world.creditCode())).isEqualTo(1);
    }
}
