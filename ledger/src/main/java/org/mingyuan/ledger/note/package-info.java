/** C2SP signed notes with Ed25519 from the JDK: keys in vkey and private-key form, signing, parsing, opening. */
package org.mingyuan.ledger.note;
