package vn.gov.moh.soc.portal.interfaces.web.event;

import java.io.Serializable;

/** A value of a facet with its count; {@code selected} when the search filters on it. */
public record FacetRow(String field, String value, long count, boolean selected) implements Serializable {
}
