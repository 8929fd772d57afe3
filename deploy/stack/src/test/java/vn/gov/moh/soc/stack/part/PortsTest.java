package vn.gov.moh.soc.stack.part;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.RepeatedTest;

class PortsTest {

    @RepeatedTest(5)
    void portsChosenTogetherAreDistinctAndFree() {
        int[] ports = Ports.findFree(20);

        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(20);
        assertThat(Arrays.stream(ports).filter(port -> !Ports.isFree(port)).toArray()).as("ports in use").isEmpty();
    }
}
