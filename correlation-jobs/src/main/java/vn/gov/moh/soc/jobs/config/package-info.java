/** The job's settings: one typed, validated object with defaults, read from a file and arguments. */
package vn.gov.moh.soc.jobs.config;
