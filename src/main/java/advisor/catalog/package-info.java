/**
 * Reading catalogs into the model: YAML files, overlays laid over the built-in catalog, validation with
 * file, line and column, and the binary forms that spare a run the YAML (the built-in snapshot written at
 * build time, the per-directory file cache of large overlays).
 *
 * <h2>Reading a file</h2>
 * {@link advisor.catalog.YamlReader} turns a file into a {@link advisor.catalog.YNode} tree with locations:
 * a well-formed file straight from SnakeYAML's events, anything doubtful through the full path that reports
 * every problem; {@link advisor.catalog.CatalogBinder} binds the tree to model records with
 * {@link advisor.catalog.Fields} (types, ranges, required and unknown keys) and records references between
 * files, which {@link advisor.catalog.CatalogChecker} checks once every overlay is merged.
 *
 * <h2>Adding a field to a catalog record</h2>
 * <ol>
 *   <li>Add the component to the record in {@code advisor.model} (a new record type: create it there).</li>
 *   <li>Read it from YAML in {@link advisor.catalog.CatalogBinder} (its key, checks and messages), and say
 *       how a user writes it in {@code catalog/README.md}.</li>
 *   <li>Regenerate the binary form: {@code ./mvnw -q test -Dtest=CatalogRecordsTest -Dcodec.update=true}.
 *       {@code CatalogRecords} is generated from the records' components (reflection at build time only;
 *       plain code at run time), the layout version follows from it, and old caches are ignored by
 *       themselves. Until it is regenerated, {@code CatalogRecordsTest} fails and says so.</li>
 * </ol>
 * This package depends on {@code advisor.model} only ({@code ArchitectureTest}).
 */
package advisor.catalog;
