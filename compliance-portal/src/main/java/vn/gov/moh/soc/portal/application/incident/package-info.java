/**
 * The incident use cases: escalating alerts into incidents, handling them through their phases,
 * the deadline table and reporting rules, and the exports; who may do what is {@code AccessPolicy}'s.
 */
package vn.gov.moh.soc.portal.application.incident;
