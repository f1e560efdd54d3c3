package nl.regie.inburgering.dossierbeeld;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import nl.regie.inburgering.dossier.Dossier;

/** The dossier table as the dossier view searches it: criteria built per request ({@link DossierZoeken}), paged. */
public interface DossierZoekRepository extends JpaRepository<Dossier, Long>, JpaSpecificationExecutor<Dossier> {

    /** The dossiers whose PIP (a version) this user drafted. */
    @Query("select distinct p.dossierId from PipVersie p where p.opgesteldDoor = :gebruiker")
    List<Long> pipOpgesteldDoor(@Param("gebruiker") String gebruiker);

    /** The dossiers in which this user held a voortgangsgesprek. */
    @Query("select distinct v.dossierId from Voortgangsgesprek v where v.gevoerdDoor = :gebruiker")
    List<Long> gesprekGevoerdDoor(@Param("gebruiker") String gebruiker);
}
