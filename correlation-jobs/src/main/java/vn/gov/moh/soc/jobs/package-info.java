/**
 * The Flink correlation jobs: normalize, detect, enrich, index. Not built yet: this module
 * exists so that the build and the test kit have their final shape; the jobs are the subject
 * of their own issue.
 */
package vn.gov.moh.soc.jobs;
