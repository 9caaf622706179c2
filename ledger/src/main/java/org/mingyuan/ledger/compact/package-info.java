/** Node ids of complete subtrees, compact ranges, and the incremental tree that appends leaves and computes roots. */
package org.mingyuan.ledger.compact;
