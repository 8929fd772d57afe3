/**
 * The rules page ({@code rules.xhtml}): every rule with its alerts, and the editor that validates,
 * publishes and disables through {@link vn.gov.moh.soc.portal.application.pipeline.RuleService}.
 */
package vn.gov.moh.soc.portal.interfaces.web.rule;
