/**
 * {@code soc-sigma}, the rule writer's command: {@code check} loads rules and reports what was
 * rejected and why; {@code scan} runs rules over a log file and prints alerts as JSON lines.
 */
package vn.gov.moh.soc.core.cli;
