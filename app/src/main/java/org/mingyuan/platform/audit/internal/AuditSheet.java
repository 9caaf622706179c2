package org.mingyuan.platform.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.audit.internal.AuditTrail.AuditEvent;
import org.mingyuan.platform.audit.internal.AuditTrail.AuditQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit events a query selects as an XLSX sheet, newest first, with actions and outcomes labelled. */
@Component
public class AuditSheet {

    /** The most events one sheet holds: the newest ones. */
    public static final int MAX_ROWS = 100_000;

    private static final int CHUNK = 1_000;

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditSheet(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    /** Writes the newest {@link #MAX_ROWS} events matching {@code query} to {@code out}. */
    public void write(AuditQuery query, Locale locale, OutputStream out) throws IOException {
        var sheet = new XlsxExport<AuditEvent>(
                "audit",
                List.of(
                        new XlsxExport.Column<>("时间", "Time", AuditEvent::occurredAt),
                        new XlsxExport.Column<>("操作人", "User", AuditEvent::actor),
                        new XlsxExport.Column<>("事件", "Action", e -> label("audit.action.", e.action(), locale)),
                        new XlsxExport.Column<>("对象", "Target", AuditEvent::target),
                        new XlsxExport.Column<>("结果", "Outcome", e -> label("audit.outcome.", e.outcome(), locale)),
                        new XlsxExport.Column<>("详情", "Detail", AuditEvent::detail),
                        new XlsxExport.Column<>("来源地址", "Address", AuditEvent::remoteAddress)));
        sheet.write(() -> new Chunks(query), out);
    }

    private String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    /** Reads the events a thousand at a time, so a long trail is never held in memory at once. */
    private final class Chunks implements java.util.Iterator<AuditEvent> {

        private final AuditQuery query;
        private List<AuditEvent> chunk = List.of();
        private int next;
        private int served;
        private @Nullable Long before;
        private boolean exhausted;

        Chunks(AuditQuery query) {
            this.query = query;
        }

        @Override
        public boolean hasNext() {
            if (served >= MAX_ROWS) {
                return false;
            }
            if (next == chunk.size() && !exhausted) {
                chunk = trail.page(query, before, CHUNK);
                next = 0;
                exhausted = chunk.size() < CHUNK;
                if (!chunk.isEmpty()) {
                    before = chunk.get(chunk.size() - 1).id();
                }
            }
            return next < chunk.size();
        }

        @Override
        public AuditEvent next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            served++;
            return chunk.get(next++);
        }
    }
}
