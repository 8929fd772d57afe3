/**
 * JPA implementations of the domain repositories and the audit chain's storage. Entities are
 * storage rows, mapped to and from the domain's records here, so the domain stays plain Java.
 */
package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;
