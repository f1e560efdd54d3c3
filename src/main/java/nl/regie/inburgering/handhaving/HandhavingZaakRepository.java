package nl.regie.inburgering.handhaving;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HandhavingZaakRepository extends JpaRepository<HandhavingZaak, Long> {

    List<HandhavingZaak> findByDossierIdOrderById(Long dossierId);

    Optional<HandhavingZaak> findByZaaknummer(String zaaknummer);

    Optional<HandhavingZaak> findByProcesInstantieId(String procesInstantieId);

    Optional<HandhavingZaak> findByDossierIdAndGedragingAndPeriodeVanAndPeriodeTot(Long dossierId, Gedraging gedraging,
            java.time.LocalDate periodeVan, java.time.LocalDate periodeTot);

    long countByDossierId(Long dossierId);
}
