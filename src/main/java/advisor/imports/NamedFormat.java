package advisor.imports;

/** An import format with its name and description given once, by the format's constructor. */
abstract class NamedFormat implements ImportFormat {
    private final String id;
    private final String description;

    /** {@code id}: what users give to {@code --from}; {@code description}: what the format is, in a few words. */
    NamedFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }
}
