package nl.regie.inburgering.duo.afstemming;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierStatus;

/** The open dossiers the reconciliation compares (read only). */
public interface AfstemmingDossiers extends Repository<Dossier, Long> {

    @Query("select d.dossiernummer from Dossier d where d.status not in :gesloten order by d.id")
    List<String> open(@Param("gesloten") Collection<DossierStatus> gesloten, Pageable pagina);
}
