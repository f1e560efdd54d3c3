package nl.regie.inburgering.ontzorgen;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OntzorgenEvaluatieRepository extends JpaRepository<OntzorgenEvaluatie, Long> {
    List<OntzorgenEvaluatie> findByTrajectIdOrderByRonde(Long trajectId);

    long countByTrajectId(Long trajectId);
}
