/**
 * The processing step between a Sigma rule and our events, driven by YAML shipped with
 * soc-core (like pySigma's processing pipelines): Sigma field names to ECS field names per log
 * source, and the values of {@code expand} placeholders.
 */
package vn.gov.moh.soc.core.sigma.mapping;
