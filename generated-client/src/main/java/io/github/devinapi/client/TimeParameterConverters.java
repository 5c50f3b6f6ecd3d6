package io.github.devinapi.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Writes java.time values in path and query parameters as the spec's {@code date-time} and
 * {@code date} formats require. Retrofit would use {@code toString()}, which drops zero seconds
 * ({@code 2026-01-01T10:20Z}): not an RFC 3339 date-time.
 */
final class TimeParameterConverters extends Converter.Factory {

    @Override
    public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        if (type == OffsetDateTime.class) {
            return (OffsetDateTime value) -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
        }
        if (type == LocalDate.class) {
            return (LocalDate value) -> DateTimeFormatter.ISO_LOCAL_DATE.format(value);
        }
        return null;
    }
}
