package org.mingyuan.rules.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts an application declares for its enterprises; immutable once built. */
public final class FactSchema {

    private final Map<String, Fact> facts;

    private FactSchema(Map<String, Fact> facts) {
        this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** Starts an empty schema. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the fact with this name, if declared. */
    public Optional<Fact> find(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    /** Returns the fact with this name; throws if it is not declared. */
    public Fact fact(String name) {
        Fact fact = facts.get(name);
        if (fact == null) {
            throw new IllegalArgumentException("no fact named '" + name + "'; known facts: " + facts.keySet());
        }
        return fact;
    }

    /** Returns all facts in declaration order. */
    public List<Fact> facts() {
        return List.copyOf(facts.values());
    }

    /** Collects fact declarations. */
    public static final class Builder {

        private final Map<String, Fact> facts = new LinkedHashMap<>();

        private Builder() {}

        /** Declares a whole-number fact. */
        public Builder integer(String name, String labelZh, String labelEn, Unit unit) {
            return add(new Fact(name, FactType.INTEGER, labelZh, labelEn, unit, List.of(), 0));
        }

        /** Declares a decimal fact. */
        public Builder decimal(String name, String labelZh, String labelEn, Unit unit) {
            return add(new Fact(name, FactType.DECIMAL, labelZh, labelEn, unit, List.of(), 0));
        }

        /** Declares a date fact. */
        public Builder date(String name, String labelZh, String labelEn) {
            return add(new Fact(name, FactType.DATE, labelZh, labelEn, Unit.NONE, List.of(), 0));
        }

        /** Declares a free-text fact. */
        public Builder text(String name, String labelZh, String labelEn) {
            return add(new Fact(name, FactType.TEXT, labelZh, labelEn, Unit.NONE, List.of(), 0));
        }

        /** Declares a fact that takes one of the given values. */
        public Builder enumeration(String name, String labelZh, String labelEn, List<String> values) {
            return add(new Fact(name, FactType.ENUMERATION, labelZh, labelEn, Unit.NONE, values, 0));
        }

        /** Declares a set-of-text fact holding at most {@code maxSize} elements. */
        public Builder textSet(String name, String labelZh, String labelEn, int maxSize) {
            return add(new Fact(name, FactType.TEXT_SET, labelZh, labelEn, Unit.NONE, List.of(), maxSize));
        }

        /** Declares a yes-or-no fact. */
        public Builder bool(String name, String labelZh, String labelEn) {
            return add(new Fact(name, FactType.BOOLEAN, labelZh, labelEn, Unit.NONE, List.of(), 0));
        }

        /** Declares any fact. */
        public Builder add(Fact fact) {
            if (facts.putIfAbsent(fact.name(), fact) != null) {
                throw new IllegalArgumentException("fact '" + fact.name() + "' declared twice");
            }
            return this;
        }

        /** Builds the schema. */
        public FactSchema build() {
            return new FactSchema(facts);
        }
    }
}
