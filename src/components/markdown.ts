/**
 * Merchant descriptions are Markdown. Raw HTML is off, so a description can format text and
 * link to pages but never inject a script, a style or an iframe.
 */
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// Headings inside a description start below the page's own h1 and h2.
markdown.core.ruler.push("shift_headings", (state) => {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
    }
  }
});

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
