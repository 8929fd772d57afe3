package vn.gov.moh.soc.jobs.enrich;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetJson;

/**
 * Reads {@code soc.assets}: a key and a value is an upsert, a key and no value a deletion. A bad
 * record (no key, a value that is not a valid asset, a key different from the asset's id) is
 * skipped with a warning naming its partition, offset and the reason, and the asset keeps its
 * previous state: one wrong record of the portal must not stop detection for every unit.
 */
public final class AssetChangeDeserializer implements KafkaRecordDeserializationSchema<AssetChange> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AssetChangeDeserializer.class);

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<AssetChange> out) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        if (record.key() == null) {
            LOG.warn("skipped asset record {}: it has no key (the asset id)", where);
            return;
        }
        String id = new String(record.key(), StandardCharsets.UTF_8);
        if (record.value() == null) {
            out.collect(AssetChange.delete(id));
            return;
        }
        Asset asset;
        try {
            asset = AssetJson.read(record.value());
        } catch (IllegalArgumentException e) {
            LOG.warn("skipped asset record {} (key {}): {}", where, id, e.getMessage());
            return;
        }
        if (!asset.id().equals(id)) {
            LOG.warn("skipped asset record {}: key {} differs from the asset's id {}", where, id, asset.id());
            return;
        }
        out.collect(AssetChange.upsert(id, record.value()));
    }

    @Override
    public TypeInformation<AssetChange> getProducedType() {
        return TypeInformation.of(AssetChange.class);
    }
}
