package vn.gov.moh.soc.jobs.enrich;

import java.util.Arrays;
import java.util.Objects;

/**
 * One record of {@code soc.assets} on the broadcast stream: the asset id (the Kafka key) and its
 * JSON, or no JSON for a tombstone (the asset is deleted). Carried as JSON bytes, not as a parsed
 * asset, so that Flink serializes it with its own serializers (a Flink POJO of a string and a byte
 * array) rather than falling back to Kryo on the address objects.
 */
public final class AssetChange {
    /** The asset id. */
    public String id;
    /** The asset as {@link vn.gov.moh.soc.core.asset.AssetJson}; null for a deletion. */
    public byte[] json;

    /** For Flink's POJO serializer. */
    public AssetChange() {
    }

    private AssetChange(String id, byte[] json) {
        this.id = Objects.requireNonNull(id, "id");
        this.json = json;
    }

    public static AssetChange upsert(String id, byte[] json) {
        return new AssetChange(id, Objects.requireNonNull(json, "json"));
    }

    public static AssetChange delete(String id) {
        return new AssetChange(id, null);
    }

    public boolean isDelete() {
        return json == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssetChange c && Objects.equals(id, c.id) && Arrays.equals(json, c.json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return isDelete() ? "AssetChange[delete " + id + "]" : "AssetChange[upsert " + id + ", " + json.length + " bytes]";
    }
}
