package io.github.devinapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** toString is the plain value a person reads; toJson keeps the JSON form. */
class ScalarUnionTest {

    @Test
    void to_string_is_the_plain_value() {
        assertThat(ScalarUnion.of("body")).hasToString("body");
        assertThat(ScalarUnion.of(0)).hasToString("0");
        assertThat(ScalarUnion.of(true)).hasToString("true");
        assertThat(ScalarUnion.of(new BigDecimal("1.5"))).hasToString("1.5");
        assertThat(ScalarUnion.of(new BigInteger("12345678901234567890"))).hasToString("12345678901234567890");
    }

    @Test
    void a_loc_joins_into_a_readable_location() {
        List<ScalarUnion> loc = List.of(ScalarUnion.of("body"), ScalarUnion.of("user_ids"), ScalarUnion.of(0));

        assertThat(loc.stream().map(ScalarUnion::toString).collect(Collectors.joining(".")))
                .isEqualTo("body.user_ids.0");
        assertThat(loc).hasToString("[body, user_ids, 0]");
    }

    @Test
    void to_json_quotes_and_escapes_strings_and_leaves_other_values_bare() {
        assertThat(ScalarUnion.of("body").toJson()).isEqualTo("\"body\"");
        assertThat(ScalarUnion.of("a\"b\\c\n").toJson()).isEqualTo("\"a\\\"b\\\\c\\n\"");
        assertThat(ScalarUnion.of("0").toJson()).isEqualTo("\"0\"");
        assertThat(ScalarUnion.of(0).toJson()).isEqualTo("0");
        assertThat(ScalarUnion.of(false).toJson()).isEqualTo("false");
    }

    @Test
    void a_failed_conversion_shows_the_json_form_so_that_0_and_the_string_0_differ() {
        assertThatThrownBy(() -> ScalarUnion.of("0").asLong())
                .hasMessage("not an integer within the range of long: \"0\"");
        assertThatThrownBy(() -> ScalarUnion.of(0).asString()).hasMessage("not a string: 0");
    }
}
