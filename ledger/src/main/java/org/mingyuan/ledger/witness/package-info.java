/**
 * C2SP tlog-witness: add-checkpoint request bodies and the witness decision over a small state store, with a sealed
 * outcome the application maps to HTTP.
 */
package org.mingyuan.ledger.witness;
