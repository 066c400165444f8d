// Parses Mermaid documents with Mermaid's own parser. Reads a JSON array of documents on stdin and
// prints a JSON array with, for each, "ok <diagram type>" or "error <message>". Run from the directory
// whose node_modules holds mermaid and jsdom (MermaidTest copies it there).
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
}
const results = [];
for (const text of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text);
    results.push('ok ' + parsed.diagramType);
  } catch (e) {
    results.push('error ' + String((e && e.message) || e).replace(/\s+/g, ' '));
  }
}
process.stdout.write(JSON.stringify(results));
