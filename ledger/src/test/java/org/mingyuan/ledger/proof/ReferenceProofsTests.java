package org.mingyuan.ledger.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.compact.NodeId;
import org.mingyuan.ledger.hash.Hex;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.testing.TestData;
import org.mingyuan.ledger.verify.ConsistencyVerifier;
import org.mingyuan.ledger.verify.InclusionVerifier;

class ReferenceProofsTests {

    private static final Map<String, Object> TREE = TestData.json("rfc6962/reference-tree.json");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases(String kind) {
        return (List<Map<String, Object>>) TREE.get(kind);
    }

    @SuppressWarnings("unchecked")
    private static List<byte[]> hashes(Object hexList) {
        List<byte[]> out = new ArrayList<>();
        for (Object h : (List<Object>) hexList) {
            out.add(Hex.decode((String) h));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static MemoryNodeSource tree() {
        List<byte[]> leaves = new ArrayList<>();
        for (Object leaf : (List<Object>) TREE.get("leaves")) {
            leaves.add(TreeHasher.leaf(Hex.decode((String) leaf)));
        }
        return MemoryNodeSource.of(leaves);
    }

    @SuppressWarnings("unchecked")
    private static byte[] root(long size) {
        return Hex.decode(((List<String>) TREE.get("roots")).get((int) size));
    }

    @Test
    void builtInclusionProofsMatchThePublishedOnesAndVerify() throws Exception {
        MemoryNodeSource source = tree();
        ProofBuilder builder = new ProofBuilder(source);
        for (Map<String, Object> c : cases("inclusion")) {
            long index = (Long) c.get("index");
            long size = (Long) c.get("size");
            List<byte[]> want = hashes(c.get("proof"));
            List<byte[]> got = builder.inclusion(index, size);
            assertThat(got).as("index %d size %d", index, size).containsExactlyElementsOf(want);
            byte[] leaf = source.hashes(List.of(new NodeId(0, index))).get(0);
            InclusionVerifier.verify(index, size, leaf, want, root(size));
        }
    }

    @Test
    void builtConsistencyProofsMatchThePublishedOnesAndVerify() throws Exception {
        ProofBuilder builder = new ProofBuilder(tree());
        for (Map<String, Object> c : cases("consistency")) {
            long size1 = (Long) c.get("size1");
            long size2 = (Long) c.get("size2");
            List<byte[]> want = hashes(c.get("proof"));
            assertThat(builder.consistency(size1, size2))
                    .as("%d → %d", size1, size2)
                    .containsExactlyElementsOf(want);
            ConsistencyVerifier.verify(size1, size2, want, root(size1), root(size2));
        }
    }

    @Test
    void builderReadsEveryRootFromTheSource() {
        ProofBuilder builder = new ProofBuilder(tree());
        for (int size = 0; size <= 8; size++) {
            assertThat(builder.root(size)).isEqualTo(root(size));
        }
    }
}
