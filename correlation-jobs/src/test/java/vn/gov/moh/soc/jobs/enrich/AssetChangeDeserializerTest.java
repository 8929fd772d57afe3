package vn.gov.moh.soc.jobs.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class AssetChangeDeserializerTest {
    private static final String HIS = "{\"id\":\"bm-his\",\"unit\":\"bv-bach-mai\",\"system\":{\"id\":\"bm-his\","
            + "\"name\":\"HIS\",\"level\":3},\"criticality\":\"high\",\"hosts\":[\"his-web-01\"]}";

    private static List<AssetChange> read(String key, String value) {
        List<AssetChange> out = new ArrayList<>();
        new AssetChangeDeserializer().deserialize(new ConsumerRecord<>("soc.assets", 0, 7,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8)), new Collector<>() {
                    @Override
                    public void collect(AssetChange record) {
                        out.add(record);
                    }

                    @Override
                    public void close() {
                    }
                });
        return out;
    }

    @Test
    void aValueIsAnUpsertAndNoValueADeletion() {
        assertThat(read("bm-his", HIS)).containsExactly(AssetChange.upsert("bm-his", HIS.getBytes(StandardCharsets.UTF_8)));
        assertThat(read("bm-his", null)).containsExactly(AssetChange.delete("bm-his"));
    }

    @Test
    void aBadRecordIsSkipped() {
        assertThat(read(null, HIS)).isEmpty();
        assertThat(read("bm-his", "{\"id\":\"bm-his\"}")).isEmpty();
        assertThat(read("other-id", HIS)).isEmpty();
    }
}
