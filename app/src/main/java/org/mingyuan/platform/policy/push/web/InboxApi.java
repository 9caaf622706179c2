package org.mingyuan.platform.policy.push.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.push.EnterpriseInboxes;
import org.mingyuan.platform.policy.push.EnterpriseInboxes.InboxPage;
import org.mingyuan.platform.policy.push.NotificationSetting;
import org.mingyuan.platform.policy.push.NotificationSettingDraft;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enterprise's inbox of clause notifications and its notification setting, as JSON. Its own users read and mark
 * read; officials may read; any other caller is refused as the registry refuses it.
 */
@RestController
@RequestMapping("/api/v1/enterprises/{creditCode}")
@Validated
@Tag(name = "Inbox", description = "企业收件箱与通知设置 Enterprise inbox and notification setting")
class InboxApi {

    private final EnterpriseInboxes inboxes;
    private final Callers callers;

    InboxApi(EnterpriseInboxes inboxes, Callers callers) {
        this.inboxes = inboxes;
        this.callers = callers;
    }

    @GetMapping("/inbox")
    @Operation(summary = "The enterprise's notifications, newest first, with its unread count")
    InboxPage inbox(
            Principal principal,
            @PathVariable String creditCode,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(EnterpriseInboxes.MAX_PAGE) int size) {
        return inboxes.inbox(callers.of(principal), creditCode, page, size);
    }

    @PostMapping("/inbox/{id}/read")
    @Operation(summary = "Mark one of the enterprise's notifications read (the enterprise's own users)")
    ResponseEntity<Void> markRead(Principal principal, @PathVariable String creditCode, @PathVariable long id) {
        inboxes.markRead(callers.of(principal), creditCode, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notification-settings")
    @Operation(summary = "Whether the enterprise's notifications are also e-mailed, and to which address")
    NotificationSetting setting(Principal principal, @PathVariable String creditCode) {
        return inboxes.setting(callers.of(principal), creditCode);
    }

    @PutMapping("/notification-settings")
    @Operation(
            summary = "Turn notification e-mail on (with an address) or off (the enterprise's users, administrators)")
    NotificationSetting changeSetting(
            Principal principal, @PathVariable String creditCode, @RequestBody NotificationSettingDraft draft) {
        return inboxes.changeSetting(callers.of(principal), creditCode, draft);
    }
}
