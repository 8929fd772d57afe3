/** MicroProfile Health checks: the portal is ready when its database answers with the migrated schema. */
package vn.gov.moh.soc.portal.interfaces.health;
