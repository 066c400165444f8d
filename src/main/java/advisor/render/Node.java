package advisor.render;

/**
 * A record that declares its fields: data formats write it as an object with those keys, in that order. A record
 * declares them once, as {@code static final Fields<R> FIELDS = Fields.of(R.class, "prefix", () -> List.of(...))},
 * the prefix being that of its label keys; a record whose keys depend on its values overrides {@link #declaration}.
 */
public interface Node {
    /** This record's declaration. */
    default Fields<?> declaration() {
        return Fields.declared(getClass());
    }
}
