/**
 * The agent's configuration: a YAML file read strictly (an unknown key or a bad value stops the
 * agent with a message naming it), into immutable settings.
 */
package vn.gov.moh.soc.agent.config;
