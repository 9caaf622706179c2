/**
 * Precise push (送达): enterprises' inboxes of clauses they newly qualify for or nearly do, and of the steps of their
 * cases, their notification settings, the e-mail queue in the database and the instances that drain it, and
 * per-clause delivery statistics. A named interface: fulfilment tells enterprises about their cases through it.
 */
@NullMarked
@NamedInterface("push")
package org.mingyuan.platform.policy.push;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
