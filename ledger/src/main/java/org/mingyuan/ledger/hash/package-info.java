/** RFC 9162 hashing: SHA-256 leaf and node hashes, the empty root and the root of a list of leaf hashes. */
package org.mingyuan.ledger.hash;
