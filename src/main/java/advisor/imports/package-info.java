/**
 * {@code advisor import}: reading a team's radar or curated list into a catalog overlay.
 *
 * <h2>How an import runs</h2>
 * <ol>
 *   <li>Each input (a file or a folder) gets a format: the one {@code --from} names, else the first of
 *       {@link advisor.imports.Formats#all()} whose {@link advisor.imports.ImportFormat#detects detects} says
 *       yes. An input no format detects is a usage error (exit 2) that lists what was tried.</li>
 *   <li>Each format {@link advisor.imports.ImportFormat#read reads} its inputs into one shared
 *       {@link advisor.imports.ImportContext}. Bad content throws an {@link advisor.imports.ImportException}
 *       naming file, line and entry (exit 3); entries worth leaving out are {@code skip}ped with a reason.</li>
 *   <li>The context's {@link advisor.imports.Overlay} (sources, categories, scenarios, quadrants, library
 *       drafts) is turned into catalog files by {@link advisor.imports.OverlayWriter#files}: the same input
 *       gives the same bytes. The command stages them beside {@code --to}, loads them over the same
 *       catalogs (an overlay that would not validate is never written), refuses to replace a file with other
 *       content unless {@code --force}, and moves them in.</li>
 * </ol>
 *
 * <h2>Adding a format</h2>
 * Implement {@link advisor.imports.ImportFormat} (a package-private class extending {@code NamedFormat}, one per format) and add an instance
 * to the list in {@link advisor.imports.Formats} (more specific formats first: detection takes the first that
 * says yes). In {@code read}, use the context's helpers rather than building entries by hand, so that every
 * format names, matches and files entries alike:
 * <ul>
 *   <li>{@code source(path, editionDate)}: the input as a source of the overlay (id {@code import-<file>};
 *       dated by the edition, else {@code --date}, else undated; never the file's time or today);</li>
 *   <li>{@code library(name, category)}: the draft an entry adds to: an extension ({@code extends: true}) of a
 *       known library matched by id, name or alias, or a new library (id from {@link
 *       advisor.imports.ImportContext#slug}); add sourced items to its lists (rings, notes, scenarios, facts,
 *       strengths, limitations); set {@code name}, {@code summary}, {@code category}, {@code repository} only
 *       on new drafts ({@code !draft.extension});</li>
 *   <li>{@code ring(name, where)}, {@code quadrantCategory(name, where)}, {@code category(name)},
 *       {@code scenario(name)}: reference data by name, forgivingly; unknown rings are errors, unknown
 *       categories and scenarios become entries of the overlay;</li>
 *   <li>{@code written(text)}: a team's text kept as written, in the one language it is written in; use
 *       {@code Html.text} first for HTML or Markdown;</li>
 *   <li>{@code counted()} for every entry read and {@code skip(where, reason)} for those left out: they make
 *       the summary on stderr.</li>
 * </ul>
 * Radar-shaped formats (an edition of named entries with a ring and a quadrant) hand their entries to
 * {@code Radars.add}, which does all of the above. Reading JSON or YAML with line numbers: {@code Tree}
 * ({@code input.parse(yaml)}); CSV: {@code Csv}.
 */
package advisor.imports;
