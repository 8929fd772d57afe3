/**
 * The JSON form of systems, profiles, level determinations and dossiers: one form for the REST responses,
 * the stored documents and the audit trail's before/after snapshots, so the three never differ.
 */
package vn.gov.moh.soc.portal.infrastructure.json;
