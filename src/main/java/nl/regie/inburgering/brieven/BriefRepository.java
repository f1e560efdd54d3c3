package nl.regie.inburgering.brieven;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BriefRepository extends JpaRepository<Brief, Long> {

    List<Brief> findByDossierIdOrderByIdAsc(Long dossierId);

    Optional<Brief> findByIdAndDossierId(Long id, Long dossierId);

    Optional<Brief> findFirstByDossierIdAndSoortAndPipVersieOrderByIdDesc(Long dossierId, BriefSoort soort, Integer pipVersie);
}
