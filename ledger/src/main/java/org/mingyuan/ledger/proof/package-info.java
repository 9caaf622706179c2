/** Which node hashes RFC 9162 inclusion and consistency proofs need, and building them from a node source. */
package org.mingyuan.ledger.proof;
