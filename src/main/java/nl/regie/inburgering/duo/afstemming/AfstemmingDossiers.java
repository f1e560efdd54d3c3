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

    /** The open dossiers after dossier id {@code na}, in id order: a run walks them page by page (keyset). */
    @Query("select d.id as id, d.dossiernummer as dossiernummer from Dossier d where d.status not in :gesloten and d.id > :na order by d.id")
    List<OpenDossier> open(@Param("gesloten") Collection<DossierStatus> gesloten, @Param("na") long na, Pageable pagina);

    /** One open dossier of a page. */
    interface OpenDossier {
        Long getId();

        String getDossiernummer();
    }
}
