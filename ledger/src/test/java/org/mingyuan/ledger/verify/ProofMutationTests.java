package org.mingyuan.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.compact.NodeId;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.proof.MemoryNodeSource;
import org.mingyuan.ledger.proof.ProofBuilder;
import org.mingyuan.ledger.proof.ProofRanges;

/** Property tests: over random trees every honest proof verifies and no mutated proof does. */
class ProofMutationTests {

    private static final int TREES = 60;

    @Test
    void everyMutationOfAnInclusionProofIsRefused() throws Exception {
        Random random = new Random(9162);
        for (int t = 0; t < TREES; t++) {
            long size = 1 + random.nextInt(300);
            MemoryNodeSource tree = randomTree(random, size);
            ProofBuilder builder = new ProofBuilder(tree);
            byte[] root = tree.root();
            long index = random.nextLong(size);
            byte[] leaf = tree.hashes(List.of(new NodeId(0, index))).get(0);
            List<byte[]> proof = builder.inclusion(index, size);
            InclusionVerifier.verify(index, size, leaf, proof, root);

            for (List<byte[]> bad : mutations(random, proof)) {
                assertRefused(() -> InclusionVerifier.verify(index, size, leaf, bad, root));
            }
            assertRefused(() -> InclusionVerifier.verify(index, size, flip(random, leaf), proof, root));
            assertRefused(() -> InclusionVerifier.verify(index, size, leaf, proof, flip(random, root)));
            for (long otherIndex : new long[] {index - 1, index + 1, index ^ 2, size}) {
                if (otherIndex != index) {
                    assertRefused(() -> InclusionVerifier.verify(otherIndex, size, leaf, proof, root));
                }
            }
            for (long otherSize : new long[] {size - 1, size + 1, size * 2, size / 2}) {
                if (otherSize != size && !inclusionShape(index, otherSize).equals(inclusionShape(index, size))) {
                    assertRefused(() -> InclusionVerifier.verify(index, otherSize, leaf, proof, root));
                }
            }
        }
    }

    @Test
    void everyMutationOfAConsistencyProofIsRefused() throws Exception {
        Random random = new Random(6962);
        for (int t = 0; t < TREES; t++) {
            long size2 = 2 + random.nextInt(300);
            long size1 = 1 + random.nextLong(size2 - 1);
            MemoryNodeSource tree = randomTree(random, size2);
            ProofBuilder builder = new ProofBuilder(tree);
            byte[] root1 = builder.root(size1);
            byte[] root2 = tree.root();
            List<byte[]> proof = builder.consistency(size1, size2);
            ConsistencyVerifier.verify(size1, size2, proof, root1, root2);

            for (List<byte[]> bad : mutations(random, proof)) {
                assertRefused(() -> ConsistencyVerifier.verify(size1, size2, bad, root1, root2));
            }
            assertRefused(() -> ConsistencyVerifier.verify(size1, size2, proof, root2, root1));
            assertRefused(() -> ConsistencyVerifier.verify(size1, size2, proof, flip(random, root1), root2));
            assertRefused(() -> ConsistencyVerifier.verify(size1, size2, proof, root1, flip(random, root2)));
            for (long[] sizes : new long[][] {
                {size1 - 1, size2}, {size1 + 1, size2}, {size1, size2 + 1}, {size1, size2 - 1}, {size1 ^ 2, size2}
            }) {
                if (sizes[0] > 0
                        && sizes[1] >= sizes[0]
                        && !consistencyShape(sizes[0], sizes[1]).equals(consistencyShape(size1, size2))) {
                    assertRefused(() -> ConsistencyVerifier.verify(sizes[0], sizes[1], proof, root1, root2));
                }
            }
        }
    }

