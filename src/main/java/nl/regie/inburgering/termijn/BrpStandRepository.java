package nl.regie.inburgering.termijn;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import nl.regie.inburgering.dossier.Dossier;

/** The BRP signal's read of a dossier ({@link BrpStand}): a projection, one query per firing. */
public interface BrpStandRepository extends Repository<Dossier, Long> {

    @Query("select new nl.regie.inburgering.termijn.BrpStand(d.doelgroep, d.brpInschrijvingsdatum) from Dossier d"
            + " where d.dossiernummer = :dossiernummer")
    Optional<BrpStand> voor(@Param("dossiernummer") String dossiernummer);
}
