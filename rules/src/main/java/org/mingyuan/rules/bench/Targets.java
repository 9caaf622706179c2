package org.mingyuan.rules.bench;

import java.util.List;
import java.util.Locale;

/** The rules engine's speed targets on the benchmark's figures, printed as met or missed beside the figure. */
final class Targets {

    private Targets() {}

    /** A figure and the most it may be. */
    record Target(String figure, double measured, double most, String unit) {

        boolean met() {
            return measured <= most;
        }
    }

    /** Prints one line a target: {@code target_<figure>: <measured> <unit> ≤ <most> <unit> met|MISSED}. */
    static void print(List<Target> targets) {
        for (Target target : targets) {
            System.out.println(String.format(
                    Locale.ROOT,
                    "target_%s: %.2f %s <= %s %s %s",
                    target.figure(),
                    target.measured(),
                    target.unit(),
                    target.most(),
                    target.unit(),
                    target.met() ? "met" : "MISSED"));
        }
    }
}
