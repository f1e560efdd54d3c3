package nl.regie.inburgering.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GebeurtenisRepository extends JpaRepository<Gebeurtenis, Long> {

    Optional<Gebeurtenis> findByDossierIdAndTypeAndDatum(Long dossierId, GebeurtenisType type, LocalDate datum);

    /** The same event: type, date and kenmerk (empty except where several events of a type share a date). */
    Optional<Gebeurtenis> findByDossierIdAndTypeAndDatumAndKenmerk(Long dossierId, GebeurtenisType type, LocalDate datum,
                                                                  String kenmerk);

    List<Gebeurtenis> findByDossierIdAndTypeOrderByDatumAscIdAsc(Long dossierId, GebeurtenisType type);

    List<Gebeurtenis> findByDossierIdOrderByDatumAscIdAsc(Long dossierId);
}
