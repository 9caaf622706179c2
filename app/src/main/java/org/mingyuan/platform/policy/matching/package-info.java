/**
 * The live matcher: the registry in memory as clauses read it, each enterprise's matches and the explanation of one
 * clause for one enterprise, simulations and the calculator. A named interface: fulfilment checks eligibility with it.
 */
@NullMarked
@NamedInterface("matching")
package org.mingyuan.platform.policy.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
