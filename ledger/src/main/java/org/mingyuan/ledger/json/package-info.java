/** RFC 8785 canonical JSON (JCS) for ledger entries, with the small parser it needs to canonicalise text. */
package org.mingyuan.ledger.json;
