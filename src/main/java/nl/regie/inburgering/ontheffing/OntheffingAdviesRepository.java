package nl.regie.inburgering.ontheffing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OntheffingAdviesRepository extends JpaRepository<OntheffingAdvies, Long> {

    List<OntheffingAdvies> findByDossierIdOrderById(Long dossierId);
}
