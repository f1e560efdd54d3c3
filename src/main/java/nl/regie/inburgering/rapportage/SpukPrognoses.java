package nl.regie.inburgering.rapportage;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The SPUK prognosis a gemeente enters per year (table spuk_prognose); gemeente is the tenant id. */
@Component
public class SpukPrognoses {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Prognose(String gemeente, int jaar, int huisvestingstaakstelling, int gezinsmigranten,
                           BigDecimal aandeelPlichtig, String vastgelegdDoor, Instant vastgelegdOp) {
    }

    private static final RowMapper<Prognose> RIJ = (rs, i) -> new Prognose(rs.getString("gemeente"), rs.getInt("jaar"),
            rs.getInt("huisvestingstaakstelling"), rs.getInt("gezinsmigranten"),
            rs.getBigDecimal("aandeel_plichtig").setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros(),
            rs.getString("vastgelegd_door"), rs.getTimestamp("vastgelegd_op").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    public SpukPrognoses(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Prognose> van(List<String> gemeenten) {
        return jdbc.query("select * from spuk_prognose where gemeente in (:g) order by gemeente, jaar",
                new MapSqlParameterSource("g", gemeenten), RIJ);
    }

    public Optional<Prognose> een(String gemeente, int jaar) {
        return jdbc.query("select * from spuk_prognose where gemeente = :g and jaar = :j",
                new MapSqlParameterSource("g", gemeente).addValue("j", jaar), RIJ).stream().findFirst();
    }

    /**
     * Stores (or replaces) the prognosis of one gemeente and year. Each statement commits on its own: two requests at
     * once for the same gemeente and year both end as an update (the unique key refuses the second insert).
     */
    public Prognose leg(String gemeente, int jaar, int taakstelling, int gezinsmigranten, BigDecimal aandeel,
                        String door, Instant op) {
        MapSqlParameterSource p = new MapSqlParameterSource("g", gemeente).addValue("j", jaar)
                .addValue("h", taakstelling).addValue("m", gezinsmigranten).addValue("a", aandeel)
                .addValue("door", door).addValue("op", Timestamp.from(op));
        String bijwerken = "update spuk_prognose set huisvestingstaakstelling = :h, gezinsmigranten = :m, "
                + "aandeel_plichtig = :a, vastgelegd_door = :door, vastgelegd_op = :op where gemeente = :g and jaar = :j";
        int gewijzigd = jdbc.update(bijwerken, p);
        if (gewijzigd == 0) {
            try {
                jdbc.update("insert into spuk_prognose (gemeente, jaar, huisvestingstaakstelling, gezinsmigranten, "
                        + "aandeel_plichtig, vastgelegd_door, vastgelegd_op) values (:g, :j, :h, :m, :a, :door, :op)", p);
            } catch (DuplicateKeyException tegelijk) {
                jdbc.update(bijwerken, p);
            }
        }
        return een(gemeente, jaar).orElseThrow();
    }

    @Transactional
    public boolean verwijder(String gemeente, int jaar) {
        return jdbc.update("delete from spuk_prognose where gemeente = :g and jaar = :j",
                new MapSqlParameterSource("g", gemeente).addValue("j", jaar)) > 0;
    }
}
