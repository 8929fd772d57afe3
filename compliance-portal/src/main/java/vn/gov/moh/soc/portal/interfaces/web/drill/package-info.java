/**
 * The drills pages: {@code drills.xhtml} (the annual plans the user may read, a new plan entry, a
 * drill's runs and the start of a run) and {@code drill-run.xhtml} (one run's steps with their
 * measured times), through the same application services as {@code /api/drills}.
 */
package vn.gov.moh.soc.portal.interfaces.web.drill;
