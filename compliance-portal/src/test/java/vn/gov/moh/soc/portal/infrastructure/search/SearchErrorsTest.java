package vn.gov.moh.soc.portal.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import org.junit.jupiter.api.Test;

class SearchErrorsTest {
    @Test
    void theParsersMessageIsPreferredWithoutTheListOfExpectedTokens() {
        ErrorCause error = ErrorCause.of(e -> e.type("search_phase_execution_exception").reason("all shards failed")
                .rootCause(r -> r.type("query_shard_exception").reason("Failed to parse query [a AND (]"))
                .causedBy(c -> c.type("query_shard_exception").reason("Failed to parse query [a AND (]")
                        .causedBy(p -> p.type("parse_exception")
                                .reason("Cannot parse 'a AND (': Encountered \"<EOF>\" at line 1, column 7.\nWas expecting one of:\n    <NOT> ..."))));
        assertThat(SearchErrors.describe(error)).isEqualTo("Cannot parse 'a AND (': Encountered \"<EOF>\" at line 1, column 7.");
    }

    @Test
    void otherwiseTheInnermostReasonOtherThanTheShardsSummary() {
        ErrorCause error = ErrorCause.of(e -> e.type("search_phase_execution_exception").reason("all shards failed")
                .causedBy(c -> c.type("illegal_argument_exception").reason("field [x] is not aggregatable")));
        assertThat(SearchErrors.describe(error)).isEqualTo("field [x] is not aggregatable");
        assertThat(SearchErrors.describe(ErrorCause.of(e -> e.reason("all shards failed")))).isEqualTo("all shards failed");
    }
}
