package org.mingyuan.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this deployment runs in demo mode: demo data and the demo accounts with password
 * {@code demo}.
 *
 * <p>An explicit {@code MINGYUAN_DEMO} decides. Otherwise a new embedded database starts in demo
 * mode and remembers it, so later starts of the same database stay in demo mode; any other
 * database starts outside it.
 *
 * @param enabled true in demo mode
 */
public record DemoMode(boolean enabled) {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    /** Writes the start-up announcement of the mode to the log. */
    public void announce() {
        if (enabled) {
            log.warn("DEMO MODE: demo data loaded; accounts admin, officer, operator, reviewer, finance,"
                    + " supervisor, enterprise and expert1 to expert5 all have the password 'demo'. Do not use this in production."
                    + " 演示模式：演示账号密码均为 demo，请勿用于生产环境。");
        } else {
            log.info("Production mode: no demo data and no default passwords.");
        }
    }
}
