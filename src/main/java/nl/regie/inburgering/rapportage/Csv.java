package nl.regie.inburgering.rapportage;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV for a Dutch spreadsheet: separator {@code ;}, decimals with a comma, no thousands separator, an empty cell
 * for no value, text quoted when it holds a separator, quote or line break (RFC 4180 quoting). A cell that starts like
 * a formula is prefixed with an apostrophe (no formula injection from a label).
 */
final class Csv {

    private final StringBuilder tekst = new StringBuilder();

    void regel(List<?> cellen) {
        tekst.append(cellen.stream().map(Csv::cel).collect(Collectors.joining(";"))).append("\r\n");
    }

    static String cel(Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof BigDecimal b) {
            return b.toPlainString().replace('.', ',');
        }
        if (waarde instanceof Double || waarde instanceof Float) {
            return new BigDecimal(waarde.toString()).toPlainString().replace('.', ',');
        }
        String s = waarde.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(waarde instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public String toString() {
        return tekst.toString();
    }
}
