package org.mingyuan.ledger.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.hash.Hex;
import org.mingyuan.ledger.hash.TreeHasher;

/**
 * Verifies RFC 9162 section 2.1.4.2 consistency proofs between a tree of {@code size1} and one of {@code size2}.
 *
 * <p><b>From size 0.</b> RFC 9162 leaves a proof from the empty tree undefined. Here the empty tree is a prefix of
 * every tree, so a consistency proof from size 0 is accepted exactly when the proof is empty and {@code root1} is
 * the empty root SHA-256(""); when {@code size2} is 0 as well, {@code root2} must be the empty root too. Such a
 * proof says nothing about {@code root2} beyond that; it is what a tlog-witness receives as {@code old 0} for a
 * log it has not cosigned before.
 */
public final class ConsistencyVerifier {

    private ConsistencyVerifier() {}

    /**
     * Checks that the tree of {@code size1} with {@code root1} is a prefix of the tree of {@code size2} with
     * {@code root2}.
     *
     * @throws VerificationException with got/want wording if the sizes, the lengths or a root do not fit
     */
    public static void verify(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
            throws VerificationException {
        if (size1 < 0 || size2 < size1) {
            throw new VerificationException("size2 (" + size2 + ") < size1 (" + size1 + ")");
        }
        if (size1 == 0) {
            verifyFromEmpty(size2, proof, root1, root2);
            return;
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new VerificationException("proof has " + proof.size() + " hashes, want 0 for equal sizes");
            }
            if (!Arrays.equals(root1, root2)) {
                throw new VerificationException(
                        "root1 " + hex(root1) + " differs from root2 " + hex(root2) + " for equal sizes " + size1);
            }
            return;
        }
        ProofHashes.checkSize("root1", root1);
        ProofHashes.checkSize("root2", root2);
        int want = length(size1, size2);
        if (proof.size() != want) {
            throw new VerificationException("proof has " + proof.size() + " hashes, want " + want);
        }
        for (int i = 0; i < proof.size(); i++) {
            ProofHashes.checkSize("proof hash " + i, proof.get(i));
        }
        boolean powerOfTwo = Long.bitCount(size1) == 1;
        List<byte[]> path = proof;
        if (powerOfTwo) {
            path = new ArrayList<>(proof.size() + 1);
            path.add(root1);
            path.addAll(proof);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new VerificationException("proof is too long for sizes " + size1 + " → " + size2);
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHasher.node(c, fr);
                sr = TreeHasher.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = TreeHasher.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("proof is too short for sizes " + size1 + " → " + size2);
        }
        if (!Arrays.equals(fr, root1)) {
            throw new VerificationException("calculated root1 " + hex(fr) + ", want " + hex(root1));
        }
        if (!Arrays.equals(sr, root2)) {
            throw new VerificationException("calculated root2 " + hex(sr) + ", want " + hex(root2));
        }
    }

    /** Returns the number of hashes in the consistency proof from {@code size1} to {@code size2}. */
    public static int length(long size1, long size2) {
        if (size1 == 0 || size1 == size2) {
            return 0;
        }
        int level = Long.numberOfTrailingZeros(size1);
        long index = (size1 - 1) >>> level;
        long size = ((size2 - 1) >>> level) + 1;
        int start = Long.bitCount(size1) == 1 ? 0 : 1;
        return start + InclusionVerifier.length(index, size);
    }

    private static void verifyFromEmpty(long size2, List<byte[]> proof, byte[] root1, byte[] root2)
            throws VerificationException {
        if (!proof.isEmpty()) {
            throw new VerificationException("proof has " + proof.size() + " hashes, want 0 from size 0");
        }
        byte[] empty = TreeHasher.emptyRoot();
        if (!Arrays.equals(root1, empty)) {
            throw new VerificationException("root1 " + hex(root1) + " of size 0, want the empty root " + hex(empty));
        }
        if (size2 == 0 && !Arrays.equals(root2, empty)) {
            throw new VerificationException("root2 " + hex(root2) + " of size 0, want the empty root " + hex(empty));
        }
    }

    private static String hex(byte[] hash) {
        return hash == null ? "(none)" : Hex.encode(hash);
    }
}
