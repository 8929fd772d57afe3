package vn.gov.moh.soc.portal.domain.model.alert;

import java.util.List;

/** One page of groups, in the order of rule id then key; {@code next} is null on the last page. */
public record AlertGroupPage(List<AlertGroup> groups, String next) {
    public AlertGroupPage {
        groups = List.copyOf(groups);
    }
}
