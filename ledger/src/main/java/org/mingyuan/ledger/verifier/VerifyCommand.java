package org.mingyuan.ledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.mingyuan.ledger.VerificationException;

/** Entry point of the offline verifier, {@code java -jar mingyuan-verify.jar}: exit 0 ok, 1 failed, 2 usage. */
public final class VerifyCommand {

    /** Exit code when everything verified. */
    public static final int OK = 0;

    /** Exit code when something did not verify. */
    public static final int FAILED = 1;

    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = String.join(
            "\n",
            "usage: java -jar mingyuan-verify.jar <command> ...",
            "",
            "  receipt <file> --key <vkey>",
            "      verify a receipt: the checkpoint signature, the inclusion proof and the opened commitments",
            "  checkpoint <file> --key <vkey> [--key <vkey>...]",
            "      check a signed checkpoint's signatures (log keys and witness cosignature keys)",
            "  consistency <old-checkpoint> <new-checkpoint> --key <vkey> (--url <log-base-url> | --proof <file>)",
            "      check that the old checkpoint's tree is a prefix of the new one, proof from tiles or a file",
            "  audit <log-base-url> --key <vkey>",
            "      fetch the checkpoint, every entry bundle and hash tile, recompute everything, name the first",
            "      index where anything disagrees",
            "",
            "exit codes: 0 verified, 1 verification failed, 2 usage error",
            "");

    private VerifyCommand() {}

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs the command with the given arguments and streams and returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            out.print(USAGE_TEXT);
            return USAGE;
        }
        Subcommands commands = new Subcommands(out);
        List<String> rest = args.subList(1, args.size());
        try {
            switch (args.get(0)) {
                case "receipt" -> commands.receipt(rest);
                case "checkpoint" -> commands.checkpoint(rest);
                case "consistency" -> commands.consistency(rest);
                case "audit" -> commands.audit(rest);
                default -> throw new Arguments.UsageException("unknown command " + args.get(0));
            }
            return OK;
        } catch (Arguments.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (VerificationException e) {
            err.println("FAILED: " + e.getMessage());
            return FAILED;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            err.println("FAILED: " + e.getMessage());
            return FAILED;
        }
    }
}
