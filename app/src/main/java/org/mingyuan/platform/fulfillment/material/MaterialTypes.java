package org.mingyuan.platform.fulfillment.material;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The material types (seeded by the migration), and which type a clause's required-material text names: its Chinese
 * label exactly, or one of the type's other names (年度审计报告 for 审计报告), compared after NFKC normalisation and
 * without white space. Text that names no type (项目实施方案) has none: the application asks for it as it is.
 */
@Service
public class MaterialTypes {

    private static final String COLUMNS = "code, label_zh, label_en, has_validity";

    private final JdbcClient jdbc;

    MaterialTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every type, in the order forms list them. */
    public List<MaterialType> all() {
        return jdbc.sql("select " + COLUMNS + " from material_type order by position")
                .query(MaterialType.class)
                .list();
    }

    /** The type with this code. */
    public Optional<MaterialType> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from material_type where code = ?")
                .param(code)
                .query(MaterialType.class)
                .optional();
    }

    /** The code of the type {@code requiredMaterial} (a clause's "required materials" entry) names, if any. */
    public Optional<String> codeFor(String requiredMaterial) {
        String name = normalised(requiredMaterial);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select code from material_type where label_zh = ?"
                        + " union select type_code from material_type_alias where alias = ?")
                .params(name, name)
                .query(String.class)
                .optional();
    }

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