    @Test
    void everyIndexOfEverySmallTreeProvesAndEveryPairOfSizesIsConsistent() {
        Random random = new Random(1);
        MemoryNodeSource tree = randomTree(random, 70);
        ProofBuilder builder = new ProofBuilder(tree);
        for (long size = 1; size <= 70; size++) {
            byte[] root = builder.root(size);
            for (long index = 0; index < size; index++) {
                long i = index;
                long n = size;
                byte[] leaf = tree.hashes(List.of(new NodeId(0, index))).get(0);
                assertThatCode(() -> InclusionVerifier.verify(i, n, leaf, builder.inclusion(i, n), root))
                        .doesNotThrowAnyException();
            }
            for (long size1 = 0; size1 <= size; size1++) {
                long m = size1;
                long n = size;
                assertThatCode(() -> ConsistencyVerifier.verify(m, n, builder.consistency(m, n), builder.root(m), root))
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void wrongLengthIsReportedAsGotAndWant() {
        byte[] leaf = TreeHasher.leaf(new byte[] {1});
        List<byte[]> five = List.of(leaf, leaf, leaf, leaf, leaf);
        assertThat(refusal(() -> InclusionVerifier.verify(0, 16, leaf, five, leaf)))
                .isEqualTo("proof has 5 hashes, want 4");
        assertThat(refusal(() -> ConsistencyVerifier.verify(6, 8, five, leaf, leaf)))
                .isEqualTo("proof has 5 hashes, want 3");
    }

    /**
     * Returns which side each proof hash joins on, the only thing the verifier takes from the index and size: a
     * wrong index or size with the same shape computes the same root, so the proof alone cannot refuse it (the
     * signed checkpoint binds the size to the root instead).
     */
    private static List<Boolean> inclusionShape(long index, long size) {
        if (index < 0 || index >= size) {
            return List.of();
        }
        return ProofRanges.inclusion(index, size).stream()
                .map(range -> range.end() <= index)
                .toList();
    }

    private static List<Boolean> consistencyShape(long size1, long size2) {
        List<Boolean> shape = new ArrayList<>();
        shape.add(Long.bitCount(size1) == 1);
        ProofRanges.consistency(size1, size2).forEach(range -> shape.add(range.end() <= size1));
        return shape;
    }

    private static MemoryNodeSource randomTree(Random random, long size) {
        MemoryNodeSource tree = new MemoryNodeSource();
        for (long i = 0; i < size; i++) {
            byte[] entry = new byte[1 + random.nextInt(16)];
            random.nextBytes(entry);
            tree.append(TreeHasher.leaf(entry));
        }
        return tree;
    }

    private static List<List<byte[]>> mutations(Random random, List<byte[]> proof) {
        List<List<byte[]>> out = new ArrayList<>();
        for (int i = 0; i < proof.size(); i++) {
            List<byte[]> flipped = new ArrayList<>(proof);
            flipped.set(i, flip(random, proof.get(i)));
            out.add(flipped);
        }
        if (!proof.isEmpty()) {
            out.add(proof.subList(0, proof.size() - 1));
            out.add(proof.subList(1, proof.size()));
            List<byte[]> shortened = new ArrayList<>(proof);
            shortened.set(0, Arrays.copyOf(proof.get(0), 31));
            out.add(shortened);
        }
        for (int at : new int[] {0, proof.size()}) {
            List<byte[]> extended = new ArrayList<>(proof);
            byte[] extra = new byte[32];
            random.nextBytes(extra);
            extended.add(at, extra);
            out.add(extended);
        }
        if (proof.size() > 1) {
            List<byte[]> swapped = new ArrayList<>(proof);
            swapped.set(0, proof.get(1));
            swapped.set(1, proof.get(0));
            if (!Arrays.equals(proof.get(0), proof.get(1))) {
                out.add(swapped);
            }
        }
        return out;
    }

    private static byte[] flip(Random random, byte[] hash) {
        byte[] copy = hash.clone();
        int bit = random.nextInt(copy.length * 8);
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    private interface Check {
        void run() throws VerificationException;
    }

    private static void assertRefused(Check check) {
        assertThat(refusal(check)).isNotNull();
    }

    private static String refusal(Check check) {
        try {
            check.run();
            return null;
        } catch (VerificationException e) {
            return e.getMessage();
        }
    }
}
