package advisor.render;

/** A record that declares its fields: data formats write it as an object with those keys, in that order. */
public interface Node {
    /** This record's declaration. */
    Fields<?> declaration();
}
