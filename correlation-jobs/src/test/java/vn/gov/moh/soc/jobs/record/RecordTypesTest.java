package vn.gov.moh.soc.jobs.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.moh.soc.jobs.detect.CorrelateFunction;

/**
 * Every record between stages and the correlation state use Flink's POJO serializer, never Kryo;
 * events and alerts their own ({@link EventRecordSerializerTest}).
 */
class RecordTypesTest {
    @ParameterizedTest
    @ValueSource(classes = {RawRecord.class, DeadLetter.class, RuleChange.class,
            CorrelationHit.class})
    void recordsArePojoTypesWithoutGenericFields(Class<?> type) {
        TypeInformation<?> info = TypeInformation.of(type);

        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        PojoTypeInfo<?> pojo = (PojoTypeInfo<?>) info;
        for (int i = 0; i < pojo.getArity(); i++) {
            assertThat(pojo.getTypeAt(i)).as(type.getSimpleName() + "." + pojo.getPojoFieldAt(i).getField().getName())
                    .isNotInstanceOf(GenericTypeInfo.class);
        }
    }

    @org.junit.jupiter.api.Test
    void theCorrelationStateIsAPojoWithTypedLists() {
        PojoTypeInfo<?> pojo = (PojoTypeInfo<?>) CorrelateFunction.STATE_TYPE;

        assertThat(pojo.getArity()).isEqualTo(4);
        for (int i = 0; i < pojo.getArity(); i++) {
            assertThat(pojo.getTypeAt(i)).isNotInstanceOf(GenericTypeInfo.class);
        }
    }
}
