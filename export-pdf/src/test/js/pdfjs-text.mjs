// Prints the text pdf.js (Firefox's PDF viewer) extracts from a PDF: for each page, the items of
// page.getTextContent() in order, each line ended where pdf.js marks an end of line.
// Usage: node pdfjs-text.mjs PATH/TO/pdfjs-dist/legacy/build/pdf.mjs FILE.pdf
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pdfjsPath, file] = process.argv.slice(2);
const pdfjs = await import(pathToFileURL(pdfjsPath).href);
const doc = await pdfjs.getDocument({
  data: new Uint8Array(readFileSync(file)),
  useSystemFonts: false,
  verbosity: 0,
}).promise;
let out = "";
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const content = await page.getTextContent();
  for (const item of content.items) {
    out += item.str ?? "";
    if (item.hasEOL) {
      out += "\n";
    }
  }
  out += "\n\f";
}
process.stdout.write(out);
await doc.destroy();
