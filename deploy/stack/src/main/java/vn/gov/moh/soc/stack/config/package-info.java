/**
 * The launcher's typed configuration: every setting with its default, its environment variable
 * and its validation. A wrong or unknown setting stops the launcher with a message naming it.
 */
package vn.gov.moh.soc.stack.config;
