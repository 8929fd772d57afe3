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

    @Test
    void minimumLengthIsALowerBound() {
        assertThat(RegexLiterals.minimumLength(".{1000,}")).isEqualTo(1000);
        assertThat(RegexLiterals.minimumLength("^ab?c$")).isEqualTo(2);
        assertThat(RegexLiterals.minimumLength("a(bc)*d")).isEqualTo(2);
        assertThat(RegexLiterals.minimumLength("\\d{4}-\\d{2}")).isEqualTo(7);
        assertThat(RegexLiterals.minimumLength("a|bcd")).isZero();
        assertThat(RegexLiterals.minimumLength("[a-z]+\\b\\.exe")).isEqualTo(5);
    }

    @Test
    void escapesThatSpanSeveralCharactersGiveNothing() {
        assertThat(RegexLiterals.longestCertain("abc\\x41def")).isEmpty();
        assertThat(RegexLiterals.minimumLength("\\x41")).isZero();
        assertThat(RegexLiterals.longestCertain("(a)\\1bcd")).isEmpty();
    }

    @Test
    void shortLiteralsServeThePreCheck() {
        assertThat(RegexLiterals.longestCertain("\\w+`(?:\\w+|-|.)`")).isEqualTo("`");
        assertThat(RegexLiterals.required("\\w+`(?:\\w+|-|.)`")).isEmpty();
    }
}
