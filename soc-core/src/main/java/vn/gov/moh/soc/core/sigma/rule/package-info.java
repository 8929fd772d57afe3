/**
 * The Sigma rule model and its YAML parser: detection rules (metadata, log source, search
 * identifiers, conditions), filters and correlation rules, as the Sigma specification 2.1
 * defines them. Nothing here knows about events or fields of ours.
 */
package vn.gov.moh.soc.core.sigma.rule;
