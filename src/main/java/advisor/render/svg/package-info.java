/**
 * Pictures as SVG: pure renderers that take plain inputs (labels, numbers, colours chosen here) and
 * return the bytes of one self-contained SVG document. No catalog, no command line: a command turns
 * its answer into a chart's input. Every renderer is deterministic (fixed layout, one decimal, no
 * time, no randomness), carries a {@code <title>} and {@code <desc>}, and has no script and no
 * external reference. Text widths are estimated from display columns (a CJK character counts two),
 * so Chinese labels get room without measuring fonts.
 */
package advisor.render.svg;
