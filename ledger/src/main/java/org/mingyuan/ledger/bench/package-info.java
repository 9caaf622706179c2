/** The ledger benchmark, a main class run from the verifier jar; no unit test runs it. */
package org.mingyuan.ledger.bench;
