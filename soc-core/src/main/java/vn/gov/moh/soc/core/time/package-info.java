/**
 * Time as people write it in the platform's texts: durations in settings files, job arguments
 * and Sigma correlation timespans, read by one parser ({@link vn.gov.moh.soc.core.time.DurationText}).
 */
package vn.gov.moh.soc.core.time;
