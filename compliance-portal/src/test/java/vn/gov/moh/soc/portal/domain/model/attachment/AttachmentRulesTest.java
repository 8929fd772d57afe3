package vn.gov.moh.soc.portal.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {
    private final AttachmentRules rules = new AttachmentRules(1000, Set.of("application/pdf", " IMAGE/PNG "));

    @Test
    void anAllowedTypeWhoseNameAgreesPasses() {
        assertThat(rules.checkType("application/pdf", "application/pdf", "a.pdf")).isEqualTo("application/pdf");
        assertThat(rules.checkType("image/png", "image/png", "a.png")).isEqualTo("image/png");
    }

    @Test
    void aTypeNotAllowedIsRefusedNamingIt() {
        assertThatThrownBy(() -> rules.checkType("application/x-msdownload", "application/pdf", "bao-cao.pdf"))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AttachmentRejectedException.Reason.TYPE_NOT_ALLOWED);
                    assertThat(e.getMessage()).contains("bao-cao.pdf", "application/x-msdownload", "application/pdf, image/png");
                });
    }

    @Test
    void anAllowedTypeDisguisedByAnotherExtensionIsRefused() {
        assertThatThrownBy(() -> rules.checkType("image/png", "application/pdf", "anh.pdf"))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentRejectedException.Reason.TYPE_MISMATCH));
    }

    @Test
    void anInfectedFileIsRefusedAndAnUnscannedOneIsNot() {
        assertThatThrownBy(() -> rules.checkScan(new ScanResult(ScanResult.Verdict.INFECTED, "clamd", "Eicar"), "x.pdf"))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentRejectedException.Reason.INFECTED));
        rules.checkScan(new ScanResult(ScanResult.Verdict.NOT_SCANNED, "none", ""), "x.pdf");
        rules.checkScan(new ScanResult(ScanResult.Verdict.CLEAN, "clamd", ""), "x.pdf");
    }

    @Test
    void fileNamesLoseTheirFoldersAndUnusableOnesAreRefused() {
        assertThat(AttachmentRules.baseName("C:\\Users\\an\\thiết kế.pdf")).isEqualTo("thiết kế.pdf");
        assertThat(AttachmentRules.baseName("../../etc/passwd")).isEqualTo("passwd");
        for (String bad : new String[] {null, "", "  ", "dir/", "a\u0000b.pdf", "x".repeat(256)}) {
            assertThatThrownBy(() -> AttachmentRules.baseName(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new AttachmentRules(0, Set.of("application/pdf"))).hasMessageContaining("positive");
        assertThatThrownBy(() -> new AttachmentRules(10, Set.of())).hasMessageContaining("at least one");
    }
}
