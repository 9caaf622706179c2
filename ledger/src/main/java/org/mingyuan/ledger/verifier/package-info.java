/** The offline verifier command: receipts, checkpoints, consistency between checkpoints and full log audits. */
package org.mingyuan.ledger.verifier;
