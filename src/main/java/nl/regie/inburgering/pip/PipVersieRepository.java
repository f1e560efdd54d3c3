package nl.regie.inburgering.pip;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PipVersieRepository extends JpaRepository<PipVersie, Long> {

    Optional<PipVersie> findFirstByDossierIdOrderByVersieDesc(Long dossierId);

    Optional<PipVersie> findFirstByDossierIdAndStatusOrderByVersieDesc(Long dossierId, PipVersie.Status status);

    List<PipVersie> findByDossierIdOrderByVersie(Long dossierId);
}
