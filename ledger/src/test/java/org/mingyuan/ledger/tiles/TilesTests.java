package org.mingyuan.ledger.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.proof.MemoryNodeSource;
import org.mingyuan.ledger.proof.ProofBuilder;
import org.mingyuan.ledger.verify.InclusionVerifier;

class TilesTests {

    @Test
    void pathsUseThreeDigitGroupsWithXPrefixes() {
        assertThat(new TileId(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(new TileId(1, 0, 7).path()).isEqualTo("tile/1/000.p/7");
        assertThat(new EntryBundleId(1000, 256).path()).isEqualTo("tile/entries/x001/000");
        assertThat(new EntryBundleId(5, 3).path()).isEqualTo("tile/entries/005.p/3");
    }

    @Test
    void pathsParseBackToTheirTiles() {
        for (TileRef ref : List.of(
                new TileId(0, 1234067, 256),
                new TileId(2, 0, 1),
                new EntryBundleId(999, 255),
                new EntryBundleId(1_000_000, 256))) {
            assertThat(TilePaths.parse(ref.path())).isEqualTo(ref);
        }
        for (String bad : List.of("tile/0/1", "tile/8/000", "tile/0/000.p/256", "tile/0/x000/001", "tile/x/000")) {
            assertThatThrownBy(() -> TilePaths.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void treeOfSize70000HasTheTilesTheSpecDescribes() {
        List<TileId> tiles = TileLayout.hashTiles(70_000);
        assertThat(tiles.stream().filter(t -> t.level() == 0)).hasSize(274);
        assertThat(tiles.get(273)).isEqualTo(new TileId(0, 273, 70_000 - 273 * 256));
        assertThat(tiles.stream().filter(t -> t.level() == 1))
                .containsExactly(new TileId(1, 0, 256), new TileId(1, 1, 17));
        assertThat(tiles.stream().filter(t -> t.level() == 2)).containsExactly(new TileId(2, 0, 1));
        assertThat(TileLayout.entryBundles(513))
                .containsExactly(new EntryBundleId(0, 256), new EntryBundleId(1, 256), new EntryBundleId(2, 1));
        assertThat(TileLayout.hashTiles(0)).isEmpty();
    }

    @Test
    void entryBundlesRoundTripAndRefuseTruncation() {
        List<byte[]> entries = List.of(new byte[0], "名園".getBytes(StandardCharsets.UTF_8), new byte[65535]);
        byte[] bundle = EntryBundle.encode(entries);
        assertThat(EntryBundle.decode(bundle)).containsExactlyElementsOf(entries);
        assertThat(bundle[2]).isEqualTo((byte) 0);
        assertThat(bundle[3]).isEqualTo((byte) 6);
        assertThatThrownBy(() -> EntryBundle.decode(Arrays.copyOf(bundle, bundle.length - 1)))
                .hasMessageContaining("runs past the end");
        assertThatThrownBy(() -> EntryBundle.encode(List.of(new byte[65536]))).hasMessageContaining("65535");
    }

    @Test
    void proofsBuiltFromTilesEqualProofsBuiltFromAllNodes() throws Exception {
        MemoryTileLog log = new MemoryTileLog();
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            byte[] entry = ("entry " + i).getBytes(StandardCharsets.UTF_8);
            log.append(entry);
            leaves.add(TreeHasher.leaf(entry));
        }
        MemoryNodeSource reference = MemoryNodeSource.of(leaves);
        assertThat(log.root()).isEqualTo(reference.root());
        for (long size : new long[] {1, 255, 256, 257, 65_536, 65_537, 69_999, 70_000}) {
            ProofBuilder fromTiles = new ProofBuilder(log.nodeSource(size));
            ProofBuilder fromNodes = new ProofBuilder(reference);
            assertThat(fromTiles.root(size)).isEqualTo(fromNodes.root(size));
            for (long index : new long[] {0, size / 3, size - 1}) {
                List<byte[]> proof = fromTiles.inclusion(index, size);
                assertThat(proof).containsExactlyElementsOf(fromNodes.inclusion(index, size));
                InclusionVerifier.verify(index, size, leaves.get((int) index), proof, fromNodes.root(size));
            }
            assertThat(fromTiles.consistency(size / 2, size))
                    .containsExactlyElementsOf(fromNodes.consistency(size / 2, size));
        }
    }

    @Test
    void tilesAndBundlesAreServedByPathAtEveryWidth() {
        MemoryTileLog log = new MemoryTileLog();
        for (int i = 0; i < 300; i++) {
            log.append(new byte[] {(byte) i});
        }
        assertThat(log.read("tile/0/001.p/44")).hasSize(44 * 32);
        assertThat(log.read("tile/0/000")).hasSize(256 * 32);
        assertThat(log.read("tile/1/000.p/1")).isEqualTo(TileNodeSource.subtree(log.read("tile/0/000"), 0, 256));
        assertThat(EntryBundle.decode(log.read("tile/entries/001.p/44"))).hasSize(44);
        assertThat(EntryBundle.decode(log.read("tile/entries/000.p/10"))).hasSize(10);
        assertThatThrownBy(() -> log.read("tile/0/001.p/45")).hasMessageContaining("no tile");
        assertThatThrownBy(() -> log.read("tile/entries/001")).hasMessageContaining("no bundle");
    }
}
