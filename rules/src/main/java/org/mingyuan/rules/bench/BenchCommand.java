package org.mingyuan.rules.bench;

/** Entry point of the matcher benchmark, {@code java -jar mingyuan-bench.jar}. */
public final class BenchCommand {

    private BenchCommand() {}

    /** Prints the usage; the workloads arrive with the rules engine. */
    public static void main(String[] args) {
        System.out.println("usage: java -jar mingyuan-bench.jar --enterprises N --clauses N --seed N");
        System.exit(args.length == 0 ? 0 : 2);
    }
}
