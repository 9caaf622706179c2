package org.mingyuan.platform.site.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads request bodies strictly: numbers are bounded in length and scale, nothing is coerced from
 * another type (no {@code "6"} for a number, no {@code 1.5} for an integer), and dates are exactly
 * {@code yyyy-MM-dd}.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /** Longest number accepted, in characters. */
    static final int MAX_NUMBER_LENGTH = 40;

    /** Largest magnitude of a decimal's scale or exponent. */
    static final int MAX_SCALE = 30;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictReading() {
        return builder -> builder.featuresToDisable(
                        MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .deserializerByType(BigDecimal.class, new BoundedDecimal())
                .postConfigurer(mapper -> {
                    mapper.getFactory()
                            .setStreamReadConstraints(StreamReadConstraints.builder()
                                    .maxNumberLength(MAX_NUMBER_LENGTH)
                                    .maxNestingDepth(100)
                                    .build());
                    mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
                    for (LogicalType type : new LogicalType[] {
                        LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.DateTime
                    }) {
                        mapper.coercionConfigFor(type)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Integer)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
                    mapper.coercionConfigFor(LogicalType.Float)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                });
    }

    /** A decimal whose exponent is out of bounds is refused before anything formats it in full. */
    static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && Math.abs((long) value.scale()) > MAX_SCALE
                    || value != null && value.precision() - (long) value.scale() > MAX_SCALE) {
                return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value, "out of range");
            }
            return value;
        }
    }
}
