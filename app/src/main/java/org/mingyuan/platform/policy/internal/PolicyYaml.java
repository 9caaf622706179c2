package org.mingyuan.platform.policy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyLevel;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and writes policy files (docs/policies.md): YAML read with SnakeYAML's safe constructor under hard limits (size,
 * aliases, nesting, code points, no custom tags, no merge keys, no implicit timestamps, only {@code true}/{@code false}
 * as yes/no), then checked against {@code docs/policy.schema.json}. Every refusal names the file and where in it.
 */
public final class PolicyYaml {

    /** The largest policy file, in bytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    static final String FORMAT = "mingyuan-policy/1";

    private static final Schema SCHEMA = schema();
    private static final ObjectMapper JSON = StoredJson.mapper();

    private PolicyYaml() {}

    private static Schema schema() {
        try (InputStream in = new ClassPathResource("policy/policy.schema.json").getInputStream()) {
            JsonNode node = new ObjectMapper().readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException("policy file schema cannot be read", e);
        }
    }

    /** YAML 1.1 without timestamps, merge keys, or yes/no/on/off as booleans. */
    private static final class PlainResolver extends Resolver {
        private static final Pattern TRUE_FALSE = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, TRUE_FALSE, "tTfF", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }

    private static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        options.setTagInspector(tag -> false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new PlainResolver());
    }

    /**
     * Reads one policy file.
     *
     * @throws InvalidRequest naming the file (and the place in it) when it is too large, not UTF-8, not YAML, or does
     *     not follow the schema
     */
    public static PolicyFile read(String filename, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidRequest(filename, "policy.import.tooLarge", filename, MAX_BYTES);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequest(filename, "policy.import.unreadable", filename, "not UTF-8 text");
        }
        Object tree;
        try {
            tree = loader().load(text);
        } catch (YAMLException | IllegalArgumentException | StackOverflowError e) {
            throw new InvalidRequest(filename, "policy.import.unreadable", filename, clip(e.getMessage()));
        }
        JsonNode node;
        try {
            node = JSON.valueToTree(jsonable(tree));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(filename, "policy.import.unreadable", filename, clip(e.getMessage()));
        }
        List<Error> errors = SCHEMA.validate(node);
        if (!errors.isEmpty()) {
            List<InvalidRequest.FieldProblem> problems = errors.stream()
                    .limit(20)
                    .map(error -> new InvalidRequest.FieldProblem(
                            filename + ": " + error.getInstanceLocation(),
                            "policy.import.schema",
                            List.of(clip(error.getMessage()))))
                    .toList();
            throw new InvalidRequest(problems);
        }
        return toFile(node);
    }

    /** Plain maps, lists, text, numbers and booleans only; anything else in a file is refused. */
    private static @Nullable Object jsonable(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("numbers must be finite, got " + d);
            }
            return d;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("keys must be text, got " + entry.getKey());
                }
                copy.put(key, jsonable(entry.getValue()));
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(jsonable(element));
            }
            return copy;
        }
        throw new IllegalArgumentException(
                "unsupported value of type " + value.getClass().getSimpleName());
    }

    private static PolicyFile toFile(JsonNode doc) {
        PolicyContent policy = new PolicyContent(
                doc.path("id").asText(),
                doc.path("title").path("zh").asText(),
                doc.path("title").path("en").asText(),
                doc.path("department").path("zh").asText(),
                doc.path("department").path("en").asText(),
                text(doc, "documentNumber"),
                day(doc.get("issuedOn")),
                PolicyLevel.valueOf(doc.path("level").asText()),
                text(doc.path("source"), "url"),
                text(doc.path("source"), "text"),
                text(doc, "interpretation"),
                strings(doc.get("tags")),
                strings(doc.get("parks")),
                text(doc, "note"),
                doc.path("demo").asBoolean(false));
        List<PolicyFile.Entry> clauses = new ArrayList<>();
        for (JsonNode c : doc.path("clauses")) {
            List<ReviewStage> stages = new ArrayList<>();
            for (JsonNode s : c.path("reviewStages")) {
                stages.add(new ReviewStage(
                        s.path("zh").asText(),
                        s.path("en").asText(),
                        s.path("workingDays").asInt(),
                        StageRole.ofCode(s.path("role").asText("department")).orElseThrow()));
            }
            List<ExampleCase> examples = new ArrayList<>();
            for (JsonNode e : c.path("examples")) {
                Map<String, Object> facts = new LinkedHashMap<>();
                e.path("facts").fields().forEachRemaining(f -> facts.put(f.getKey(), factValue(f.getValue())));
                examples.add(new ExampleCase(
                        e.path("name").asText(),
                        day(e.get("on")),
                        facts,
                        e.path("eligible").asBoolean(),
                        money(e.get("amount"))));
            }
            clauses.add(new PolicyFile.Entry(
                    c.path("id").asText(),
                    new ClauseContent(
                            c.path("title").path("zh").asText(),
                            c.path("title").path("en").asText(),
                            c.path("summary").path("zh").asText(),
                            c.path("summary").path("en").asText(),
                            c.path("eligibility").asText(),
                            c.path("amount").asText(),
                            money(c.get("cap")),
                            money(c.get("budget")),
                            day(c.path("valid").get("from")),
                            day(c.path("valid").get("until")),
                            day(c.path("applicationWindow").get("from")),
                            day(c.path("applicationWindow").get("until")),
                            ClauseMode.valueOf(c.path("mode").asText()),
                            strings(c.get("materials")),
                            stages,
                            c.path("legalBasis").asText(""),
                            c.path("contact").asText(""),
                            strings(c.get("illustrative")),
                            examples)));
        }
        return new PolicyFile(policy, clauses);
    }

    private static Object factValue(JsonNode value) {
        if (value.isArray()) {
            List<String> codes = new ArrayList<>();
            value.forEach(v -> codes.add(v.asText()));
            return codes;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? (Object) value.asLong() : value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        return value.asText();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static @Nullable LocalDate day(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequest("day", "policy.search.badDay");
        }
    }

    private static @Nullable BigDecimal money(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    private static List<String> strings(@Nullable JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null) {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static String clip(@Nullable String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Writes a policy and its clauses as a policy file that reads back to the same content. */
    public static String write(PolicyFile file) {
        PolicyContent p = file.policy();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("id", p.code());
        doc.put("title", bilingual(p.titleZh(), p.titleEn()));
        doc.put("department", bilingual(p.departmentZh(), p.departmentEn()));
        put(doc, "documentNumber", p.documentNumber());
        put(doc, "issuedOn", p.issuedOn() == null ? null : p.issuedOn().toString());
        doc.put("level", p.level().name());
        Map<String, Object> source = new LinkedHashMap<>();
        put(source, "url", p.sourceUrl());
        put(source, "text", p.sourceText());
        if (!source.isEmpty()) {
            doc.put("source", source);
        }
        put(doc, "interpretation", p.interpretation());
        if (!p.tags().isEmpty()) {
            doc.put("tags", p.tags());
        }
        if (!p.parks().isEmpty()) {
            doc.put("parks", p.parks());
        }
        doc.put("demo", p.demo());
        put(doc, "note", p.note());
        List<Object> clauses = new ArrayList<>();
        for (PolicyFile.Entry entry : file.clauses()) {
            clauses.add(clause(entry.id(), entry.content()));
        }
        doc.put("clauses", clauses);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        options.setSplitLines(false);
        return "# 名园 policy file; format: docs/policies.md\n" + new Yaml(options).dump(doc);
    }

    private static Map<String, Object> clause(String id, ClauseContent c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("title", bilingual(c.titleZh(), c.titleEn()));
        out.put("summary", bilingual(c.summaryZh(), c.summaryEn()));
        out.put("eligibility", c.eligibility());
        out.put("amount", c.amount());
        put(out, "cap", number(c.cap()));
        put(out, "budget", number(c.budget()));
        window(out, "valid", c.validFrom(), c.validUntil());
        window(out, "applicationWindow", c.applyFrom(), c.applyUntil());
        out.put("mode", c.mode().name());
        if (!c.materials().isEmpty()) {
            out.put("materials", c.materials());
        }
        if (!c.reviewStages().isEmpty()) {
            out.put(
                    "reviewStages",
                    c.reviewStages().stream()
                            .map(s -> {
                                Map<String, Object> stage = new LinkedHashMap<>();
                                stage.put("zh", s.nameZh());
                                stage.put("en", s.nameEn());
                                stage.put("workingDays", s.workingDays());
                                stage.put("role", s.role().code());
                                return stage;
                            })
                            .toList());
        }
        if (!c.legalBasis().isEmpty()) {
            out.put("legalBasis", c.legalBasis());
        }
        if (!c.contact().isEmpty()) {
            out.put("contact", c.contact());
        }
        if (!c.illustrative().isEmpty()) {
            out.put("illustrative", c.illustrative());
        }
        List<Object> examples = new ArrayList<>();
        for (ExampleCase e : c.examples()) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("name", e.name());
            put(example, "on", e.on() == null ? null : e.on().toString());
            example.put("facts", new LinkedHashMap<>(e.facts()));
            example.put("eligible", e.eligible());
            put(example, "amount", number(e.amount()));
            examples.add(example);
        }
        out.put("examples", examples);
        return out;
    }

    private static Map<String, Object> bilingual(String zh, String en) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("zh", zh);
        text.put("en", en);
        return text;
    }

    private static void window(
            Map<String, Object> out, String name, @Nullable LocalDate from, @Nullable LocalDate until) {
        Map<String, Object> window = new LinkedHashMap<>();
        put(window, "from", from == null ? null : from.toString());
        put(window, "until", until == null ? null : until.toString());
        if (!window.isEmpty()) {
            out.put(name, window);
        }
    }

    private static @Nullable Object number(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return plain.toBigIntegerExact().longValueExact();
        }
        return plain.doubleValue();
    }

    private static void put(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
