package org.mingyuan.rules.clause;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactSchema;

/** Rewrites CEL checker messages in the words of the fact schema. */
final class CheckerMessages {

    private static final Pattern NO_OVERLOAD =
            Pattern.compile("found no matching overload for '(.+?)' applied to '\\((.*)\\)'.*");
    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '(.+?)'.*");

    private CheckerMessages() {}

    static String plain(String message, FactSchema schema) {
        Matcher overload = NO_OVERLOAD.matcher(message);
        if (overload.matches()) {
            String operator = overload.group(1).replace("_", "").replace("@", "");
            return "'" + operator + "' cannot be applied to " + typeWords(overload.group(2))
                    + "; expected values of matching types (compare numbers with numbers, dates with date('yyyy-MM-dd'),"
                    + " text with 'quoted text')";
        }
        Matcher undeclared = UNDECLARED.matcher(message);
        if (undeclared.matches()) {
            return "unknown name '" + undeclared.group(1) + "'; expected a fact ("
                    + String.join(", ", schema.facts().stream().map(Fact::name).toList())
                    + ") or a function (date, yearsSince, min, max, round)";
        }
        return message;
    }

    static String typeWords(String celTypes) {
        return celTypes.replace("google.protobuf.Timestamp", "date")
                .replace("list(string)", "set of text")
                .replace("double", "decimal")
                .replace("int", "whole number")
                .replace("string", "text")
                .replace("bool", "yes/no");
    }
}
