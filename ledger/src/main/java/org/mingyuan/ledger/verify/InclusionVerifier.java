package org.mingyuan.ledger.verify;

import java.util.Arrays;
import java.util.List;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.hash.Hex;
import org.mingyuan.ledger.hash.TreeHasher;

/** Verifies RFC 9162 section 2.1.3.2 inclusion proofs. */
public final class InclusionVerifier {

    private InclusionVerifier() {}

    /**
     * Checks that {@code leafHash} is leaf {@code index} of the tree of {@code size} with the given root.
     *
     * @throws VerificationException with got/want wording if the index, the lengths or the root do not fit
     */
    public static void verify(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
            throws VerificationException {
        byte[] computed = rootFromProof(index, size, leafHash, proof);
        if (!Arrays.equals(computed, root)) {
            throw new VerificationException("calculated root " + Hex.encode(computed) + ", want " + Hex.encode(root));
        }
    }

    /**
     * Returns the root that the proof and leaf hash imply for a tree of {@code size}.
     *
     * @throws VerificationException if the index is out of range, a hash is not 32 bytes or the proof is too long
     *     or too short
     */
    public static byte[] rootFromProof(long index, long size, byte[] leafHash, List<byte[]> proof)
            throws VerificationException {
        if (index < 0 || index >= size) {
            throw new VerificationException("index is beyond size: " + index + " >= " + size);
        }
        ProofHashes.checkSize("leaf hash", leafHash);
        int want = length(index, size);
        if (proof.size() != want) {
            throw new VerificationException("proof has " + proof.size() + " hashes, want " + want);
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (int i = 0; i < proof.size(); i++) {
            byte[] p = proof.get(i);
            ProofHashes.checkSize("proof hash " + i, p);
            if (sn == 0) {
                throw new VerificationException("proof is too long for index " + index + " and size " + size);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHasher.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = TreeHasher.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("proof is too short: " + proof.size() + " hashes leave levels unclimbed");
        }
        return r;
    }

    /** Returns the number of hashes in the inclusion proof of {@code index} in a tree of {@code size}. */
    public static int length(long index, long size) {
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        int border = Long.bitCount(index >>> inner);
        return inner + border;
    }
}
