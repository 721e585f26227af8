package it.traccia.app.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.Weight;
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

    @Bean
    Module decimalsAsStrings() {
        SimpleModule module = new SimpleModule("traccia-values");
        module.addSerializer(BigDecimal.class, new JsonSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
                generator.writeString(value.toPlainString());
            }
        });
        module.setMixInAnnotation(Weight.class, WeightAsDecimal.class);
        module.setMixInAnnotation(MissionCode.class, MissionCodeAsText.class);
        return module;
    }

    /** A weight is written as its decimal and read from a decimal string or number. */
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
