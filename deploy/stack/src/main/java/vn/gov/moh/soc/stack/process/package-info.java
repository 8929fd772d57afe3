/**
 * Processes that outlive the launcher: started in a session of their own (so that a part's
 * helper processes, such as the Elasticsearch server under its command-line launcher, form one
 * process group), recorded in a pid file with their start time (so a recycled pid is never
 * mistaken for ours), and stopped as a whole group.
 */
package vn.gov.moh.soc.stack.process;
