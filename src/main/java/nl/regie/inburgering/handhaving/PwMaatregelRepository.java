package nl.regie.inburgering.handhaving;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PwMaatregelRepository extends JpaRepository<PwMaatregel, Long> {

    List<PwMaatregel> findByDossierIdOrderById(Long dossierId);
}
