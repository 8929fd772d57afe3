/**
 * The compliance portal, a Jakarta EE 10 application on Payara Micro for Decree 85 governance:
 * units, their information systems and the proposal of each system's security level. Laid out
 * like Eclipse Cargo Tracker: {@code domain} (pure Java), {@code application} (use cases and the
 * access policy), {@code infrastructure} (JPA, Flyway) and {@code interfaces} (REST).
 */
package vn.gov.moh.soc.portal;
