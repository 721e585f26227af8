package it.traccia.app.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.Achievement;
import it.traccia.kernel.Weight;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON conventions, for the API and for the events alike: decimals (weights, percentages) travel as exact decimal
 * strings, never through {@code double}; a {@link Weight} is its decimal ("25") and a {@link MissionCode} its code
 * ("01"). The kernel stays free of Jackson: the mapping is given here as mix-ins.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    /**
     * Numbers in a request are read as their text and never converted where a field takes a text (a weight is read by
     * {@code Weight.parse}, which refuses anything longer than a weight at once), and a whole number too long for its
     * field is refused without being converted: so a number as long as the largest body the API accepts is let through
     * to the field that refuses it by name, instead of Jackson's generic limit of 1000 digits answering for it. No
     * request body declares a {@code BigDecimal}, {@code BigInteger} or floating-point field, whose conversion is what
     * that limit protects (ArchitectureTest checks it); a text field takes a number as its text ({@link TextAsWritten}).
     * A whole number written as a string ({@code "year": "2026"}) is refused like any other wrong type.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer numbersAsLongAsTheBody(@Value("${traccia.api.max-body-bytes:2097152}") long maxBody) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNumberLength((int) Math.min(Integer.MAX_VALUE, maxBody))
                .build();
        return builder -> builder.postConfigurer(mapper -> {
            mapper.getFactory().setStreamReadConstraints(constraints);
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        });
    }

    @Bean
    Module decimalsAsStrings() {
        SimpleModule module = new SimpleModule("traccia-values");
        module.addSerializer(BigDecimal.class, new JsonSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
                generator.writeString(value.toPlainString());
            }
        });
        module.addDeserializer(String.class, new TextAsWritten());
        module.setMixInAnnotation(Weight.class, WeightAsDecimal.class);
        module.setMixInAnnotation(Achievement.class, WeightAsDecimal.class);
        module.setMixInAnnotation(MissionCode.class, MissionCodeAsText.class);
        return module;
    }

    /**
     * A text read as written: a number where a text is expected becomes its own digits, never first a number (Jackson's
     * own check of that coercion turns a megabyte of digits into a {@code BigInteger}, which takes seconds); a boolean
     * is refused like an object or an array (400 InvalidFieldType), rather than becoming the text "true".
     */
    static final class TextAsWritten extends StdScalarDeserializer<String> {

        TextAsWritten() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return parser.getText();
            }
            if (parser.hasToken(JsonToken.VALUE_TRUE) || parser.hasToken(JsonToken.VALUE_FALSE)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            return StringDeserializer.instance.deserialize(parser, context);
        }
    }

    /** A weight (and an achievement, which has the same shape) is written as its decimal and read from a decimal. */
    abstract static class WeightAsDecimal {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        WeightAsDecimal(BigDecimal value) {
        }

        @JsonValue
        abstract BigDecimal value();
    }

    /** A mission is written as its two-digit code. */
    abstract static class MissionCodeAsText {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        MissionCodeAsText(String value) {
        }

        @JsonValue
        abstract String value();
    }
}
