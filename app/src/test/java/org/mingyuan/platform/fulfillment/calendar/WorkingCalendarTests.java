package org.mingyuan.platform.fulfillment.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The working-day calendar: 2026 as announced, deadlines counted across holidays and make-up working days, and the
 * administrators' changes checked whole, through the API and the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WorkingCalendarTests {

    static final String ADMIN = ApiClient.basic("admin", "demo");
    static final String REVIEWER = ApiClient.basic("reviewer", "demo");

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ApiClient api;

    /** A year no other test lists days in: changes here touch nothing else. */
    int year = ThreadLocalRandom.current().nextInt(2040, 2100);

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** The first Monday (a working day by its weekday) and Saturday of {@link #year}'s March. */
    LocalDate monday() {
        LocalDate day = LocalDate.of(year, 3, 1);
        while (day.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void twentyTwentySixHasTheAnnouncedHolidaysAndMakeUpDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1)))
                .as("元旦, a Thursday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 3)))
                .as("a Saturday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4)))
                .as("a Sunday worked")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 5)))
                .as("a Monday")
                .isTrue();
        // 261 weekdays, 19 of them holidays, 6 weekend days worked
        assertThat(calendar.year(2026).workingDays()).isEqualTo(248);
        assertThat(calendar.year(2026).listed()).hasSize(25);
    }

    @Test
    void deadlinesCountOnlyWorkingDaysAcrossHolidaysAndMakeUpDays() {
        LocalDate friday = LocalDate.of(2026, 2, 13);
        assertThat(calendar.addWorkingDays(friday, 0)).isEqualTo(friday);
        assertThat(calendar.addWorkingDays(friday, 1)).as("the Saturday worked").isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.addWorkingDays(friday, 2)).as("after 春节").isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2026, 2, 28)))
                .isEqualTo(6);
        assertThat(calendar.workingDaysBetween(friday, friday)).isZero();

        LocalDate beforeNationalDay = LocalDate.of(2026, 9, 30);
        assertThat(calendar.addWorkingDays(beforeNationalDay, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.addWorkingDays(beforeNationalDay, 3))
                .as("the Saturday worked")
                .isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 1), 3650).getYear())
                .isBetween(2040, 2041);

        assertThatThrownBy(() -> calendar.addWorkingDays(friday, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2100, 12, 1), 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyoneCountsADeadlineThroughTheApiAndBadQuestionsNameTheirField() {
        var due = api.get("/api/v1/calendar/due?from=2026-09-30&workingDays=3", null);
        assertThat(due.status()).isEqualTo(200);
        assertThat(due.json().get("due").asText()).isEqualTo("2026-10-10");

        var bad = api.get("/api/v1/calendar/due?from=2026-02-30&workingDays=3651", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("from");
        assertThat(bad.json().at("/errors/1/field").asText()).isEqualTo("workingDays");
        var beyond = api.get("/api/v1/calendar/due?from=2100-12-01&workingDays=100", null);
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.json().at("/errors/0/field").asText()).isEqualTo("workingDays");

        var year = api.get("/api/v1/calendar/2026", null);
        assertThat(year.json().get("workingDaysByMonth").size()).isEqualTo(12);
        assertThat(api.get("/api/v1/calendar/1999", null)
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("year");
        assertThat(api.get("/api/v1/calendar/%E2%80%AE2026", null).status()).isEqualTo(400);
    }

    @Test
    void anAdministratorListsAndRemovesADayAndTheDeadlinesMoveWithIt() {
        LocalDate monday = monday();
        String path = "/api/v1/calendar/days/" + monday;
        assertThat(calendar.addWorkingDays(monday.minusDays(3), 1)).isEqualTo(monday);

        var listed = api.put(path, ADMIN, "{\"working\":false,\"noteZh\":\"测试假日\",\"noteEn\":\"Test holiday\"}");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(calendar.addWorkingDays(monday.minusDays(3), 1)).isEqualTo(monday.plusDays(1));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from audit_event where action = 'CALENDAR_DAY_SET' and target = ?")
                                .param(monday.toString())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));

        assertThat(api.delete(path, ADMIN).status()).isEqualTo(204);
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(api.delete(path, ADMIN).status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsChangeTheCalendarAndARefusalChangesNothing() {
        LocalDate monday = monday();
        String path = "/api/v1/calendar/days/" + monday;
        String body = "{\"working\":false,\"noteZh\":\"假日\",\"noteEn\":\"Holiday\"}";
        assertThat(api.put(path, REVIEWER, body).status()).isEqualTo(403);
        assertThat(api.put(path, null, body).status()).isEqualTo(401);

        var hostile = api.put(
                path, ADMIN, "{\"working\":true,\"noteZh\":\"假\u202e日\",\"noteEn\":\"" + "x".repeat(61) + "\"}");
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(hostile.json().findValuesAsText("field")).containsExactly("working", "noteZh", "noteEn");
        var noChoice = api.put("/api/v1/calendar/days/" + year + "-13-01", ADMIN, "{\"noteZh\":\"假日\"}");
        assertThat(noChoice.json().findValuesAsText("field")).containsExactly("day", "working", "noteEn");

        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(calendar.year(year).listed()).isEmpty();
    }

    @Test
    void thePageShowsTheYearToAnyoneAndTheFormAnswersBesideItsFields() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("春节调休上班")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("248")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"day-form\""))));

        String saturday = monday().minusDays(2).toString();
        mvc.perform(post("/calendar/days")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("day", saturday)
                        .param("working", "true")
                        .param("noteZh", "<b>调休</b>")
                        .param("noteEn", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"error-noteEn\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;b&gt;调休&lt;/b&gt;")));
        assertThat(calendar.isWorkingDay(LocalDate.parse(saturday))).isFalse();

        mvc.perform(post("/calendar/days")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("day", saturday)
                        .param("working", "true")
                        .param("noteZh", "调休上班")
                        .param("noteEn", "Make-up working day"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(LocalDate.parse(saturday))).isTrue();

        mvc.perform(post("/calendar/days")
                        .with(user("reviewer").roles("REVIEWER"))
                        .with(csrf())
                        .param("day", saturday)
                        .param("working", "false")
                        .param("noteZh", "假日")
                        .param("noteEn", "Holiday"))
                .andExpect(status().isForbidden());
        calendar.clear(
                new org.mingyuan.platform.identity.Caller(
                        "admin", java.util.Set.of(org.mingyuan.platform.identity.Role.ADMIN), null, null),
                saturday);
    }
}
