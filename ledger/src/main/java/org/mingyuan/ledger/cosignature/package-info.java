/** C2SP tlog-cosignature v1 with Ed25519: the timestamped signed message, cosigner keys and their verifiers. */
package org.mingyuan.ledger.cosignature;
