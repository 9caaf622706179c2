package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;

/** Until its first copy is built, every answer of the live matcher is a 503 problem detail saying it is loading. */
class MatcherLoadingTests {

    private final LiveMatcher loading = new LiveMatcher(
            null,
            null,
            null,
            null,
            null,
            new MatchingProperties(Duration.ofSeconds(1), Duration.ofSeconds(10), 50_000, 5_000, true, 5, 10),
            Clock.systemUTC());

    @Test
    void everyAnswerSaysTheMatcherIsStillLoading() {
        assertThat(loading.ready()).isFalse();
        assertThatThrownBy(() -> loading.matches("91310110MA1234567X")).isInstanceOf(MatcherLoading.class);
        assertThatThrownBy(loading::current).isInstanceOf(MatcherLoading.class);
        assertThatThrownBy(() -> new Calculator(loading, null).schema()).isInstanceOf(MatcherLoading.class);
        assertThatThrownBy(() -> new Simulations(loading, null).simulate("X", 1, null))
                .isInstanceOf(MatcherLoading.class);
    }

    @Test
    void theRefusalIsA503ProblemInChineseFirstAndEnglish() {
        MatcherLoading refused = new MatcherLoading(1234);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/matching");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        ProblemDetail zh = refused.updateAndGetBody(messages, Locale.SIMPLIFIED_CHINESE);
        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(zh.getTitle()).isEqualTo("匹配引擎加载中");
        assertThat(zh.getDetail()).contains("仍在加载").contains("1,234");

        ProblemDetail en = new MatcherLoading(1234).updateAndGetBody(messages, Locale.ENGLISH);
        assertThat(en.getTitle()).isEqualTo("Matcher loading");
        assertThat(en.getDetail()).contains("still loading");
    }
}
