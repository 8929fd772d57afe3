package vn.gov.moh.soc.portal.domain.model.dossier;

/** The two sides of the procedure. */
public enum Party {
    /** The system's owner unit: its officer drafts, submits and revises. */
    OWNER,
    /** The appraising and approving authority for the dossier's level (see {@link Authority}). */
    AUTHORITY
}
