package vn.gov.moh.soc.portal.domain.model.dossier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Where dossiers are kept, with their versions, events and comments. */
public interface DossierRepository {
    Optional<Dossier> find(DossierId id);

    /** Saves a new dossier (no id yet) or the changes of an existing one; returns it with its id. */
    Dossier save(Dossier dossier);

    /** The dossiers of the given owners (all when null), optionally of one system, newest first. */
    List<Dossier> list(Collection<UnitId> owners, SystemId system);

    /** Every dossier of the system, newest first. */
    List<Dossier> ofSystem(SystemId system);
}
