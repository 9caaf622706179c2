package org.mingyuan.ledger.verifier;

/** Entry point of the offline verifier, {@code java -jar mingyuan-verify.jar}. */
public final class VerifyCommand {

    private VerifyCommand() {}

    /** Prints the usage; the subcommands arrive with the ledger library. */
    public static void main(String[] args) {
        System.out.println("usage: java -jar mingyuan-verify.jar <receipt|checkpoint|consistency|audit> ...");
        System.exit(args.length == 0 ? 0 : 2);
    }
}
