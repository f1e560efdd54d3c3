package nl.regie.inburgering.duo.melding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DuoMeldingRepository extends JpaRepository<DuoMelding, Long> {

    Optional<DuoMelding> findByDossierIdAndFeit(Long dossierId, String feit);

    List<DuoMelding> findByDossierIdOrderById(Long dossierId);
}
