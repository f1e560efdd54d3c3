package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** On PostgreSQL every index of a schema addition is built concurrently, whether its statement says so or not. */
class MotorSchemaAanvullingenTest {

    @Test
    void eenIndexWordtGelijktijdigGebouwdEnDeRestBlijftZoals() {
        assertThat(MotorSchemaAanvullingen.gelijktijdig("create index if not exists regie_idx_a on act_ru_task (due_date_)"))
                .isEqualTo("create index concurrently if not exists regie_idx_a on act_ru_task (due_date_)");
        assertThat(MotorSchemaAanvullingen.gelijktijdig("CREATE UNIQUE INDEX IF NOT EXISTS regie_idx_b ON t (c)"))
                .isEqualTo("CREATE UNIQUE INDEX concurrently IF NOT EXISTS regie_idx_b ON t (c)");
        assertThat(MotorSchemaAanvullingen.gelijktijdig("create index concurrently if not exists regie_idx_c on t (c)"))
                .isEqualTo("create index concurrently if not exists regie_idx_c on t (c)");
        assertThat(MotorSchemaAanvullingen.gelijktijdig("create statistics if not exists s (mcv) on a, b from t"))
                .isEqualTo("create statistics if not exists s (mcv) on a, b from t");
        assertThat(MotorSchemaAanvullingen.gelijktijdig("analyze act_ru_authorization")).isEqualTo("analyze act_ru_authorization");
    }
}
