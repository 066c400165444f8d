package advisor.catalog;

import advisor.model.Loc;

/** One problem found in a catalog: where, how bad, a stable code and a message. */
public record Problem(Severity severity, String code, String file, int line, int column, String library,
                     String message) {

    /** How bad a problem is: errors make a catalog unusable, warnings do not. */
    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return this == ERROR ? "error" : "warning";
        }
    }

    public static Problem at(Severity severity, String code, Loc loc, String library, String message) {
        return new Problem(severity, code, loc.file(), loc.line(), loc.column(), library, message);
    }

    /** {@code file:line:column} or just {@code file} when there is no position. */
    public String where() {
        return new Loc(file, line, column).toString();
    }
}
