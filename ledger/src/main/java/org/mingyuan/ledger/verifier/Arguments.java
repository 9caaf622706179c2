package org.mingyuan.ledger.verifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line arguments split into positionals and {@code --option value} pairs (options may repeat). */
record Arguments(List<String> positionals, Map<String, List<String>> options) {

    /** Thrown for arguments that do not fit the command; the command prints usage and exits 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static Arguments parse(List<String> args, Set<String> known) throws UsageException {
        List<String> positionals = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (!known.contains(name)) {
                    throw new UsageException("unknown option " + arg);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + arg + " needs a value");
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(args.get(++i));
            } else {
                positionals.add(arg);
            }
        }
        return new Arguments(positionals, options);
    }

    List<String> all(String option) {
        return options.getOrDefault(option, List.of());
    }

    String one(String option) throws UsageException {
        List<String> values = all(option);
        if (values.size() != 1) {
            throw new UsageException("want exactly one --" + option + ", got " + values.size());
        }
        return values.get(0);
    }

    String positional(int index, String what) throws UsageException {
        if (index >= positionals.size()) {
            throw new UsageException("missing " + what);
        }
        return positionals.get(index);
    }
}
