/**
 * The portal's use cases (the units' tree, the inventory of systems, proposing a level) and the
 * access policy every one of them applies: who may read or change which unit's data.
 */
package vn.gov.moh.soc.portal.application;
