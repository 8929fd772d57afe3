/**
 * Time as people write it in the platform's texts: durations in settings files, job arguments
 * and Sigma correlation timespans, read by one parser ({@link vn.gov.moh.soc.core.time.DurationText});
 * instants in the platform's own form read fast ({@link vn.gov.moh.soc.core.time.UtcInstants}).
 */
package vn.gov.moh.soc.core.time;
