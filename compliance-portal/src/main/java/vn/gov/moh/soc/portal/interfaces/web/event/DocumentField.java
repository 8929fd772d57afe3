package vn.gov.moh.soc.portal.interfaces.web.event;

import java.io.Serializable;

/** A line of the document view's fields table. */
public record DocumentField(String name, String value) implements Serializable {
}
