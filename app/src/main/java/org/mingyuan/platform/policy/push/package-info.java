/**
 * Precise push (送达): enterprises' inboxes of clauses they newly qualify for or nearly do, their notification
 * settings, the e-mail queue in the database and the instances that drain it, and per-clause delivery statistics.
 */
@NullMarked
package org.mingyuan.platform.policy.push;

import org.jspecify.annotations.NullMarked;
