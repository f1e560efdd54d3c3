package nl.regie.inburgering.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our API reads JSON strictly: a key twice, trailing content, or a value of another JSON type than the field's (a BSN
 * as a number, {@code "bijstand": 1} or {@code "true"}, a date as a number) is refused with 400 naming the field,
 * instead of being coerced. The engine REST API has its own mapper and is not affected.
 */
@Configuration
public class StrikteJson {

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strikteJsonInvoer() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS,
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    for (CoercionInputShape vorm : new CoercionInputShape[] {CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(vorm, CoercionAction.Fail);
                        mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(vorm, CoercionAction.Fail);
                        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(vorm, CoercionAction.Fail);
                    }
                    for (LogicalType type : new LogicalType[] {LogicalType.Boolean, LogicalType.Integer, LogicalType.Float}) {
                        for (CoercionInputShape vorm : new CoercionInputShape[] {CoercionInputShape.String,
                                CoercionInputShape.EmptyString, CoercionInputShape.Integer, CoercionInputShape.Float,
                                CoercionInputShape.Boolean}) {
                            boolean eigenType = (type == LogicalType.Integer && vorm == CoercionInputShape.Integer)
                                    || (type == LogicalType.Float && (vorm == CoercionInputShape.Float
                                    || vorm == CoercionInputShape.Integer))
                                    || (type == LogicalType.Boolean && vorm == CoercionInputShape.Boolean);
                            if (!eigenType) {
                                mapper.coercionConfigFor(type).setCoercion(vorm, CoercionAction.Fail);
                            }
                        }
                    }
                    mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                    mapper.registerModule(new SimpleModule("strikte-datums").addDeserializer(LocalDate.class, new Datum()));
                });
    }

    /** A date is a JSON string {@code yyyy-MM-dd}: never a number, an array [y, m, d] or another format. */
    static final class Datum extends StdScalarDeserializer<LocalDate> {
        Datum() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String tekst = p.getText();
            try {
                return LocalDate.parse(tekst, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "geen datum (jjjj-mm-dd)", tekst, LocalDate.class);
            }
        }
    }
}
