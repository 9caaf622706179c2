package org.mingyuan.platform.fulfillment.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The days of {@code working_calendar_day}: those that do not follow their weekday. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether each listed day from {@code first} to {@code last} (both included) is worked. */
    Map<LocalDate, Boolean> between(LocalDate first, LocalDate last) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        jdbc.sql("select calendar_day, working from working_calendar_day where calendar_day between ? and ?")
                .params(first, last)
                .query(rs -> {
                    days.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2));
                });
        return days;
    }

    List<CalendarDay> listed(LocalDate first, LocalDate last) {
        return jdbc.sql(
                        "select calendar_day, working, note_zh, note_en from working_calendar_day where calendar_day between ? and ?"
                                + " order by calendar_day")
                .params(first, last)
                .query((rs, n) -> new CalendarDay(
                        rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Stores the day, replacing what was listed for it. */
    void put(CalendarDay day, String actor) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("update working_calendar_day set working = ?, note_zh = ?, note_en = ?, updated_at = ?,"
                        + " updated_by = ? where calendar_day = ?")
                .params(day.working(), day.noteZh(), day.noteEn(), now, actor, day.day())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql(
                                "insert into working_calendar_day (calendar_day, working, note_zh, note_en, updated_at, updated_by)"
                                        + " values (?, ?, ?, ?, ?, ?)")
                        .params(day.day(), day.working(), day.noteZh(), day.noteEn(), now, actor)
                        .update();
            } catch (DuplicateKeyException listedMeanwhile) {
                put(day, actor);
            }
        }
    }

    /** Removes the day from the list; false when it was not listed. */
    boolean remove(LocalDate day) {
        return jdbc.sql("delete from working_calendar_day where calendar_day = ?")
                        .param(day)
                        .update()
                > 0;
    }
}
