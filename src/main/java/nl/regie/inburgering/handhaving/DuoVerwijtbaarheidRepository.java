package nl.regie.inburgering.handhaving;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DuoVerwijtbaarheidRepository extends JpaRepository<DuoVerwijtbaarheid, Long> {

    List<DuoVerwijtbaarheid> findByDossierIdOrderById(Long dossierId);
}
