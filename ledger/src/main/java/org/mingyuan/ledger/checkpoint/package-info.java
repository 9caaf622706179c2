/** C2SP tlog-checkpoint: parse, format, sign and verify checkpoints (origin, size, root, extension lines). */
package org.mingyuan.ledger.checkpoint;
