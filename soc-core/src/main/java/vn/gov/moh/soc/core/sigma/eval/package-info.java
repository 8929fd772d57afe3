/**
 * Evaluation: a rule compiled into a tree of {@link vn.gov.moh.soc.core.sigma.eval.Matcher}s
 * (value modifiers applied once, at compile time), and a {@link
 * vn.gov.moh.soc.core.sigma.eval.RuleSet} that routes each event only to the rules of its log
 * source.
 */
package vn.gov.moh.soc.core.sigma.eval;
