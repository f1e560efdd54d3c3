package nl.regie.inburgering.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OproepRepository extends JpaRepository<Oproep, Long> {

    long countByDossierId(Long dossierId);

    Optional<Oproep> findFirstByDossierIdOrderByVolgnummerDesc(Long dossierId);

    List<Oproep> findByDossierIdOrderByVolgnummer(Long dossierId);
}
