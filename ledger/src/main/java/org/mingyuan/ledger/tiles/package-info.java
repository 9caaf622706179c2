/**
 * C2SP tlog-tiles: tile and entry bundle paths, which tiles a tree has, filling tiles from leaf hashes, entry
 * bundles, and reading node hashes back from tiles so proofs can be built from them.
 */
package org.mingyuan.ledger.tiles;
