/**
 * The Sigma engine, in three separate steps like pySigma: {@code rule} parses rule YAML into a
 * model, {@code mapping} maps Sigma field names and log sources to our ECS events (data-driven,
 * from YAML shipped here), {@code eval} compiles a rule into matchers and evaluates events.
 * {@code condition} parses detection conditions. A rule that cannot run is rejected at load time
 * with its file, id and reason.
 */
package vn.gov.moh.soc.core.sigma;
