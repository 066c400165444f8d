package advisor.imports;

import advisor.catalog.CatalogSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ThoughtWorks Build-Your-Own-Radar sheets saved as CSV: columns {@code name, ring, quadrant, isNew,
 * description} and optionally {@code status}, headers in any case. The edition date comes from the
 * file name (radar-2024-03.csv) or {@code --date}.
 */
final class ByorCsv extends NamedFormat {
    static final Set<String> IS_NEW = Set.of("true", "false");
    static final Set<String> STATUS = Set.of("new", "moved in", "moved out", "no change");

    ByorCsv() {
        super("byor-csv", "Build-Your-Own-Radar CSV (name, ring, quadrant, isNew, description)");
    }

    @Override
    public boolean detects(Input input) {
        return !input.directory() && input.name().endsWith(".csv");
    }

    @Override
    public void read(List<Input> inputs, ImportContext context) throws ImportException {
        for (Input input : inputs) {
            List<Csv.Row> rows;
            try {
                rows = Csv.read(input.text() == null ? "" : input.text());
            } catch (IllegalArgumentException e) {
                throw new ImportException(input.at(0, null), e.getMessage());
            }
            if (rows.isEmpty()) {
                throw new ImportException(input.at(1, null), "the file is empty; a BYOR sheet starts with the header "
                        + "name,ring,quadrant,isNew,description");
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> header = rows.get(0).fields();
            for (int k = 0; k < header.size(); k++) {
                columns.putIfAbsent(header.get(k).strip().toLowerCase(Locale.ROOT), k);
            }
            for (String required : List.of("name", "ring", "quadrant")) {
                if (!columns.containsKey(required)) {
                    throw new ImportException(input.at(1, null), "no '" + required + "' column; the header has "
                            + String.join(", ", header) + "; a BYOR sheet needs name, ring, quadrant, isNew, description");
                }
            }
            List<Radars.Entry> entries = new ArrayList<>();
            for (Csv.Row row : rows.subList(1, rows.size())) {
                String name = cell(row, columns, "name");
                ImportException.Where where = input.at(row.line(), name);
                check(cell(row, columns, "isnew"), IS_NEW, "isNew", where);
                check(cell(row, columns, "status"), STATUS, "status", where);
                entries.add(new Radars.Entry(name, cell(row, columns, "ring"), cell(row, columns, "quadrant"),
                        cell(row, columns, "description"), null, where));
            }
            edition(context, input, entries);
        }
    }

    /** Adds one sheet as an edition dated by its file name (or --date). */
    static void edition(ImportContext context, Input input, List<Radars.Entry> entries) throws ImportException {
        String date = Editions.find(input.path().getFileName().toString());
        Radars.add(context, context.source(input.path(), CatalogSyntax.fullDate(date)), date, entries);
    }

    static void check(String value, Set<String> valid, String what, ImportException.Where where) throws ImportException {
        if (value != null && !valid.contains(value.strip().toLowerCase(Locale.ROOT))) {
            throw new ImportException(where, what + " '" + value + "' is not one of " + String.join(", ",
                    valid.stream().sorted().toList()) + " (any case)");
        }
    }

    private static String cell(Csv.Row row, Map<String, Integer> columns, String column) {
        Integer k = columns.get(column);
        if (k == null || k >= row.fields().size()) {
            return null;
        }
        String v = row.fields().get(k).strip();
        return v.isEmpty() ? null : v;
    }
}
