package vn.gov.moh.soc.portal.domain.model.audit;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking a chain.
 *
 * @param intact   no problem found
 * @param records  how many records were checked
 * @param problems what is wrong, each naming the position
 */
public record ChainVerification(boolean intact, long records, List<String> problems) {
    public ChainVerification {
        problems = List.copyOf(problems);
    }

    /**
     * Checks records read in position order against the chain head kept beside them (the last
     * position and hash, which catch the removal of the newest records).
     */
    public static ChainVerification of(List<AuditRecord> records, long headPosition, String headHash) {
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        long expected = 1;
        String previous = AuditRecord.GENESIS;
        for (AuditRecord r : records) {
            if (r.position() != expected) {
                problems.add("record " + expected + (r.position() - 1 > expected ? " to " + (r.position() - 1) : "")
                        + " missing (next found: " + r.position() + ")");
            }
            if (!Objects.equals(r.previousHash(), previous)) {
                problems.add("record " + r.position() + " does not follow the hash of the record before it");
            }
            if (!Objects.equals(r.hash(), r.computeHash())) {
                problems.add("record " + r.position() + " was altered: its content does not match its hash");
            }
            previous = r.hash();
            expected = r.position() + 1;
        }
        if (expected - 1 != headPosition || !Objects.equals(previous, headHash)) {
            problems.add("the chain ends at record " + (expected - 1) + " but its head says " + headPosition
                    + ": newest records were removed or the head was altered");
        }
        return new ChainVerification(problems.isEmpty(), records.size(), problems);
    }
}
