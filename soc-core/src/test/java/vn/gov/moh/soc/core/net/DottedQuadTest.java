package vn.gov.moh.soc.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DottedQuadTest {
    @Test
    void aPlainAddressIsTheLibrarysAddressAndItsTextIsCanonical() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String text = random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(256);
            assertThat((Object) DottedQuad.parse(text)).as(text).isEqualTo(new IPAddressString(text).getAddress());
            assertThat(DottedQuad.parse(text).toCanonicalString()).as(text).isEqualTo(text);
        }
    }

    @Test
    void otherFormsAreLeftToTheLibrary() {
        for (String other : List.of("010.1.1.1", "1.1.1", "1.1.1.1.1", "256.1.1.1", "1.1.1.1/24", "1.1.1.*", " 1.1.1.1",
                "1..1.1", "1.1.1.", "::1", "host-1.example", "1.1.1.1000", "")) {
            assertThat((Object) DottedQuad.parse(other)).as(other).isNull();
        }
    }
}
