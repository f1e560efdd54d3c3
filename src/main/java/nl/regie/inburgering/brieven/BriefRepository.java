package nl.regie.inburgering.brieven;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BriefRepository extends JpaRepository<Brief, Long> {

    List<Brief> findByDossierIdOrderByIdAsc(Long dossierId);

    /** The dossier's letters without their PDFs (the list). */
    @Query("select new nl.regie.inburgering.brieven.BriefController$BriefRegel(b.id, cast(b.soort as string), b.titel,"
            + " b.verzondenOp, b.pipVersie, b.aangemaaktOp) from Brief b where b.dossierId = :dossierId order by b.id")
    List<BriefController.BriefRegel> regelsVan(Long dossierId);

    Optional<Brief> findByIdAndDossierId(Long id, Long dossierId);

    Optional<Brief> findFirstByDossierIdAndSoortAndPipVersieOrderByIdDesc(Long dossierId, BriefSoort soort, Integer pipVersie);
}
