package vn.gov.moh.soc.core.sigma.rule;

import java.util.List;

/**
 * A named search of the detection section: alternatives (OR) of groups of items (AND). A map
 * gives one group; a list of maps gives one group per map; a list of plain values gives one
 * keyword item.
 */
public record SearchIdentifier(String name, List<List<FieldItem>> alternatives) {
    public SearchIdentifier {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }
}
