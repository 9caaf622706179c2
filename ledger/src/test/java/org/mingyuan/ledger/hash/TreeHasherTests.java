package org.mingyuan.ledger.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.compact.CompactTree;
import org.mingyuan.ledger.testing.TestData;

class TreeHasherTests {

    private static final Map<String, Object> TREE = TestData.json("rfc6962/reference-tree.json");

    @SuppressWarnings("unchecked")
    static List<byte[]> referenceLeafHashes() {
        List<byte[]> out = new ArrayList<>();
        for (Object leaf : (List<Object>) TREE.get("leaves")) {
            out.add(TreeHasher.leaf(Hex.decode((String) leaf)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static String referenceRoot(int size) {
        return ((List<String>) TREE.get("roots")).get(size);
    }

    @Test
    void emptyTreeHashesToSha256OfNothing() {
        assertThat(Hex.encode(TreeHasher.emptyRoot())).isEqualTo(referenceRoot(0));
    }

    @Test
    void rootOfEveryPrefixOfTheReferenceTreeMatchesThePublishedRoot() {
        List<byte[]> leaves = referenceLeafHashes();
        for (int size = 0; size <= 8; size++) {
            assertThat(Hex.encode(TreeHasher.root(leaves.subList(0, size))))
                    .as("size %d", size)
                    .isEqualTo(referenceRoot(size));
        }
    }

    @Test
    void compactTreeAppendsToThePublishedRoots() {
        CompactTree tree = new CompactTree();
        assertThat(Hex.encode(tree.root())).isEqualTo(referenceRoot(0));
        for (byte[] leaf : referenceLeafHashes()) {
            tree.append(leaf);
            assertThat(Hex.encode(tree.root())).isEqualTo(referenceRoot((int) tree.size()));
        }
    }
}
