/**
 * The Mingyuan verifiable ledger: RFC 9162 Merkle trees and proofs, C2SP signed notes, checkpoints, tiles,
 * cosignatures and witnesses, canonical JSON entries with salted commitments, receipts and the offline verifier.
 *
 * <p>Each sub-package holds one concept; ranges are half-open {@code [begin, end)} and sizes are leaf counts.
 */
package org.mingyuan.ledger;
