package it.traccia.app.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.math.BigDecimal;

/** JSON conventions: decimals (weights, percentages) travel as exact decimal strings, never through {@code double}. */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    Module decimalsAsStrings() {
        return new SimpleModule("traccia-decimals").addSerializer(BigDecimal.class, new JsonSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
                generator.writeString(value.toPlainString());
            }
        });
    }
}
