package vn.gov.moh.soc.core.sigma.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexLiteralsTest {

    @Test
    void findsTheLongestCertainLiteral() {
        assertThat(RegexLiterals.required("\\\\AppData\\\\Local\\\\Temp\\\\[a-z0-9]+\\.exe")).isEqualTo("\\AppData\\Local\\Temp\\");
        assertThat(RegexLiterals.required("^powershell.*-enc(odedcommand)?\\s")).isEqualTo("powershell");
        assertThat(RegexLiterals.required("abcd+e")).isEqualTo("abcd");
    }

    @Test
    void optionalCharactersAreNotCertain() {
        assertThat(RegexLiterals.required("colou?r")).isEqualTo("colo");
        assertThat(RegexLiterals.required("ab*cdef")).isEqualTo("cdef");
        assertThat(RegexLiterals.required("xyzab{0,3}")).isEqualTo("xyza");
    }

    @Test
    void alternationsAndClassesGiveNothingUnsafe() {
        assertThat(RegexLiterals.required("cmd\\.exe|powershell")).isEmpty();
        assertThat(RegexLiterals.required("(cmd|pwsh)\\.exe")).isEqualTo(".exe");
        assertThat(RegexLiterals.required("[\\]abc]xyz")).isEqualTo("xyz");
        assertThat(RegexLiterals.required("\\d{4}-\\d{2}")).isEmpty();
    }
}
