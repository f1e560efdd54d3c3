package nl.regie.inburgering.termijn;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TermijnBesprekingRepository extends JpaRepository<TermijnBespreking, Long> {

    List<TermijnBespreking> findByDossierIdOrderById(Long dossierId);
}
