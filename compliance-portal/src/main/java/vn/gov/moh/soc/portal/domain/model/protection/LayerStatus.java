package vn.gov.moh.soc.portal.domain.model.protection;

import java.util.List;
import java.util.Objects;

/**
 * One layer's state for a unit: {@code MISSING} when nothing is declared, {@code PARTIAL} when
 * something is declared but gaps remain, {@code IN_PLACE} when there is no gap.
 */
public record LayerStatus(ProtectionLayer layer, State state, List<Gap> gaps) {
    public enum State {
        IN_PLACE("Đã triển khai"), PARTIAL("Triển khai một phần"), MISSING("Chưa triển khai");

        private final String vietnameseName;

        State(String vietnameseName) {
            this.vietnameseName = vietnameseName;
        }

        public String vietnameseName() {
            return vietnameseName;
        }
    }

    /** Why a layer is not in place: a stable code the UI can translate, and a message. */
    public record Gap(String code, String message) {
    }

    public LayerStatus {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(state, "state");
        gaps = List.copyOf(gaps);
    }
}
