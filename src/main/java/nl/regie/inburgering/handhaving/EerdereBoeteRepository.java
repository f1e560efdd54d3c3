package nl.regie.inburgering.handhaving;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EerdereBoeteRepository extends JpaRepository<EerdereBoete, Long> {

    List<EerdereBoete> findByDossierIdOrderById(Long dossierId);
}
