/** The stdin input, for pipes: {@code tail -F app.log | soc-agent --config agent.yml}. */
package vn.gov.moh.soc.agent.stdin;
