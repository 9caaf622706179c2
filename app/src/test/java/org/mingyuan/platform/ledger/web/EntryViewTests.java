package org.mingyuan.platform.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Entries are shown with Chinese type and field names, amounts in 元, and commitments marked as hidden. */
class EntryViewTests {

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/ledger");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void typesFieldsAndValuesAreNamedAndCommitmentsAreMarked() {
        String json = "{\"certification\":\"HIGH_TECH\",\"enterprise\":\"sha256:00ff\",\"event\":\"certification:1\","
                + "\"source\":\"VERIFIED\",\"type\":\"EnterpriseCertified\"}";

        EntryView view = EntryView.of("EnterpriseCertified", json, messages(), Locale.SIMPLIFIED_CHINESE);

        assertThat(view.type()).isEqualTo("企业资质认定");
        assertThat(view.fields()).extracting(EntryView.Field::label).containsExactly("资质", "企业", "事件编号", "来源");
        assertThat(view.fields().get(0).value()).isEqualTo("高新技术企业");
        assertThat(view.fields().get(1).committed()).isTrue();
        assertThat(view.fields().get(1).value()).startsWith("已承诺");
        assertThat(view.summary()).isEqualTo("资质：高新技术企业；来源：部门核验");
        assertThat(view.json()).isEqualTo(json);
    }

    @Test
    void amountsInFenAreShownInYuan() {
        EntryView view = EntryView.of(
                "GrantPaid", "{\"amount\":123456789,\"type\":\"GrantPaid\"}", messages(), Locale.SIMPLIFIED_CHINESE);

        assertThat(view.type()).isEqualTo("GrantPaid");
        assertThat(view.fields().get(0).value()).isEqualTo("1,234,567.89 元");
    }

    @Test
    void unknownFieldsAndUnreadableTextFallBackToWhatIsStored() {
        EntryView odd = EntryView.of("X", "{\"zeta\":[1,2],\"type\":\"X\"}", messages(), Locale.ENGLISH);
        assertThat(odd.fields().get(0).label()).isEqualTo("zeta");
        assertThat(odd.fields().get(0).value()).isEqualTo("[1,2]");

        EntryView broken = EntryView.of("X", "not json", messages(), Locale.ENGLISH);
        assertThat(broken.fields().get(0).value()).isEqualTo("not json");
    }
}
