package org.mingyuan.ledger.verify;

import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.hash.TreeHasher;

/** Checks on the hashes that proofs and roots are made of. */
final class ProofHashes {

    private ProofHashes() {}

    static void checkSize(String what, byte[] hash) throws VerificationException {
        if (hash == null || hash.length != TreeHasher.HASH_SIZE) {
            int got = hash == null ? 0 : hash.length;
            throw new VerificationException(what + " has " + got + " bytes, want " + TreeHasher.HASH_SIZE);
        }
    }
}
