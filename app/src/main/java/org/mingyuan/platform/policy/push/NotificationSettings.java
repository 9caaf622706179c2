package org.mingyuan.platform.policy.push;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored notification settings of enterprises, and the rules a new setting must follow. */
@Repository
class NotificationSettings {

    /** Longest address SMTP carries (RFC 5321 path limit less the angle brackets). */
    static final int EMAIL_LENGTH = 254;

    private final JdbcClient jdbc;

    NotificationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enterprise's setting; {@link NotificationSetting#DEFAULT} when it never chose. */
    NotificationSetting of(long enterpriseId) {
        return jdbc.sql("select email, email_enabled, email_near_misses from policy_notification_setting"
                        + " where enterprise_id = ?")
                .param(enterpriseId)
                .query((rs, n) -> new NotificationSetting(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional()
                .orElse(NotificationSetting.DEFAULT);
    }

    /** Checks {@code draft} and stores it as the enterprise's setting; refuses it whole, naming each bad field. */
    NotificationSetting save(long enterpriseId, NotificationSettingDraft draft, String actor) {
        NotificationSetting setting = checked(draft);
        Timestamp now = Timestamp.from(Instant.now());
        // update, else insert; a first setting stored at the same moment by another request makes the insert do
        // nothing, and the update that follows then wins
        if (update(enterpriseId, setting, now, actor) == 0) {
            int inserted = jdbc.sql(
                            "insert into policy_notification_setting (enterprise_id, email, email_enabled,"
                                    + " email_near_misses, updated_at, updated_by) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(
                            enterpriseId,
                            setting.email(),
                            setting.emailEnabled(),
                            setting.emailNearMisses(),
                            now,
                            actor)
                    .update();
            if (inserted == 0) {
                update(enterpriseId, setting, now, actor);
            }
        }
        return setting;
    }

    private int update(long enterpriseId, NotificationSetting setting, Timestamp now, String actor) {
        return jdbc.sql("update policy_notification_setting set email = ?, email_enabled = ?, email_near_misses = ?,"
                        + " updated_at = ?, updated_by = ? where enterprise_id = ?")
                .params(setting.email(), setting.emailEnabled(), setting.emailNearMisses(), now, actor, enterpriseId)
                .update();
    }

    static NotificationSetting checked(NotificationSettingDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.emailEnabled() == null) {
            problems.add(new FieldProblem("emailEnabled", "push.emailEnabled.required", List.of()));
        }
        String email = address(draft.email(), problems);
        if (email == null && Boolean.TRUE.equals(draft.emailEnabled()) && problems.isEmpty()) {
            problems.add(new FieldProblem("email", "push.email.needed", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new NotificationSetting(email, draft.emailEnabled(), Boolean.TRUE.equals(draft.emailNearMisses()));
    }

    private static @Nullable String address(@Nullable String given, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String email = given.strip();
        if (email.length() > EMAIL_LENGTH) {
            problems.add(new FieldProblem("email", "push.email.tooLong", List.of(EMAIL_LENGTH, email.length())));
            return null;
        }
        try {
            InternetAddress parsed = new InternetAddress(email, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(email) || !email.contains("@")) {
                throw new AddressException("not a bare address", email);
            }
            return email;
        } catch (AddressException e) {
            problems.add(new FieldProblem("email", "push.email.malformed", List.of()));
            return null;
        }
    }
}
