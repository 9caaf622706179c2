/** Ledger entries: canonical JSON with salted commitments to sensitive fields, receipts and their verifier. */
package org.mingyuan.ledger.entry;
