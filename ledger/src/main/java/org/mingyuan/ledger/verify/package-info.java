/** Verification of RFC 9162 inclusion and consistency proofs, with errors that say what was got and wanted. */
package org.mingyuan.ledger.verify;
