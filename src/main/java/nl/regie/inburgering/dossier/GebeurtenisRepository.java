package nl.regie.inburgering.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GebeurtenisRepository extends JpaRepository<Gebeurtenis, Long> {

    Optional<Gebeurtenis> findByDossierIdAndTypeAndDatum(Long dossierId, GebeurtenisType type, LocalDate datum);

    List<Gebeurtenis> findByDossierIdOrderByDatumAscIdAsc(Long dossierId);
}
