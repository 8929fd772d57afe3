package vn.gov.moh.soc.jobs.record;

import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** Flink type of {@link EventRecord}: serialized by {@link EventRecordSerializer}. */
public final class EventRecordTypeInfo extends TypeInformation<EventRecord> {
    private static final long serialVersionUID = 1L;

    /** Found by Flink through {@link org.apache.flink.api.common.typeinfo.TypeInfo} on the record. */
    public static final class Factory extends TypeInfoFactory<EventRecord> {
        @Override
        public TypeInformation<EventRecord> createTypeInfo(Type type, Map<String, TypeInformation<?>> parameters) {
            return new EventRecordTypeInfo();
        }
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<EventRecord> getTypeClass() {
        return EventRecord.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<EventRecord> createSerializer(SerializerConfig config) {
        return EventRecordSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "EventRecord";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventRecordTypeInfo;
    }

    @Override
    public int hashCode() {
        return EventRecordTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof EventRecordTypeInfo;
    }
}
