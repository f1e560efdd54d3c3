package nl.regie.inburgering.termijn;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TermijnVerlengingRepository extends JpaRepository<TermijnVerlenging, Long> {

    List<TermijnVerlenging> findByDossierIdOrderById(Long dossierId);
}
