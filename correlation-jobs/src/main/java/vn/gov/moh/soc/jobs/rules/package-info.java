/**
 * Live rules: the rule folders read at start, overlaid by the changes of the compacted
 * {@code soc.rules} topic held in broadcast state, compiled per task; an invalid change is
 * rejected with its reason and disturbs no other rule.
 */
package vn.gov.moh.soc.jobs.rules;
