/**
 * The inventory's pages: the lazy list, the add/edit form with components and addresses, and the
 * level-determination wizard.
 */
package vn.gov.moh.soc.portal.interfaces.web.system;
