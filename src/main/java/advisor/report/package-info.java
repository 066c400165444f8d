/**
 * The answers of advisor's commands, as immutable values built from the catalog by the engine's rules;
 * every output format is a view of one of them.
 *
 * <h2>The design</h2>
 * A command parses its options, resolves names (unknown names exit 4 in {@code cli}), calls one builder
 * here, and hands the value to {@code Session.print}, which writes it in the chosen format through
 * {@link advisor.render.AnswerWriter}. The answer owns every rule of its content (rounding, tolerances,
 * disagreements, which sources it used, verdicts); no view and no command decides any of them.
 *
 * <ul>
 *   <li>An answer is a record implementing {@link advisor.render.Answer}. Its fields, and those of every
 *       record nested in it, are declared once as {@link advisor.render.Fields} of
 *       {@link advisor.render.Field}: the name (the JSON/YAML key and the CSV column), the message key of its
 *       label (a column header in English and Chinese), how to read its value for data, and, for a column of
 *       the table a person reads, how to read it as text. A nested record implements
 *       {@link advisor.render.Node} and returns its declaration.</li>
 *   <li>JSON and YAML write {@code declaration()} in order, nested nodes by their own declarations: keys and
 *       order are the declaration's, so the JSON Schemas in {@code src/main/resources/schemas} pin them. No
 *       reflection: values are read through the declared functions.</li>
 *   <li>{@code listed()} names the records {@code --fields} picks from and CSV and TSV write (with every
 *       field unless {@code --fields} chooses). {@code --fields} is checked against that declaration (an
 *       unknown name exits 2 listing the valid ones) and narrows those records in every format; JSON and YAML
 *       keep the rest of the answer's shape. An answer whose CSV is not its listed records (the items of
 *       {@code show}) overrides {@code rows(Messages)}.</li>
 *   <li>{@code doc(Messages)} is what a person reads, as a {@link advisor.render.Doc}: a title, headings,
 *       label/value fields, bullets and tables. The terminal lays it out ({@link advisor.render.TextRenderer},
 *       which leaves the title out: the command line says it); {@code --format markdown} writes the same
 *       document as a GitHub-flavoured page ({@link advisor.render.MarkdownRenderer}). Build the tables of a
 *       doc from the declaration ({@code Listed.table}, {@code Fields.table}) so that their column labels are
 *       the declared ones.</li>
 *   <li>Every word a person reads comes from {@code messages_en.properties} and {@code messages_zh.properties}
 *       through {@link advisor.render.Messages} ({@link java.text.MessageFormat} patterns; {@code ''} is an
 *       apostrophe; arguments are written as plain text). Catalog texts are data: take them with
 *       {@code Text.in(lang)}. {@code MessagesTest} fails when the two bundles differ in keys or
 *       placeholders, or when the code names a key that is missing.</li>
 * </ul>
 *
 * <h2>Writing a new answer and its views</h2>
 * <ol>
 *   <li>Write the record and a static builder ({@code of(...)}) that takes resolved model values (a
 *       {@code Library}, a {@code Profile}, never a typed name) and the language of catalog texts, and applies
 *       the rules. Keep it free of picocli and of printing.</li>
 *   <li>Declare its fields: {@code Field.data} for data only, {@code Field.column} or
 *       {@code Field.numberColumn} for a field the table view shows, with its text. State the prefix that most
 *       of its label keys share once, in {@code Fields.of(R.class, "show.field", ...)}: a field that names no
 *       key is labelled by the prefix and its name ({@code show.field.score}); one labelled otherwise names its
 *       key. Keys and order must match the JSON Schema (add one for a new answer); {@code schemaVersion} comes
 *       first.</li>
 *   <li>Write {@code doc(Messages)}; put its words in both bundles, in a block headed by a comment naming the
 *       feature, appended at the end of each file.</li>
 *   <li>A new format (a decision record, an SVG picture) is a new view: a function of the answer (or of its
 *       doc), added in {@code AnswerWriter} or next to it, never a copy of the answer's content.</li>
 *   <li>Pin it with golden cases ({@code src/test/resources/golden/cases.txt}) in every format it offers.</li>
 * </ol>
 * {@link advisor.report.LibraryList} is the smallest complete example.
 */
package advisor.report;
