/** The level-proposal dossier's page: its written parts, attachments and workflow steps. */
package vn.gov.moh.soc.portal.interfaces.web.dossier;
