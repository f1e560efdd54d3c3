package nl.regie.inburgering.handhaving;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HandhavingSignaalRepository extends JpaRepository<HandhavingSignaal, Long> {

    List<HandhavingSignaal> findByDossierIdOrderById(Long dossierId);

    List<HandhavingSignaal> findByZaakIdOrderById(Long zaakId);
}
