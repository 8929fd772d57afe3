/** Event time: per-source watermarks with bounded out-of-orderness and idleness. */
package vn.gov.moh.soc.jobs.time;
