package org.mingyuan.platform.fulfillment.material;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingyuan.platform.ContentTooLarge;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.material.FileInspection.Inspected;
import org.mingyuan.platform.fulfillment.material.MaterialEvents.MaterialSuperseded;
import org.mingyuan.platform.fulfillment.material.MaterialEvents.MaterialUploaded;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enterprises' material libraries on behalf of a {@link Caller}. Whoever may see an enterprise in the registry
 * (officials, its park's operator, its own users) may read its library; only its own users add to it and mark its
 * materials superseded. An enterprise or material the caller may not see is answered as missing, naming its id.
 * Applications ask {@link #current} for a material still valid instead of asking for it again.
 */
@Service
public class MaterialLibrary {

    private final EnterpriseRegistry registry;
    private final MaterialRules rules;
    private final MaterialStore store;
    private final MaterialBlobs blobs;
    private final MaterialProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    MaterialLibrary(
            EnterpriseRegistry registry,
            MaterialRules rules,
            MaterialStore store,
            MaterialBlobs blobs,
            MaterialProperties properties,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.registry = registry;
        this.rules = rules;
        this.store = store;
        this.blobs = blobs;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
    }

    /** A material's bytes, to be written once the caller's access is checked. */
    @FunctionalInterface
    public interface Content {
        /** Writes the bytes to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** A material with its bytes. */
    public record Download(Material material, Content content) {}

    /** The largest file accepted, in bytes. */
    public long maxSize() {
        return properties.maxSize().toBytes();
    }

    /** The enterprise's materials, superseded ones too, newest first. */
    public List<Material> list(Caller caller, String creditCode) {
        return store.ofEnterprise(registry.find(caller, creditCode).id().value());
    }

    /** The material with this id, if the caller may see its enterprise. */
    public Material get(Caller caller, long id) {
        Material material = store.byId(id).orElseThrow(() -> new NotFound("material", id));
        registry.find(caller, new EnterpriseId(material.enterpriseId()))
                .orElseThrow(() -> new NotFound("material", id));
        return material;
    }

    /** The material with this id in the library of the enterprise with this credit code. */
    public Material get(Caller caller, String creditCode, long id) {
        return in(registry.find(caller, creditCode), id);
    }

    /** The material as {@link #get(Caller, String, long)} finds it, with its bytes. */
    public Download download(Caller caller, String creditCode, long id) {
        Material material = get(caller, creditCode, id);
        return new Download(material, out -> {
            if (!blobs.copy(material.sha256(), out)) {
                throw new IllegalStateException("no stored bytes for material " + id);
            }
        });
    }

    /**
     * The newest material of the type that is not superseded and valid on {@code day}; empty when the enterprise has
     * none, so that an application asks for one. Unchecked: for callers that already checked their caller.
     */
    public Optional<Material> current(long enterpriseId, String typeCode, LocalDate day) {
        return store.current(enterpriseId, typeCode, day);
    }

    /**
     * Adds a file to the enterprise's library. Its bytes must be a PDF, JPEG or PNG by their content, not empty and
     * at most {@link #maxSize()}; its type must be known, and a type with validity needs both dates. Every problem is
     * refused at once, naming its field, and nothing is written; bytes already held are not stored again.
     *
     * @throws ContentTooLarge naming {@code file} when the file is larger than allowed
     */
    public Material upload(Caller caller, String creditCode, MaterialUpload upload) {
        Enterprise enterprise = managed(caller, creditCode);
        MaterialRules.Fields fields = rules.read(upload);
        List<FieldProblem> problems = fields.problems();
        Inspected file = inspect(upload);
        Optional<MaterialFormat> format = file.format();
        if (file.size() == 0) {
            problems.add(0, new FieldProblem("file", "upload.empty", List.of()));
        } else if (format.isEmpty()) {
            problems.add(
                    0,
                    new FieldProblem(
                            "file",
                            "material.wrongContent",
                            List.of(file.detected().toString(), MaterialFormat.expected())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = Instant.now();
        var material = new Material(
                0,
                enterprise.id().value(),
                fields.type().orElseThrow().code(),
                FileNames.forDisplay(upload.fileName(), format.get()),
                format.get().mediaType(),
                file.size(),
                file.sha256(),
                fields.validFrom(),
                fields.validUntil(),
                now,
                caller.username(),
                null,
                null);
        return transactions.execute(status -> {
            boolean stored = blobs.storeOnce(file.sha256(), file.size(), upload.content(), now);
            long id = store.insert(material);
            events.publishEvent(new MaterialUploaded(
                    id,
                    enterprise.creditCode().value(),
                    material.typeCode(),
                    file.size(),
                    file.sha256(),
                    stored,
                    caller.username()));
            return store.byId(id).orElseThrow();
        });
    }

    /** Marks one of the enterprise's materials replaced, so that applications no longer reuse it; once is enough. */
    public Material supersede(Caller caller, String creditCode, long id) {
        Enterprise enterprise = managed(caller, creditCode);
        Material material = in(enterprise, id);
        return transactions.execute(status -> {
            if (store.supersede(id, caller.username(), Instant.now())) {
                events.publishEvent(new MaterialSuperseded(
                        id, enterprise.creditCode().value(), material.typeCode(), caller.username()));
            }
            return store.byId(id).orElseThrow();
        });
    }

    /** True when the caller adds to the enterprise's library and marks its materials superseded: its own users. */
    public static boolean mayManage(Caller caller, Enterprise enterprise) {
        return EnterpriseRegistry.actsFor(caller, enterprise);
    }

    private Material in(Enterprise enterprise, long id) {
        return store.byId(id)
                .filter(material -> material.enterpriseId() == enterprise.id().value())
                .orElseThrow(() -> new NotFound("material", id));
    }

    private Enterprise managed(Caller caller, String creditCode) {
        Enterprise enterprise = registry.find(caller, creditCode);
        if (!mayManage(caller, enterprise)) {
            throw new AccessDeniedException("only the enterprise's users change the library of " + creditCode);
        }
        return enterprise;
    }

    private Inspected inspect(MaterialUpload upload) {
        long limit = maxSize();
        Inspected file;
        try (InputStream content = upload.content().getInputStream()) {
            file = FileInspection.inspect(content, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        }
        if (file.size() > limit) {
            throw new ContentTooLarge("file", "material.tooLarge", megabytes(limit));
        }
        return file;
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0
                ? bytes / (1024 * 1024) + " MB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
