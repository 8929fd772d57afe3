/**
 * Turning a byte stream into lines: splitting at line feeds with a maximum size (longer lines are
 * cut and flagged, and the next line is still found), and joining multi-line records.
 */
package vn.gov.moh.soc.agent.line;
